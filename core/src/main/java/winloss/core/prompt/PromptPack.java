package winloss.core.prompt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import winloss.core.diag.WinlossException;
import winloss.core.model.Action;
import winloss.core.model.Code;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;
import winloss.core.model.Question;
import winloss.core.model.Quote;
import winloss.core.output.Templates;
import winloss.core.stats.Wilson;

/**
 * {@code winloss prompt NAME}: the program's five prompts (win script, loss script, theme
 * synthesis, competitor teardown, quarterly readout) rendered from {@code
 * templates/prompts/<name>.md.mustache} with the corpus's data. Accounts are never named in a
 * prompt (it leaves the corpus): a deal is described by segment, industry and outcome, and the
 * corpus given is consent-redacted ({@code CorpusReader.read}), so free text (quotes, the AE's
 * note, the champion's title) holds no account name that was not allowed. Quotes carry their
 * {@code <opp>:L<line>} citations so a reply can be verified.
 */
public final class PromptPack {
  public static final List<String> NAMES = List.of("win-script", "loss-script", "themes", "teardown", "readout");

  private PromptPack() {}

  /** What the prompt needs: an opp for scripts, a quarter for themes and readout, a competitor for teardown. */
  public record Request(String name, String opp, Quarter quarter, String competitor) {}

  /**
   * A rendered prompt, the path of the deterministic document it drafts, and the facts its reply
   * is checked against. {@code --run} writes {@link #draft()} beside {@code output}, never over it.
   */
  public record Rendered(String name, String text, Path output, Facts facts) {
    /** {@code <name>.draft.md} beside the document: a model's draft never replaces a generated document. */
    public Path draft() {
      String file = output.getFileName().toString();
      return output.resolveSibling(file.substring(0, file.length() - ".md".length()) + ".draft.md");
    }
  }

  /**
   * Computed numbers a reply may cite: the "of N" denominators, and every "X of N" the prompt
   * itself states (a win rate's "18 of 38").
   */
  public record Facts(List<Long> denominators, java.util.Set<String> counts) {
    public Facts {
      denominators = List.copyOf(denominators);
      counts = java.util.Set.copyOf(counts);
    }
  }

