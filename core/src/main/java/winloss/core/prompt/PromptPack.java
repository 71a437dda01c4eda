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
import winloss.core.evidence.Accounts;
import winloss.core.evidence.Slices;
import winloss.core.evidence.Tally;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

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
        v.put("min_theme_interviews", corpus.brief().program().minThemeInterviews());
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
        v.put("min_theme_interviews", corpus.brief().program().minThemeInterviews());
        if (req.competitor() == null || req.competitor().isBlank()) {
          throw new WinlossException("prompt teardown needs --competitor NAME");
        }
        Quarter last = req.quarter() != null ? req.quarter() : latestQuarter(corpus);
        Quarter first = last.previous().previous().previous();
        List<Deal> deals = corpus.deals().stream()
            .filter(d -> d.hasCompetitor() && Slices.normalize(d.competitor()).equals(Slices.normalize(req.competitor())))
            .filter(d -> inRange(corpus, d, first, last)).sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::oppId)).toList();
        if (deals.isEmpty()) {
          throw new WinlossException("no deals against " + req.competitor() + " closed in " + first + " to " + last
              + "; competitors in deals.csv: " + String.join(", ", corpus.deals().stream().filter(Deal::hasCompetitor)
                  .map(Deal::competitor).distinct().sorted().toList()));
        }
        Tally all = Tally.of(req.competitor(), deals);
        long won = all.won();
        long lost = all.lost();
        v.put("competitor", deals.get(0).competitor());
        v.put("period", first + " to " + last);
        v.put("wins", won);
        v.put("losses", lost);
        List<Object> trend = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
          final Quarter qq = q;
          Tally t = Tally.of(q.toString(), deals, d -> corpus.fiscal().quarterOf(d.closeDate()).equals(qq));
          trend.add(Map.of("quarter", q.toString(), "won", t.won(), "lost", t.lost(), "rate", t.decided() == 0 ? "n/a" : t.wilson().describe()));
        }
        v.put("trend", trend);
        List<Interview> ivs = new ArrayList<>();
        for (Deal d : deals) {
          corpus.interview(d.oppId()).filter(Interview::isCompleted).ifPresent(ivs::add);
        }
        v.put("interviews", interviews(corpus, ivs));
        denominators.add((long) all.decided());
        denominators.add((long) deals.size());
        denominators.add((long) ivs.size());
        out = Path.of("win-loss", "teardowns", winloss.core.synthesis.Teardown.slug(deals.get(0).competitor()) + ".md");
      }
      default -> { // readout
        Quarter q = quarter(req);
        v.put("quarter", q.toString());
        v.put("prior_quarter", q.previous().toString());
        v.put("win_rate", rate(Tally.of(q.toString(), dealsIn(corpus, q))));
        v.put("prior_win_rate", rate(Tally.of(q.previous().toString(), dealsIn(corpus, q.previous()))));
        v.put("min_theme_interviews", corpus.brief().program().minThemeInterviews());
        v.put("by_segment", breakdown(corpus, q, true));
        v.put("by_competitor", breakdown(corpus, q, false));
        List<Interview> ivs = completedIn(corpus, q);
        v.put("n", ivs.size());
        v.put("themes", themes(corpus, ivs, denominators));
        denominators.add(count(corpus, ivs, Outcome.WON));
        denominators.add(count(corpus, ivs, Outcome.LOST));
        denominators.add(count(corpus, ivs, Outcome.NO_DECISION));
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

  /** A deal as a prompt shows it: {@link Accounts#anonymous}, never the account's name. */
  static String describe(Deal d) {
    return Accounts.anonymous(d);
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

  /** Interviews whose deal ended {@code o} (deals.csv is the record of the outcome). */
  private static long count(Corpus corpus, List<Interview> ivs, Outcome o) {
    return ivs.stream().filter(i -> corpus.deal(i.opp()).map(Deal::outcome).orElse(i.outcome()) == o).count();
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

  /** The quarter's deals. */
  private static List<Deal> dealsIn(Corpus corpus, Quarter q) {
    return corpus.deals().stream().filter(d -> corpus.fiscal().quarterOf(d.closeDate()).equals(q)).toList();
  }

  /** "3 of 5 (60%, 95% CI 23-88%) won; 1 no-decision", from the one {@link Tally}. */
  static String rate(Tally t) {
    return (t.decided() == 0 ? "no won or lost deals" : t.wilson().describe() + " won") + "; " + t.noDecision() + " no-decision"
        + (t.small() && t.decided() > 0 ? " (small sample)" : "");
  }

  private static List<Object> breakdown(Corpus corpus, Quarter q, boolean segment) {
    List<Deal> deals = dealsIn(corpus, q);
    Slices slices = segment ? Slices.bySegment(deals) : Slices.of(deals, d -> d.hasCompetitor() ? d.competitor() : "(none)");
    List<Object> out = new ArrayList<>();
    for (Tally t : slices.tallies().stream().sorted(Comparator.comparing(Tally::key)).toList()) {
      out.add(Map.of("key", t.key(), "rate", rate(t)));
    }
    return out;
  }

  /**
   * The quarter's codes from the one core ({@link Themes}): stance, both sides with ids, and
   * whether the code is a theme or only a signal under {@code min_theme_interviews}.
   */
  private static List<Object> themes(Corpus corpus, List<Interview> ivs, List<Long> denominators) {
    Themes themes = Themes.of(corpus, ivs, Map.of());
    denominators.add((long) themes.citations().interviews());
    List<Object> out = new ArrayList<>();
    for (ThemeEvidence t : themes.ranked()) {
      List<Object> quotes = new ArrayList<>();
      java.util.Set<String> citing = new java.util.HashSet<>(t.interviews());
      for (Interview iv : ivs) {
        if (!citing.contains(iv.opp())) {
          continue;
        }
        for (Quote q : iv.quotes()) {
          if (q.tags().contains(t.code())) {
            quotes.add(Map.of("text", q.text(), "citation", cited(q)));
          }
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", t.code());
      m.put("stance", t.stance().word());
      m.put("count", t.count() + " of " + themes.citations().interviews());
      m.put("for", t.forIds().isEmpty() ? "none" : String.join(", ", t.forIds()));
      m.put("against", t.againstIds().isEmpty() ? "none" : String.join(", ", t.againstIds()));
      m.put("signal", themes.rule().mark(t.count()));
      m.put("quotes", quotes);
      out.add(m);
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
