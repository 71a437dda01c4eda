package winloss.core.synthesis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import winloss.core.evidence.Accounts;
import winloss.core.evidence.CodeTally;
import winloss.core.evidence.NaturalOrder;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quote;

/**
 * The corpus as the synthesis reads it: deals and completed interviews by period, counts of
 * coded fields, and quotes with consent-aware attribution through the one describer,
 * {@link Accounts}.
 */
public final class Evidence {
  static final Comparator<String> OPP_ORDER = NaturalOrder.INSTANCE;

  private final Corpus corpus;
  private final Accounts accounts;
  private final Map<String, Deal> deals;
  private final Map<String, Interview> interviews = new LinkedHashMap<>();
  /** Every deal by close date, then opp id: periods are ranges of it, found by binary search. */
  private final List<Deal> byCloseDate;

  public Evidence(Corpus corpus) {
    this.corpus = corpus;
    this.deals = corpus.dealsById();
    for (Interview iv : corpus.interviews()) {
      interviews.putIfAbsent(iv.opp(), iv);
    }
    this.accounts = Accounts.of(corpus);
    this.byCloseDate = deals.values().stream()
        .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::oppId, OPP_ORDER))
        .toList();
  }

  public Corpus corpus() {
    return corpus;
  }

  public Codebook book() {
    return corpus.codebook();
  }

  /** Deals closed between the dates (inclusive), by close date then opp id. */
  public List<Deal> deals(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    return byCloseDate.subList(firstOnOrAfter(from), firstOnOrAfter(to.plusDays(1)));
  }

  private int firstOnOrAfter(LocalDate day) {
    int lo = 0;
    int hi = byCloseDate.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byCloseDate.get(mid).closeDate().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Completed interviews whose deal closed between the dates, by opp id. */
  public List<Interview> completed(LocalDate from, LocalDate to) {
    return completed(deals(from, to));
  }

  /** The completed interviews of these deals, by opp id. */
  public List<Interview> completed(Collection<Deal> of) {
    return of.stream()
        .map(d -> interviews.get(d.oppId()))
        .filter(iv -> iv != null && iv.isCompleted())
        .sorted(Comparator.comparing(Interview::opp, OPP_ORDER))
        .toList();
  }

  public Deal deal(Interview iv) {
    return deals.get(iv.opp());
  }

  /** The deal's outcome (deals.csv is the record), or the interview's own. */
  public Outcome outcome(Interview iv) {
    Deal d = deal(iv);
    return d != null ? d.outcome() : iv.outcome();
  }

  public static List<Interview> withOutcome(List<Interview> ivs, Evidence ev, Outcome o) {
    return ivs.stream().filter(iv -> ev.outcome(iv) == o).toList();
  }

  /** The one describer ({@link Accounts}): named with consent, else described. */
  public Accounts accounts() {
    return accounts;
  }

  /** May outputs name this deal's account? The consent rule is {@link Accounts#named}. */
  public boolean named(Deal d) {
    return accounts.named(d);
  }

  /** {@link Accounts#who}. */
  public String who(Deal d) {
    return accounts.who(d);
  }

  public String personaLabel(Interview iv) {
    return iv.persona().isEmpty() ? "" : book().label(iv.persona());
  }

  /** Every quote in these interviews tagged {@code #code}, interview by interview. */
  public List<QuoteRef> quotes(String code, List<Interview> ivs) {
    return tagged(code, ivs).stream().map(t -> ref(t.interview(), t.quote())).toList();
  }

  /** A tagged quote in its interview, before its printable reference is built. */
  public record Tagged(Interview interview, Quote quote) {
    public String opp() {
      return interview.opp();
    }
  }

  /**
   * Every quote in these interviews tagged {@code #code}, interview by interview, without building
   * references: choose the few to show first, then {@link #ref} only those (issue 15).
   */
  public List<Tagged> tagged(String code, List<Interview> ivs) {
    List<Tagged> out = new ArrayList<>();
    for (Interview iv : ivs) {
      for (Quote q : iv.quotes()) {
        if (q.tags().contains(code)) {
          out.add(new Tagged(iv, q));
        }
      }
    }
    return out;
  }

  public QuoteRef ref(Interview iv, Quote q) {
    Deal d = deal(iv);
    return new QuoteRef(iv.opp(), q.line(), accounts.text(d, q.text()), who(d), personaLabel(iv), outcome(iv), q.redacted());
  }

  /** Up to {@code max} quotes, one per interview first, so one talkative buyer does not carry a theme. */
  public static List<QuoteRef> spread(List<QuoteRef> all, int max) {
    return spread(all, QuoteRef::opp, max);
  }

  /** {@link #spread(List, int)} over any quotes, each with its interview's opp id. */
  public static <T> List<T> spread(List<T> all, Function<T, String> opp, int max) {
    List<T> first = new ArrayList<>();
    List<T> rest = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (T q : all) {
      (seen.add(opp.apply(q)) ? first : rest).add(q);
    }
    first.addAll(rest);
    return List.copyOf(first.subList(0, Math.min(max, first.size())));
  }

  /**
   * A coded field over {@code ivs}, counted by the core ({@link CodeTally#ofField}): one entry per
   * code any of them carries, "X of N" with N = {@code ivs.size()}, sorted by count descending then
   * code, each with its label, quotes and the persona citing it most.
   */
  public List<CodeCount> count(List<Interview> ivs, Function<Interview, Collection<String>> field) {
    return view(CodeTally.ofField(ivs, field), ivs);
  }

  /**
   * The core's tallies as document counts: label, up to three quotes tagged with the code in the
   * citing interviews (one per interview first), and the persona citing it most. Counts nothing.
   *
   * @param ivs the interviews the tallies were counted over (the citing ones are looked up here)
   */
  public List<CodeCount> view(List<CodeTally> tallies, List<Interview> ivs) {
    Map<String, Interview> byOpp = new LinkedHashMap<>();
    ivs.forEach(iv -> byOpp.putIfAbsent(iv.opp(), iv));
    List<CodeCount> out = new ArrayList<>();
    for (CodeTally t : tallies) {
      List<Interview> cited = t.ids().stream().map(byOpp::get).filter(java.util.Objects::nonNull).toList();
      Persona p = topPersona(cited);
      out.add(new CodeCount(t.code(), book().label(t.code()), t.ids(), t.of(), spread(tagged(t.code(), cited), Tagged::opp, 3).stream().map(x -> ref(x.interview(), x.quote())).toList(), p.describe(cited.size()),
          p.count()));
    }
    return out;
  }

  /** The persona(s) citing most; {@code label} joins tied personas with " and ". */
  record Persona(String label, int count, boolean tie) {
    /** "Champion (2 of 3)" or "Champion and End user (1 of 2 each)". */
    String describe(int of) {
      if (label.isEmpty()) {
        return "no persona recorded";
      }
      return label + " (" + count + " of " + of + (tie ? " each" : "") + ")";
    }
  }

  /** The interviewee persona most of these interviews have (counted by {@link CodeTally}); ties name every tied persona. */
  Persona topPersona(List<Interview> ivs) {
    List<CodeTally> top = CodeTally.top(CodeTally.ofField(ivs, iv -> one(iv.persona())));
    if (top.isEmpty()) {
      return new Persona("", 0, false);
    }
    List<String> labels = top.stream().map(t -> book().label(t.code())).toList();
    String label = labels.size() == 1 ? labels.get(0)
        : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    return new Persona(label, top.get(0).count(), labels.size() > 1);
  }

  /** A single-valued coded field as a list: empty when the field is blank. */
  static List<String> one(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s);
  }
}