  public static Rendered render(Corpus corpus, Request req) {
    if (!NAMES.contains(req.name())) {
      throw new WinlossException("no prompt '" + req.name() + "'; the prompts are " + String.join(", ", NAMES));
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", corpus.brief().company());
    v.put("voice_dos", String.join("; ", corpus.brief().voice().dos()));
    v.put("voice_donts", String.join("; ", corpus.brief().voice().donts()));
    v.put("forbidden", String.join(", ", corpus.brief().voice().forbidden()));
    Path out;
    List<Long> denominators = new ArrayList<>();
    switch (req.name()) {
      case "win-script", "loss-script" -> {
        Deal d = deal(corpus, req);
        boolean win = req.name().equals("win-script");
        if (win != (d.outcome() == Outcome.WON)) {
          throw new WinlossException(d.oppId() + " is " + d.outcome().code() + "; use prompt " + (win ? "loss-script" : "win-script"));
        }
        v.putAll(dealView(d));
        List<Object> qs = new ArrayList<>();
        for (Question q : corpus.framework().forOutcome(d.outcome())) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("number", q.number());
          m.put("text", q.render(d.competitor(), "the other vendor"));
          m.put("probe", q.probe());
          m.put("signal", q.signal());
          qs.add(m);
        }
        v.put("questions", qs);
        out = Path.of("win-loss", "scripts", d.oppId() + ".md");
      }
      case "themes" -> {
        Quarter q = quarter(req);
        List<Interview> ivs = completedIn(corpus, q);
        v.put("quarter", q.toString());
        v.put("n", ivs.size());
        v.put("wins", count(corpus, ivs, Outcome.WON));
        v.put("losses", count(corpus, ivs, Outcome.LOST));
        v.put("no_decisions", count(corpus, ivs, Outcome.NO_DECISION));
        v.put("schema", schema(corpus));
        v.put("right_to_win", String.join(", ", corpus.brief().rightToWin()));
        v.put("personas", section(corpus, 3));
        v.put("pricing", section(corpus, 6));
        v.put("top_competitors", String.join(", ", corpus.brief().program().topCompetitors()));
        v.put("interviews", interviews(corpus, ivs));
        denominators.add((long) ivs.size());
        denominators.add(count(corpus, ivs, Outcome.WON));
        denominators.add(count(corpus, ivs, Outcome.LOST));
        denominators.add(count(corpus, ivs, Outcome.NO_DECISION));
        java.time.LocalDate end = corpus.fiscal().end(q);
        out = Path.of("win-loss", "themes", String.format(Locale.ROOT, "%04d-%02d.md", end.getYear(), end.getMonthValue()));
      }
      case "teardown" -> {
        if (req.competitor() == null || req.competitor().isBlank()) {
          throw new WinlossException("prompt teardown needs --competitor NAME");
        }
        Quarter last = req.quarter() != null ? req.quarter() : latestQuarter(corpus);
        Quarter first = last.previous().previous().previous();
        List<Deal> deals = corpus.deals().stream()
            .filter(d -> d.competitor().equalsIgnoreCase(req.competitor().strip()))
            .filter(d -> inRange(corpus, d, first, last)).sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::oppId)).toList();
        if (deals.isEmpty()) {
          throw new WinlossException("no deals against " + req.competitor() + " closed in " + first + " to " + last
              + "; competitors in deals.csv: " + String.join(", ", corpus.deals().stream().filter(Deal::hasCompetitor)
                  .map(Deal::competitor).distinct().sorted().toList()));
        }
        long won = deals.stream().filter(d -> d.outcome() == Outcome.WON).count();
        long lost = deals.stream().filter(d -> d.outcome() == Outcome.LOST).count();
        v.put("competitor", deals.get(0).competitor());
        v.put("period", first + " to " + last);
        v.put("wins", won);
        v.put("losses", lost);
        List<Object> trend = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
          final Quarter qq = q;
          long w = deals.stream().filter(d -> d.outcome() == Outcome.WON && corpus.fiscal().quarterOf(d.closeDate()).equals(qq)).count();
          long l = deals.stream().filter(d -> d.outcome() == Outcome.LOST && corpus.fiscal().quarterOf(d.closeDate()).equals(qq)).count();
          trend.add(Map.of("quarter", q.toString(), "won", w, "lost", l, "rate", w + l == 0 ? "n/a" : Wilson.of(w, w + l).describe()));
        }
        v.put("trend", trend);
        List<Interview> ivs = new ArrayList<>();
        for (Deal d : deals) {
          corpus.interview(d.oppId()).filter(Interview::isCompleted).ifPresent(ivs::add);
        }
        v.put("interviews", interviews(corpus, ivs));
        denominators.add(won + lost);
        denominators.add((long) deals.size());
        denominators.add((long) ivs.size());
        out = Path.of("win-loss", "teardowns", slug(deals.get(0).competitor()) + ".md");
      }
      default -> { // readout
        Quarter q = quarter(req);
        v.put("quarter", q.toString());
        v.put("prior_quarter", q.previous().toString());
        v.put("win_rate", rate(corpus, q, null));
        v.put("prior_win_rate", rate(corpus, q.previous(), null));
        v.put("by_segment", breakdown(corpus, q, true));
        v.put("by_competitor", breakdown(corpus, q, false));
        List<Interview> ivs = completedIn(corpus, q);
        v.put("n", ivs.size());
        v.put("themes", themes(corpus, ivs, denominators));
        List<Object> actions = new ArrayList<>();
        for (Action a : corpus.actions()) {
          if (a.quarter().equals(q.toString())) {
            actions.add(Map.of("id", a.id(), "theme", a.theme(), "action", a.action(), "owner", a.owner(),
                "due", a.due() == null ? "" : a.due().toString(), "status", a.status().code()));
          }
        }
        v.put("actions", actions);
        denominators.add((long) ivs.size());
        out = Path.of("win-loss", "quarterly-synthesis", q + ".md");
      }
    }
    String text = Templates.forCorpus(corpus.root()).render("prompts/" + req.name() + ".md.mustache", v);
    java.util.Set<String> counts = new java.util.TreeSet<>();
    java.util.regex.Matcher xn = java.util.regex.Pattern.compile("\\b(\\d+) of (\\d+)\\b").matcher(text);
    while (xn.find()) {
      counts.add(xn.group(1) + " of " + xn.group(2));
    }
    return new Rendered(req.name(), text, out, new Facts(denominators, counts));
  }

  private static Deal deal(Corpus corpus, Request req) {
    if (req.opp() == null) {
      throw new WinlossException("prompt " + req.name() + " needs --opp ID");
    }
    return corpus.deal(req.opp()).orElseThrow(() -> new WinlossException("no deal " + req.opp() + " in win-loss/deals.csv"));
  }

  private static Quarter quarter(Request req) {
    if (req.quarter() == null) {
      throw new WinlossException("prompt " + req.name() + " needs --quarter YYYY-Qn");
    }
    return req.quarter();
  }

  private static Quarter latestQuarter(Corpus corpus) {
    return corpus.deals().stream().map(d -> corpus.fiscal().quarterOf(d.closeDate())).max(Comparator.naturalOrder())
        .orElseThrow(() -> new WinlossException("deals.csv has no deals"));
  }

  private static boolean inRange(Corpus corpus, Deal d, Quarter first, Quarter last) {
    Quarter q = corpus.fiscal().quarterOf(d.closeDate());
    return q.compareTo(first) >= 0 && q.compareTo(last) <= 0;
  }

  /** A deal as a prompt may show it: never the account's name. */
  static Map<String, Object> dealView(Deal d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("opp", d.oppId());
    m.put("described", describe(d));
    m.put("segment", d.segment().isEmpty() ? "unknown segment" : d.segment());
    m.put("industry", d.industry().isEmpty() ? "unknown industry" : d.industry());
    m.put("acv", d.acv().toPlainString());
    m.put("cycle", d.cycleDays() == null ? "unknown" : d.cycleDays().toString());
    m.put("competitor", d.hasCompetitor() ? d.competitor() : "none named");
    m.put("ae_reason", d.aeReason().isEmpty() ? "(empty)" : d.aeReason());
    m.put("champion_title", d.championTitle().isEmpty() ? "unknown" : d.championTitle());
    return m;
  }

  static String describe(Deal d) {
    List<String> parts = new ArrayList<>();
    if (!d.segment().isEmpty()) {
      parts.add(d.segment());
    }
    if (!d.industry().isEmpty()) {
      parts.add(d.industry());
    }
    String words = (parts.isEmpty() ? "" : String.join(" ", parts) + " ") + "account";
    return ("aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ") + words + " (" + d.outcome().code() + ")";
  }

  private static List<Interview> completedIn(Corpus corpus, Quarter q) {
    List<Interview> out = new ArrayList<>();
    for (Interview iv : corpus.interviews()) {
      Deal d = corpus.deal(iv.opp()).orElse(null);
      if (iv.isCompleted() && d != null && corpus.fiscal().quarterOf(d.closeDate()).equals(q)) {
        out.add(iv);
      }
    }
    out.sort(Comparator.comparing(Interview::opp));
    return out;
  }

  private static long count(Corpus corpus, List<Interview> ivs, Outcome o) {
    return ivs.stream().filter(i -> i.outcome() == o).count();
  }

  private static String section(Corpus corpus, int n) {
    return corpus.brief().section(n).map(s -> s.text().replaceAll("\\s+", " ").strip()).orElse("(not in the brief)");
  }

  private static String schema(Corpus corpus) {
    List<String> parts = new ArrayList<>();
    for (Code c : corpus.codebook().factors().values()) {
      parts.add(c.id() + " (factor" + (c.brief().isEmpty() ? "" : ", " + c.brief()) + ")");
    }
    for (Code c : corpus.codebook().objections().values()) {
      parts.add(c.id() + " (objection)");
    }
    for (Code c : corpus.codebook().lossReasons().values()) {
      parts.add(c.id() + " (loss reason)");
    }
    return String.join(", ", parts);
  }

  private static List<Object> interviews(Corpus corpus, List<Interview> ivs) {
    List<Object> out = new ArrayList<>();
    for (Interview iv : ivs) {
      Deal d = corpus.deal(iv.opp()).orElseThrow();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("opp", iv.opp());
      m.put("described", describe(d));
      m.put("persona", iv.persona().isEmpty() ? "unknown" : iv.persona());
      m.put("decisive", String.join(", ", iv.codes().decisive()));
      m.put("loss_reason", opt(iv.codes().lossReason()));
      m.put("loss_type", opt(iv.codes().lossType()));
      m.put("almost", opt(String.join(", ", iv.codes().almost())));
      List<Object> quotes = new ArrayList<>();
      for (Quote q : iv.quotes()) {
        quotes.add(Map.of("text", q.text(), "citation", cited(q), "tags", "#" + String.join(" #", q.tags())));
      }
      m.put("quotes", quotes);
      out.add(m);
    }
    return out;
  }

  private static String rate(Corpus corpus, Quarter q, java.util.function.Predicate<Deal> filter) {
    long won = 0;
    long lost = 0;
    long nd = 0;
    for (Deal d : corpus.deals()) {
      if (!corpus.fiscal().quarterOf(d.closeDate()).equals(q) || (filter != null && !filter.test(d))) {
        continue;
      }
      switch (d.outcome()) {
        case WON -> won++;
        case LOST -> lost++;
        default -> nd++;
      }
    }
    return (won + lost == 0 ? "no won or lost deals" : Wilson.of(won, won + lost).describe() + " won") + "; " + nd + " no-decision";
  }

  private static List<Object> breakdown(Corpus corpus, Quarter q, boolean segment) {
    TreeMap<String, Boolean> keys = new TreeMap<>();
    for (Deal d : corpus.deals()) {
      if (corpus.fiscal().quarterOf(d.closeDate()).equals(q)) {
        keys.put(segment ? (d.segment().isEmpty() ? "(none)" : d.segment()) : (d.hasCompetitor() ? d.competitor() : "(none)"), true);
      }
    }
    List<Object> out = new ArrayList<>();
    for (String k : keys.keySet()) {
      out.add(Map.of("key", k, "rate", rate(corpus, q, d -> k.equals(segment
          ? (d.segment().isEmpty() ? "(none)" : d.segment()) : (d.hasCompetitor() ? d.competitor() : "(none)")))));
    }
    return out;
  }

  private static List<Object> themes(Corpus corpus, List<Interview> ivs, List<Long> denominators) {
    List<Object> out = new ArrayList<>();
    for (Outcome o : List.of(Outcome.WON, Outcome.LOST)) {
      List<Interview> bucket = ivs.stream().filter(i -> i.outcome() == o).toList();
      denominators.add((long) bucket.size());
      TreeMap<String, List<String>> byCode = new TreeMap<>();
      for (Interview iv : bucket) {
        for (String c : iv.codes().decisive()) {
          byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(iv.opp());
        }
      }
      List<Map.Entry<String, List<String>>> sorted = new ArrayList<>(byCode.entrySet());
      sorted.sort((a, b) -> a.getValue().size() != b.getValue().size() ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()));
      for (Map.Entry<String, List<String>> e : sorted) {
        List<Object> quotes = new ArrayList<>();
        for (Interview iv : bucket) {
          for (Quote q : iv.quotes()) {
            if (q.tags().contains(e.getKey())) {
              quotes.add(Map.of("text", q.text(), "citation", cited(q)));
            }
          }
        }
        out.add(Map.of("side", o == Outcome.WON ? "won" : "lost", "code", e.getKey(),
            "count", e.getValue().size() + " of " + bucket.size(), "interviews", String.join(", ", e.getValue()), "quotes", quotes));
      }
    }
    return out;
  }

  /** The quote's citation, and "redacted" beside it when an account's name was replaced in it. */
  private static String cited(Quote q) {
    return q.citation() + (q.redacted() ? ", redacted" : "");
  }

  /** A value for a {{#section}}: the text itself, or an empty list so the section is skipped. */
  private static Object opt(String s) {
    return s == null || s.isEmpty() ? List.of() : s;
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
