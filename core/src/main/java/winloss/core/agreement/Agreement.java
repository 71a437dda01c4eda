package winloss.core.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import winloss.core.agreement.RevisionReader.Snapshot;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Accounts;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;
import winloss.core.model.Quote;
import winloss.core.stats.Reliability;
import winloss.core.stats.Reliability.Figures;
import winloss.core.evidence.NaturalOrder;
import winloss.core.synthesis.Periods;

/**
 * How far two coders agree: the coding of the interviews completed in both of two git revisions,
 * compared field by field (see docs/team-coding.md for the rules).
 *
 * <ul>
 *   <li>A single-valued field ({@code loss_reason}, {@code loss_type}, {@code price_factor},
 *       {@code fixable}, the interviewee's persona) is a nominal variable; an interview is a unit
 *       of it when at least one coder gave it a value, a blank on the other side being the value
 *       "(none)".
 *   <li>Each code of a multi-valued field ({@code decisive}, {@code almost}, {@code objections},
 *       {@code flags}) that either coder used there is a binary variable (present or absent)
 *       over every interview; the field's overall figures pool those binary decisions.
 *   <li>Quote tags: tagged quotes are matched by their text, whitespace normalised; the share is
 *       the quotes both coders tagged with the same codes, of all quotes either tagged.
 * </ul>
 */
public final class Agreement {
  /** The value a coder left blank, in a single-valued field where the other coder gave one. */
  public static final String NONE = "(none)";

  /** The compared fields, in the order the readout uses them: it sets the worklist's order. */
  public enum Field {
    DECISIVE("decisive", true),
    LOSS_REASON("loss_reason", false),
    LOSS_TYPE("loss_type", false),
    ALMOST("almost", true),
    OBJECTIONS("objections", true),
    FLAGS("flags", true),
    PRICE_FACTOR("price_factor", false),
    FIXABLE("fixable", false),
    PERSONA("persona", false);

    private final String key;
    private final boolean multi;

    Field(String key, boolean multi) {
      this.key = key;
      this.multi = multi;
    }

    public String key() {
      return key;
    }

    public boolean multi() {
      return multi;
    }

    List<String> codes(Interview i) {
      return switch (this) {
        case DECISIVE -> i.codes().decisive();
        case ALMOST -> i.codes().almost();
        case OBJECTIONS -> i.codes().objections();
        case FLAGS -> i.codes().flags();
        default -> throw new IllegalStateException(key + " is single-valued");
      };
    }

    /** The value, or "" when blank. */
    String value(Interview i) {
      return switch (this) {
        case LOSS_REASON -> i.codes().lossReason();
        case LOSS_TYPE -> i.codes().lossType();
        case PRICE_FACTOR -> i.codes().priceFactor();
        case FIXABLE -> i.codes().fixable() == null ? "" : i.codes().fixable().toString();
        case PERSONA -> i.persona();
        default -> throw new IllegalStateException(key + " is multi-valued");
      };
    }
  }

  /** Figures of one variable: a code of a multi-valued field, or a field's overall. */
  public record Row(String code, String label, Figures figures) {}

  /**
   * One field's figures.
   *
   * @param interviews the interviews that are units of the field
   * @param overall the field's figures (pooled over its codes for a multi-valued field)
   * @param codes per code, for a multi-valued field (empty otherwise), by code
   */
  public record FieldResult(Field field, int interviews, Figures overall, List<Row> codes) {}

  /**
   * A quote line involved in a disagreement, as one coder's revision has it.
   *
   * @param coder the revision holding it, or "A and B" when both hold it alike
   * @param redacted true when the account's name was replaced by {@code [account]}
   */
  public record QuoteLine(String coder, String citation, String text, List<String> tags, boolean redacted) {}

  /**
   * One disagreement to reconcile.
   *
   * @param field the field key, or {@code quote tags}
   * @param a coder A's value(s); for quote tags, A's tags
   * @param b coder B's value(s)
   * @param differing the codes one coder gave and the other did not (multi-valued fields and
   *     quote tags), else empty
   */
  public record Disagreement(String interview, String field, List<String> a, List<String> b, List<String> differing,
      List<QuoteLine> quotes) {}

  /** The quote-tag figure: {@code same} of {@code of} tagged quotes carry the same codes. */
  public record QuoteTags(int same, int of) {}

  /**
   * The comparison.
   *
   * @param interviews the units: completed in both revisions (and selected), in natural order
   * @param onlyA completed in A only (selected ones), not compared
   * @param onlyB completed in B only
   */
  public record Result(Snapshot a, Snapshot b, List<String> interviews, List<String> onlyA, List<String> onlyB,
      List<FieldResult> fields, Figures allCodes, QuoteTags quoteTags, List<Disagreement> worklist) {

    public FieldResult field(Field f) {
      return fields.stream().filter(r -> r.field() == f).findFirst().orElseThrow();
    }
  }

  private Agreement() {}

