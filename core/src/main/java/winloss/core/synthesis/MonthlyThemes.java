package winloss.core.synthesis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import winloss.core.diag.WinlossException;
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
    this.found = ThemeFinder.find(ev, ivs, corpus.brief().program().minThemeInterviews(), q);
    this.contradictions = Contradictions.byCode(ev, ivs);
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

  public String summary() {
    return month + ": " + interviewsLine() + "; " + Fmt.plural(found.themes().size(), "theme", "themes") + ", "
        + Fmt.plural(found.emerging().size(), "emerging code", "emerging codes") + ".";
  }

  /** The theme with the most win citations, and the one with the most loss and no-decision citations. */
  private Optional<Theme> most(boolean wins) {
    Comparator<Theme> by = Comparator.comparingInt(t -> wins ? t.wins().size() : t.losses().size() + t.noDecisions().size());
    return found.themes().stream()
        .filter(t -> wins ? !t.wins().isEmpty() : !(t.losses().isEmpty() && t.noDecisions().isEmpty()))
        .max(by.thenComparing(Theme::code, Comparator.reverseOrder()));
  }

  public Map<String, Object> view() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", corpus.brief().company());
    v.put("month", month.toString());
    v.put("from", from.toString());
    v.put("to", to.toString());
    v.put("interviewsLine", interviewsLine());
    v.put("dealsLine", dealsLine());
    v.put("minThemes", corpus.brief().program().minThemeInterviews());
    v.put("themes", found.themes().stream().map(t -> QuarterlyReadout.themeView(t, corpus)).toList());
    v.put("summaryRows", found.themes().stream().map(t -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", Fmt.cell(t.label()));
      m.put("xOfN", t.count() + " of " + t.of());
      m.put("direction", t.direction());
      m.put("persona", Fmt.cell(t.persona()));
      m.put("brief", Fmt.cell(t.briefTarget()));
      m.put("owner", t.recommendation().suggested() ? "**no owner yet** (" + t.recommendation().function() + ")"
          : Fmt.cell(t.recommendation().owner()) + " (" + t.recommendation().id() + ")");
      return m;
    }).toList());
    v.put("emerging", found.emerging().stream().map(t -> Map.<String, Object>of("line", t.label() + ": " + t.xOfN() + ", " + t.direction()
        + "; emerging, under the minimum of " + corpus.brief().program().minThemeInterviews())).toList());
    v.put("contradictions", contradictions.values().stream().map(s -> Map.<String, Object>of("line", s)).toList());
    v.put("opportunity", most(true).map(t -> t.label() + ": cited by " + Fmt.plural(t.wins().size(), "win", "wins") + " ("
        + String.join(", ", t.wins()) + "). Put it in front of buyers; " + t.briefTarget() + " is where it lands.")
        .orElse("No theme this month is carried by wins."));
    v.put("risk", most(false).map(t -> t.label() + ": cited by " + Fmt.plural(t.losses().size() + t.noDecisions().size(), "loss or no-decision",
        "losses and no-decisions") + " (" + String.join(", ", concat(t.losses(), t.noDecisions())) + "). Left alone, it keeps costing deals.")
        .orElse("No theme this month is carried by losses."));
    return v;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted(Evidence.OPP_ORDER).toList();
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
    m.put("themes", found.themes().stream().map(Theme::toJson).toList());
    m.put("emerging", found.emerging().stream().map(Theme::toJson).toList());
    m.put("contradictions", List.copyOf(contradictions.values()));
    return m;
  }
}
