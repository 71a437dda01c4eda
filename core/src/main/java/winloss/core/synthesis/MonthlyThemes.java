package winloss.core.synthesis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Tally;
import winloss.core.evidence.ThemeStance;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;

/**
 * The monthly cross-interview synthesis: themes at or over {@code min_theme_interviews} in the
 * month's completed interviews (by the deal's close date), and emerging codes under it.
 */
public final class MonthlyThemes {
  public static final String TEMPLATE = "themes.md.mustache";

  private final Corpus corpus;
  private final Evidence ev;
  private final YearMonth month;
  private final LocalDate from;
  private final LocalDate to;
  private final List<Deal> deals;
  private final List<Interview> ivs;
  private final Tally tally;
  private final ThemeFinder.Found found;
  private final Map<String, String> contradictions;

  private MonthlyThemes(Corpus corpus, YearMonth month) {
    this.corpus = corpus;
    this.ev = new Evidence(corpus);
    this.month = month;
    this.from = month.atDay(1);
    this.to = month.atEndOfMonth();
    this.deals = ev.deals(from, to);
    if (deals.isEmpty()) {
      throw new WinlossException("no deals closed in " + month + " in win-loss/deals.csv; nothing to synthesize, nothing written",
          WinlossException.FINDINGS);
    }
    this.ivs = ev.completed(deals);
    if (ivs.isEmpty()) {
      throw new WinlossException(deals.size() + " deal" + (deals.size() == 1 ? "" : "s") + " closed in " + month
          + " but none has a completed interview; nothing to synthesize, nothing written", WinlossException.FINDINGS);
    }
    this.tally = Tally.of(month.toString(), deals);
    Quarter q = corpus.fiscal().quarterOf(from);
    this.found = ThemeFinder.find(ev, ivs, ThemeNames.of(corpus, month.toString()), q, to);
    this.contradictions = Contradictions.byCode(ev, found.core());
  }

  public static MonthlyThemes build(Corpus corpus, YearMonth month) {
    return new MonthlyThemes(corpus, month);
  }

  public Path path() {
    return Path.of("win-loss", "themes", month + ".md");
  }

  public List<Theme> themes() {
    return found.themes();
  }

  public List<Theme> emerging() {
    return found.emerging();
  }

  private String interviewsLine() {
    List<Interview> w = Evidence.withOutcome(ivs, ev, Outcome.WON);
    List<Interview> l = Evidence.withOutcome(ivs, ev, Outcome.LOST);
    List<Interview> n = Evidence.withOutcome(ivs, ev, Outcome.NO_DECISION);
    return Fmt.plural(ivs.size(), "completed interview", "completed interviews") + " (" + Fmt.plural(w.size(), "win", "wins") + ", "
        + Fmt.plural(l.size(), "loss", "losses") + ", " + Fmt.plural(n.size(), "no-decision", "no-decisions") + ") of "
        + Fmt.plural(deals.size(), "closed deal", "closed deals");
  }

  private String dealsLine() {
    return "Win rate " + Fmt.rate(tally) + " (" + tally.won() + " won of " + tally.decided() + " decided, 95% CI " + Fmt.ci(tally) + "); "
        + Fmt.plural(tally.noDecision(), "no-decision", "no-decisions") + " beside it" + (tally.small() ? "; small sample (" + tally.decided()
        + " decided), not a finding" : "") + ".";
  }

  /** At most this many themes are written out; the rest above the minimum get one line each. */
  static final int MAX_THEMES = 5;

  private List<Theme> shown() {
    return found.themes().subList(0, Math.min(MAX_THEMES, found.themes().size()));
  }

  private List<Theme> more() {
    return found.themes().subList(Math.min(MAX_THEMES, found.themes().size()), found.themes().size());
  }

  public String summary() {
    return month + ": " + interviewsLine() + "; " + Fmt.plural(found.themes().size(), "theme", "themes") + stances(found.themes()) + ", "
        + Fmt.plural(found.emerging().size(), "signal", "signals") + " under the minimum of " + found.core().rule().min() + ".\n"
        + "Biggest opportunity: " + found.core().opportunity().map(ThemeEvidenceText::brief).orElse("none (no strength theme)") + "\n"
        + "Biggest risk: " + found.core().risk().map(ThemeEvidenceText::brief).orElse("none (no weakness theme)");
  }