  /**
   * Compares the coding of {@code a} and {@code b}.
   *
   * @param corpus the working tree's corpus: its deals (quarters, account names to redact) and
   *     codebook (labels) are used; the coding comes only from the two snapshots
   * @param only opp ids to compare, or empty for all
   * @param quarterArg {@code --quarter}, or null for all
   * @throws WinlossException (exit 2) when {@code only} names an interview not completed in both
   */
  public static Result compare(Corpus corpus, Snapshot a, Snapshot b, List<String> only, String quarterArg) {
    Quarter quarter = quarterArg == null ? null : Periods.quarter(quarterArg, corpus.fiscal(), null, corpus.deals());
    Set<String> inA = completed(a);
    Set<String> inB = completed(b);
    List<String> units = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    Set<String> all = new TreeSet<>(NaturalOrder.INSTANCE);
    all.addAll(inA);
    all.addAll(inB);
    for (String id : only) {
      if (!inA.contains(id) || !inB.contains(id)) {
        throw new WinlossException("--interviews: " + id + " is not a completed interview in both " + a.rev() + " and " + b.rev()
            + "; agreement compares only write-ups with status: completed in both revisions");
      }
    }
    for (String id : all) {
      if (!only.isEmpty() && !only.contains(id)) {
        continue;
      }
      if (quarter != null) {
        Deal d = corpus.dealsById().get(id);
        if (d == null || !corpus.fiscal().quarterOf(d.closeDate()).equals(quarter)) {
          continue;
        }
      }
      if (inA.contains(id) && inB.contains(id)) {
        units.add(id);
      } else if (inA.contains(id)) {
        onlyA.add(id);
      } else {
        onlyB.add(id);
      }
    }
    // consent as each revision has it, over the working tree's deals: a name either revision
    // withholds is withheld (the core's one redaction, corpus-format v1.1)
    Accounts consentA = Accounts.of(withInterviews(corpus, a));
    Accounts consentB = Accounts.of(withInterviews(corpus, b));
    Compare c = new Compare(corpus.codebook(), a, b, units, consentA, consentB);
    List<FieldResult> fields = new ArrayList<>();
    List<String> pooledA = new ArrayList<>();
    List<String> pooledB = new ArrayList<>();
    for (Field f : Field.values()) {
      fields.add(f.multi() ? c.multi(f, pooledA, pooledB) : c.single(f));
    }
    QuoteTags tags = c.quoteTags();
    return new Result(a, b, units, onlyA, onlyB, fields, Reliability.twoCoders(pooledA, pooledB), tags, c.worklist);
  }

  /** The working tree's corpus with a revision's write-ups: what that revision's consent is. */
  private static Corpus withInterviews(Corpus c, Snapshot s) {
    return new Corpus(c.root(), c.brief(), c.codebook(), c.framework(), c.deals(), List.copyOf(s.interviews().values()),
        c.actions(), new winloss.core.diag.Diagnostics());
  }

  private static Set<String> completed(Snapshot s) {
    Set<String> ids = new LinkedHashSet<>();
    for (Interview i : s.interviews().values()) {
      if (i.isCompleted()) {
        ids.add(i.opp());
      }
    }
    return ids;
  }

  /** The label of a code as the field uses it (a code id may sit in two categories). */
  static String label(Codebook book, Field f, String code) {
    Map<String, Code> first = switch (f) {
      case DECISIVE, ALMOST -> book.factors();
      case OBJECTIONS -> book.objections();
      case FLAGS -> book.flags();
      case LOSS_REASON -> book.lossReasons();
      case LOSS_TYPE -> book.lossTypes();
      case PERSONA -> book.personas();
      default -> Map.of();
    };
    Code c = first.get(code);
    return c != null ? c.label() : book.find(code).map(Code::label).orElse(code);
  }

  /** Whitespace collapsed and trimmed: how quotes are matched between revisions. */
  static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static final class Compare {
    final Codebook book;
    final Snapshot a;
    final Snapshot b;
    final List<String> units;
    final Accounts consentA;
    final Accounts consentB;
    final List<Disagreement> worklist = new ArrayList<>();

    Compare(Codebook book, Snapshot a, Snapshot b, List<String> units, Accounts consentA, Accounts consentB) {
      this.book = book;
      this.a = a;
      this.b = b;
      this.units = units;
      this.consentA = consentA;
      this.consentB = consentB;
    }

    FieldResult single(Field f) {
      List<String> va = new ArrayList<>();
      List<String> vb = new ArrayList<>();
      for (String id : units) {
        String x = f.value(a.interviews().get(id));
        String y = f.value(b.interviews().get(id));
        if (x.isEmpty() && y.isEmpty()) {
          continue;
        }
        x = x.isEmpty() ? NONE : x;
        y = y.isEmpty() ? NONE : y;
        va.add(x);
        vb.add(y);
        if (!x.equals(y)) {
          Set<String> involved = new TreeSet<>(List.of(x, y));
          involved.remove(NONE);
          worklist.add(new Disagreement(id, f.key(), List.of(x), List.of(y), List.of(), quotes(id, involved)));
        }
      }
      return new FieldResult(f, va.size(), Reliability.twoCoders(va, vb), List.of());
    }

    FieldResult multi(Field f, List<String> pooledA, List<String> pooledB) {
      Set<String> codes = new TreeSet<>();
      for (String id : units) {
        codes.addAll(f.codes(a.interviews().get(id)));
        codes.addAll(f.codes(b.interviews().get(id)));
      }
      List<Row> rows = new ArrayList<>();
      List<String> fieldA = new ArrayList<>();
      List<String> fieldB = new ArrayList<>();
      for (String code : codes) {
        List<String> va = new ArrayList<>();
        List<String> vb = new ArrayList<>();
        for (String id : units) {
          va.add(Boolean.toString(f.codes(a.interviews().get(id)).contains(code)));
          vb.add(Boolean.toString(f.codes(b.interviews().get(id)).contains(code)));
        }
        fieldA.addAll(va);
        fieldB.addAll(vb);
        rows.add(new Row(code, label(book, f, code), Reliability.twoCoders(va, vb)));
      }
      pooledA.addAll(fieldA);
      pooledB.addAll(fieldB);
      for (String id : units) {
        List<String> x = f.codes(a.interviews().get(id));
        List<String> y = f.codes(b.interviews().get(id));
        Set<String> differing = new TreeSet<>(x);
        differing.addAll(y);
        differing.removeIf(code -> x.contains(code) && y.contains(code));
        if (!differing.isEmpty()) {
          worklist.add(new Disagreement(id, f.key(), x, y, List.copyOf(differing), quotes(id, differing)));
        }
      }
      return new FieldResult(f, units.size(), Reliability.twoCoders(fieldA, fieldB), rows);
    }

    QuoteTags quoteTags() {
      int same = 0;
      int of = 0;
      for (String id : units) {
        Map<String, Quote> qa = byText(a.interviews().get(id));
        Map<String, Quote> qb = byText(b.interviews().get(id));
        Set<String> texts = new LinkedHashSet<>(qa.keySet());
        texts.addAll(qb.keySet());
        for (String t : texts) {
          of++;
          Quote x = qa.get(t);
          Quote y = qb.get(t);
          Set<String> tx = x == null ? Set.of() : new TreeSet<>(x.tags());
          Set<String> ty = y == null ? Set.of() : new TreeSet<>(y.tags());
          if (tx.equals(ty)) {
            same++;
            continue;
          }
          Set<String> differing = new TreeSet<>(tx);
          differing.addAll(ty);
          differing.removeIf(code -> tx.contains(code) && ty.contains(code));
          List<QuoteLine> lines = new ArrayList<>();
          if (x != null) {
            lines.add(line(a.rev(), id, x));
          }
          if (y != null) {
            lines.add(line(b.rev(), id, y));
          }
          worklist.add(new Disagreement(id, "quote tags", List.copyOf(tx), List.copyOf(ty), List.copyOf(differing), lines));
        }
      }
      return new QuoteTags(same, of);
    }

    /** The first quote of each normalised text (a repeated quote is one selection). */
    private static Map<String, Quote> byText(Interview i) {
      Map<String, Quote> m = new LinkedHashMap<>();
      for (Quote q : i.quotes()) {
        m.putIfAbsent(normalise(q.text()), q);
      }
      return m;
    }

    /**
     * The quotes either coder tagged with one of {@code codes}, A's first; a quote both
     * revisions hold alike (same line, text and tags) is listed once, for both coders.
     */
    private List<QuoteLine> quotes(String id, Collection<String> codes) {
      List<QuoteLine> fromA = tagged(a, id, codes);
      List<QuoteLine> fromB = tagged(b, id, codes);
      List<QuoteLine> out = new ArrayList<>();
      for (QuoteLine x : fromA) {
        boolean shared = fromB.removeIf(y -> y.citation().equals(x.citation()) && y.text().equals(x.text()) && y.tags().equals(x.tags()));
        out.add(shared ? new QuoteLine(a.rev() + " and " + b.rev(), x.citation(), x.text(), x.tags(), x.redacted()) : x);
      }
      out.addAll(fromB);
      return out;
    }

    private List<QuoteLine> tagged(Snapshot s, String id, Collection<String> codes) {
      List<QuoteLine> out = new ArrayList<>();
      for (Quote q : s.interviews().get(id).quotes()) {
        if (q.tags().stream().anyMatch(codes::contains)) {
          out.add(line(s.rev(), id, q));
        }
      }
      return out;
    }

    private QuoteLine line(String coder, String id, Quote q) {
      String shown = consentA.redact(consentB.redact(q.text()));
      return new QuoteLine(coder, q.citation(), shown, q.tags(), !shown.equals(q.text()));
    }
  }
}