  /** " (2 strengths, 1 weakness)" or "". */
  static String stances(List<Theme> ts) {
    long s = ts.stream().filter(t -> t.stance() == ThemeStance.STRENGTH).count();
    long w = ts.stream().filter(t -> t.stance() == ThemeStance.WEAKNESS).count();
    long m = ts.size() - s - w;
    List<String> parts = new java.util.ArrayList<>();
    if (s > 0) {
      parts.add(Fmt.plural(s, "strength", "strengths"));
    }
    if (w > 0) {
      parts.add(Fmt.plural(w, "weakness", "weaknesses"));
    }
    if (m > 0) {
      parts.add(m + " mixed");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  public Map<String, Object> view() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", corpus.brief().company());
    v.put("month", month.toString());
    v.put("from", from.toString());
    v.put("to", to.toString());
    v.put("interviewsLine", interviewsLine());
    v.put("dealsLine", dealsLine());
    v.put("minThemes", found.core().rule().min());
    v.put("themes", shown().stream().map(t -> QuarterlyReadout.themeView(t, corpus)).toList());
    v.put("summaryRows", shown().stream().map(t -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", Fmt.cell(t.name()));
      m.put("xOfN", t.count() + " of " + t.of());
      m.put("stance", t.stance().word());
      m.put("sides", Fmt.cell(t.sides()));
      m.put("brief", Fmt.cell(t.briefTarget()));
      m.put("owner", Fmt.cell(t.recommendation().owner().isEmpty() ? t.recommendation().function() : t.recommendation().owner())
          + (t.recommendation().proposed() ? " (*proposed*)" : " (" + t.recommendation().id() + ")"));
      return m;
    }).toList());
    v.put("more", more().stream().map(t -> Map.<String, Object>of("line", t.name() + ": " + t.xOfN() + ", " + t.stance().word() + "; " + t.sides())).toList());
    v.put("emerging", found.emerging().stream().map(t -> Map.<String, Object>of("line", t.label() + ": " + t.xOfN() + "; " + t.sides()
        + "; " + found.core().rule().mark(t.count()) + ", not a finding")).toList());
    v.put("contradictions", contradictions.values().stream().map(s -> Map.<String, Object>of("line", s)).toList());
    v.put("opportunity", found.core().opportunity().map(t -> t.name() + ": " + ThemeEvidenceText.sides(t) + ". Put it in front of buyers; "
        + Routing.briefTarget(corpus.brief(), t.briefArea()) + " is where it lands.")
        .orElse("No theme this month is a strength (cited for us by at least two thirds of its interviews)."));
    v.put("risk", found.core().risk().map(t -> t.name() + ": " + ThemeEvidenceText.sides(t) + ". Left alone, it keeps costing deals.")
        .orElse("No theme this month is a weakness (cited against us by at least two thirds of its interviews)."));
    return v;
  }

  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("month", month.toString());
    m.put("from", from.toString());
    m.put("to", to.toString());
    m.put("deals", tally.dealsJson());
    m.put("win_rate", tally.winRateJson());
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("completed", ivs.size());
    i.put("wins", Evidence.withOutcome(ivs, ev, Outcome.WON).size());
    i.put("losses", Evidence.withOutcome(ivs, ev, Outcome.LOST).size());
    i.put("no_decisions", Evidence.withOutcome(ivs, ev, Outcome.NO_DECISION).size());
    m.put("interviews", i);
    m.put("min_theme_interviews", corpus.brief().program().minThemeInterviews());
    m.put("summary", SummaryJson.of(found.core()));
    m.put("themes", found.themes().stream().map(Theme::toJson).toList());
    m.put("emerging", found.emerging().stream().map(Theme::toJson).toList());
    m.put("contradictions", List.copyOf(contradictions.values()));
    return m;
  }
}
