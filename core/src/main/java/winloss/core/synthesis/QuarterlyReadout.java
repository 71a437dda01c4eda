package winloss.core.synthesis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Slices;
import winloss.core.evidence.Tally;
import winloss.core.model.Action;
import winloss.core.model.Code;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;

/**
 * The quarterly leadership readout in six sections: the number, why we won, why we lost,
 * competitor by competitor, what changed, recommended actions. {@link #json()} is the data model
 * of {@code --format json}; {@link #view()} feeds {@code quarterly-synthesis.md.mustache}.
 */
public final class QuarterlyReadout {
  public static final String TEMPLATE = "quarterly-synthesis.md.mustache";
  static final int TOP = 5;
  static final int MAX_ACTIONS = 7;
  static final int MAX_THEMES = 5;

  private final Corpus corpus;
  private final Evidence ev;
  private final Quarter quarter;
  private final Quarter prior;
  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate readoutDate;
  private final List<Deal> deals;
  private final List<Deal> priorDeals;
  private final List<Interview> ivs;
  private final List<Interview> priorIvs;
  private final List<Interview> wins;
  private final List<Interview> losses;
  private final List<Interview> noDecisions;
  private final Tally overall;
  private final Tally priorTally;
  private final ThemeFinder.Found themes;
  private final ThemeFinder.Found priorThemes;
  private final List<Recommendation> actions;

  private QuarterlyReadout(Corpus corpus, Quarter quarter, LocalDate asOf) {
    this.corpus = corpus;
    this.ev = new Evidence(corpus);
    this.quarter = quarter;
    this.prior = quarter.previous();
    FiscalCalendar cal = corpus.fiscal();
    this.from = cal.start(quarter);
    this.to = cal.end(quarter);
    this.readoutDate = asOf != null ? asOf : to.plusDays(corpus.brief().program().synthesisDueDays());
    this.deals = ev.deals(from, to);
    if (deals.isEmpty()) {
      throw new WinlossException("no deals closed in " + quarter + " (" + from + " to " + to + ") in win-loss/deals.csv;"
          + " nothing to synthesize, nothing written", WinlossException.FINDINGS);
    }
    this.priorDeals = ev.deals(cal.start(prior), cal.end(prior));
    this.ivs = ev.completed(deals);
    this.priorIvs = ev.completed(priorDeals);
    this.wins = Evidence.withOutcome(ivs, ev, Outcome.WON);
    this.losses = Evidence.withOutcome(ivs, ev, Outcome.LOST);
    this.noDecisions = Evidence.withOutcome(ivs, ev, Outcome.NO_DECISION);
    this.overall = Tally.of(quarter.toString(), deals);
    this.priorTally = Tally.of(prior.toString(), priorDeals);
    this.themes = ThemeFinder.find(ev, ivs, ThemeNames.of(corpus, quarter.toString()), quarter, readoutDate);
    this.priorThemes = ThemeFinder.find(ev, priorIvs, ThemeNames.of(corpus, prior.toString()), prior, readoutDate);
    this.actions = actions();
  }

  /** Builds the readout; exit 1 (nothing written) when no deal closed in the quarter. */
  public static QuarterlyReadout build(Corpus corpus, Quarter quarter, LocalDate asOf) {
    return new QuarterlyReadout(corpus, quarter, asOf);
  }

  public Quarter quarter() {
    return quarter;
  }

  public Path path() {
    return Path.of("win-loss", "quarterly-synthesis", quarter + ".md");
  }

  public List<Theme> themes() {
    return themes.themes();
  }

  public List<Recommendation> recommendations() {
    return actions;
  }

  // ---- the counting ------------------------------------------------------------------------

  private List<Tally> bySegment(List<Deal> ds) {
    return Slices.bySegment(ds).tallies();
  }

  private List<Tally> byCompetitor(List<Deal> ds) {
    return Slices.byCompetitor(ds).tallies();
  }

  private static Tally find(List<Tally> ts, String key) {
    return ts.stream().filter(t -> Slices.normalize(t.key()).equals(Slices.normalize(key))).findFirst().orElse(Tally.empty(key));
  }

  /**
   * 5 to 7 actions, as they stood on the readout date: this quarter's actions.yaml entries, then
   * open ones (on that date) of earlier quarters on this quarter's themes, then a proposed action
   * for each theme or contradiction no entry covers. An entry of a later quarter does not exist yet.
   */
  private List<Recommendation> actions() {
    Set<String> themeCodes = new LinkedHashSet<>();
    shownThemes().forEach(t -> themeCodes.add(t.code()));
    List<Recommendation> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    corpus.actions().stream()
        .filter(a -> a.quarter().equals(quarter.toString()) && a.status() != Action.Status.DROPPED)
        .sorted(Comparator.comparing(Action::id, Evidence.OPP_ORDER))
        .forEach(a -> {
          if (ids.add(a.id())) {
            out.add(Recommendation.of(corpus, a, readoutDate));
          }
        });
    corpus.actions().stream()
        .filter(a -> Recommendation.asOfQuarter(a, quarter) && Recommendation.status(a, readoutDate).equals("open")
            && themeCodes.contains(a.theme()))
        .sorted(Comparator.comparing(Action::id, Evidence.OPP_ORDER))
        .forEach(a -> {
          if (ids.add(a.id())) {
            out.add(Recommendation.of(corpus, a, readoutDate));
          }
        });
    Set<String> covered = new LinkedHashSet<>();
    out.forEach(r -> covered.add(r.theme()));
    for (Theme t : shownThemes()) {
      if (t.recommendation().proposed() && covered.add(t.code())) {
        out.add(t.recommendation());
      }
    }
    proposeFromEvidence(out, covered);
    return List.copyOf(out.subList(0, Math.min(MAX_ACTIONS, out.size())));
  }

  /** The fewest actions a readout shows before it says why there are no more (spec v1.1: 5 to 7). */
  static final int MIN_ACTIONS = 5;

  /**
   * Fewer than {@value #MIN_ACTIONS} actions from actions.yaml and the shown themes: propose more
   * from the evidence, each owned through the brief's {@code owners} and marked proposed, in this
   * order, until there are five: themes ranked below the five shown (they pass the small-sample
   * rule); fixes not holding (at least {@code min_theme_interviews} repeat losses by the readout
   * date, on a theme no action here covers); and competitors that took at least that many of the
   * quarter's losses with no action here naming them. Nothing under the rule is proposed.
   */
  private void proposeFromEvidence(List<Recommendation> out, Set<String> covered) {
    int min = themes.core().rule().min();
    List<Theme> below = themes.themes().subList(Math.min(MAX_THEMES, themes.themes().size()), themes.themes().size());
    for (Theme t : below) {
      if (out.size() >= MIN_ACTIONS) {
        return;
      }
      if (t.recommendation().proposed() && covered.add(t.code())) {
        out.add(t.recommendation());
      }
    }
    for (Action a : corpus.actions().stream().filter(winloss.core.fixes.Fixes::isFix).sorted(Comparator.comparing(Action::id)).toList()) {
      if (out.size() >= MIN_ACTIONS) {
        return;
      }
      if (!a.shipped() || a.doneOn().isAfter(readoutDate) || !Recommendation.asOfQuarter(a, quarter) || covered.contains(a.theme())) {
        continue;
      }
      List<Deal> repeats = winloss.core.fixes.Fixes.repeatLosses(corpus, a).stream().filter(d -> !d.closeDate().isAfter(readoutDate)).toList();
      if (repeats.size() >= min && covered.add(a.theme())) {
        out.add(Recommendation.proposed(corpus, a.theme(), "Revisit " + a.id() + " (" + a.action() + "): "
            + new winloss.core.fixes.Fixes.Fix(a, a.opps(), repeats).repeatLine(winloss.core.output.Phrases.of(corpus.root(), winloss.core.output.Phrases.FIXES))
            + "; the fix is not holding",
            a.function().isBlank() ? Routing.function(corpus.codebook().find(a.theme()).map(Code::brief).orElse("")) : a.function(),
            readoutDate, 30));
      }
    }
    List<Deal> lost = deals.stream().filter(d -> d.outcome() == Outcome.LOST).toList();
    for (Tally t : Slices.byCompetitor(lost).tallies()) {
      if (out.size() >= MIN_ACTIONS) {
        return;
      }
      String name = t.key();
      boolean named = out.stream().anyMatch(r -> Slices.normalize(r.text()).contains(Slices.normalize(name)));
      if (t.lost() < min || named) {
        continue;
      }
      List<Deal> to = lost.stream().filter(d -> d.hasCompetitor() && Slices.normalize(d.competitor()).equals(Slices.normalize(name))).toList();
      java.math.BigDecimal acv = to.stream().map(Deal::acv).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      out.add(Recommendation.proposed(corpus, "", "Refresh the " + name + " battlecard from the " + Fmt.plural(t.lost(), "loss", "losses")
          + " to " + name + " this quarter (" + String.join(", ", to.stream().map(Deal::oppId).toList()) + ", "
          + Fmt.money(acv, corpus.brief().program().currency()) + " of ACV) and their interviews", Routing.function("competitive"),
          readoutDate, 60));
    }
  }

  /** Why the evidence supports fewer than {@value #MIN_ACTIONS} actions: what was looked at and fell short. */
  private String fewActionsWhy() {
    int min = themes.core().rule().min();
    return "Only " + Fmt.plural(actions.size(), "action", "actions") + ": the evidence this quarter supports no more. "
        + Fmt.plural(themes.themes().size(), "theme passes", "themes pass") + " the small-sample rule (" + min + " interviews), no other fix has "
        + min + " or more repeat losses, and no other competitor took " + min + " or more of the quarter's losses; the list is not padded.";
  }

  /** The 3 to 5 themes the readout names: the top {@value #MAX_THEMES} that pass the small-sample rule. */
  List<Theme> shownThemes() {
    return themes.themes().subList(0, Math.min(MAX_THEMES, themes.themes().size()));
  }

  private record Changes(List<Theme> added, List<Theme> gone, List<Theme> intensified, List<Theme> faded) {}

  private Changes changes() {
    Map<String, Theme> before = new LinkedHashMap<>();
    priorThemes.themes().forEach(t -> before.put(t.code(), t));
    Map<String, Theme> now = new LinkedHashMap<>();
    themes.themes().forEach(t -> now.put(t.code(), t));
    List<Theme> added = new ArrayList<>();
    List<Theme> intensified = new ArrayList<>();
    List<Theme> faded = new ArrayList<>();
    for (Theme t : themes.themes()) {
      Theme b = before.get(t.code());
      if (b == null) {
        added.add(t);
      } else if (t.share() > b.share()) {
        intensified.add(t);
      } else if (t.share() < b.share()) {
        faded.add(t);
      }
    }
    List<Theme> gone = priorThemes.themes().stream().filter(t -> !now.containsKey(t.code())).toList();
    return new Changes(added, gone, intensified, faded);
  }

  private Theme priorTheme(String code) {
    for (Theme t : priorThemes.themes()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    for (Theme t : priorThemes.emerging()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }

  private Theme nowTheme(String code) {
    for (Theme t : themes.themes()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    for (Theme t : themes.emerging()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }

  private List<CodeCount> decisive(List<Interview> from) {
    return ev.count(from, iv -> iv.codes().decisive());
  }

  // ---- JSON --------------------------------------------------------------------------------

  /** The spec's data model, with its keys first and in its order. */
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quarter", quarter.toString());
    m.put("from", from.toString());
    m.put("to", to.toString());
    m.put("deals", overall.dealsJson());
    m.put("win_rate", overall.winRateJson());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("quarter", prior.toString());
    p.put("won", priorTally.won());
    p.put("lost", priorTally.lost());
    p.put("no_decision", priorTally.noDecision());
    p.put("rate", priorTally.rate());
    p.put("low", priorTally.wilson().low());
    p.put("high", priorTally.wilson().high());
    p.put("small_sample", priorTally.small());
    m.put("prior", p);
    m.put("by_segment", bySegment(deals).stream().map(Tally::toJson).toList());
    m.put("by_competitor", byCompetitor(deals).stream().map(Tally::toJson).toList());
    m.put("by_month", months().stream().map(Tally::toJson).toList());
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("completed", ivs.size());
    i.put("wins", wins.size());
    i.put("losses", losses.size());
    i.put("no_decisions", noDecisions.size());
    m.put("interviews", i);
    m.put("why_won", decisive(wins).stream().map(CodeCount::toJson).toList());
    m.put("why_lost", decisive(losses).stream().map(CodeCount::toJson).toList());
    m.put("why_no_decision", decisive(noDecisions).stream().map(CodeCount::toJson).toList());
    m.put("loss_reasons", simple(ev.count(losses, iv -> Evidence.one(iv.codes().lossReason()))));
    m.put("loss_types", simple(ev.count(losses, iv -> Evidence.one(iv.codes().lossType()))));
    m.put("almost", ev.count(ivs, iv -> iv.codes().almost()).stream().map(CodeCount::toJson).toList());
    m.put("objections", ev.count(ivs, iv -> iv.codes().objections()).stream().map(CodeCount::toJson).toList());
    m.put("personas", simple(ev.count(ivs, iv -> Evidence.one(iv.persona()))));
    m.put("committee", simple(ev.count(ivs, iv -> iv.codes().committee())));
    Changes c = changes();
    Map<String, Object> ch = new LinkedHashMap<>();
    ch.put("new", c.added().stream().map(Theme::code).toList());
    ch.put("gone", c.gone().stream().map(Theme::code).toList());
    ch.put("intensified", c.intensified().stream().map(Theme::code).toList());
    ch.put("faded", c.faded().stream().map(Theme::code).toList());
    m.put("changes", ch);
    m.put("summary", SummaryJson.of(themes.core()));
    m.put("themes", shownThemes().stream().map(Theme::toJson).toList());
    m.put("more_themes", themes.themes().stream().skip(MAX_THEMES).map(Theme::code).toList());
    m.put("signals", themes.emerging().stream().map(t -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("code", t.code());
      x.put("count", t.count());
      x.put("interviews", t.interviews());
      x.put("for", t.evidence().forIds());
      x.put("against", t.evidence().againstIds());
      return x;
    }).toList());
    m.put("contradictions", new ArrayList<>(Contradictions.byCode(ev, themes.core()).values()));
    m.put("actions", actions.stream().map(Recommendation::toJson).toList());
    return m;
  }

  private static List<Map<String, Object>> simple(List<CodeCount> cs) {
    return cs.stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", c.code());
      m.put("count", c.count());
      m.put("of", c.of());
      m.put("interviews", c.interviews());
      return m;
    }).toList();
  }

  private List<Tally> months() {
    List<Tally> out = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      LocalDate s = from.plusMonths(k);
      LocalDate e = s.plusMonths(1).minusDays(1);
      out.add(Tally.of(s.toString().substring(0, 7), deals.stream().filter(d -> Periods.within(d.closeDate(), s, e)).toList()));
    }
    return out;
  }

  // ---- the markdown view -------------------------------------------------------------------

  public Map<String, Object> view() {
    Set<String> used = new LinkedHashSet<>();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", corpus.brief().company());
    v.put("quarter", quarter.toString());
    v.put("prior", prior.toString());
    v.put("from", from.toString());
    v.put("to", to.toString());
    v.put("readoutDate", readoutDate.toString());
    v.put("headline", headline());
    v.put("interviewsLine", interviewsLine());
    v.put("minThemes", themes.core().rule().min());
    summarySection(v);
    v.put("themes", themeViews(used));
    v.put("fewThemes", shownThemes().size() < 3
        ? "Only " + Fmt.plural(shownThemes().size(), "code reaches", "codes reach") + " " + themes.core().rule().min()
            + " interviews this quarter: fewer than three themes, and no padding." : "");
    v.put("moreThemes", themes.themes().stream().skip(MAX_THEMES).map(t -> Map.<String, Object>of("line", t.name() + ": " + t.xOfN()
        + ", " + t.stance().word())).toList());
    section1(v);
    section2(v, used);
    section3(v, used);
    section4(v, used);
    section5(v);
    section6(v);
    v.put("appendix", appendix());
    v.put("appendixThemes", themes.core().ranked().stream().map(t -> Map.<String, Object>of("line", t.label() + " (" + t.code() + "): "
        + t.count() + " of " + themes.core().citations().interviews() + ", " + t.stance().word() + "; "
        + String.join("; ", t.citations().stream().map(winloss.core.evidence.Citation::describe).toList())
        + (t.pattern() ? "" : "; " + themes.core().rule().mark(t.count())))).toList());
    v.put("appendixQuotes", ivs.stream().flatMap(iv -> iv.quotes().stream().map(q -> ev.ref(iv, q)))
        .map(q -> Map.<String, Object>of("line", q.markdown() + " " + tagsOf(q))).toList());
    return v;
  }

  private String tagsOf(QuoteRef q) {
    return corpus.interview(q.opp()).flatMap(iv -> iv.quotes().stream().filter(x -> x.line() == q.line()).findFirst())
        .map(x -> "#" + String.join(" #", x.tags())).orElse("");
  }

  /** "Win rate 47% in 2026-Q3 (18 won of 38 decided, 95% CI 32-63%) against 55% in 2026-Q2 (-8 pts, within noise)". */
  public String headline() {
    String s = "Win rate " + Fmt.rate(overall) + " in " + quarter + " (" + overall.won() + " won of " + overall.decided()
        + " decided, 95% CI " + Fmt.ci(overall) + ")";
    if (priorTally.decided() > 0) {
      s += " against " + Fmt.rate(priorTally) + " in " + prior + " (" + Fmt.change(overall, priorTally)
          + (overall.withinNoise(priorTally) ? ", within noise" : ", a change: the 95% intervals do not overlap") + ")";
    } else {
      s += "; no decided deals in " + prior + " to compare with";
    }
    s += "; " + Fmt.plural(overall.noDecision(), "no-decision", "no-decisions") + " beside it.";
    if (overall.small()) {
      s += " Small sample: fewer than " + Tally.MIN_DECIDED + " decided deals, read it as a direction, not a finding.";
    }
    return s;
  }

  private String interviewsLine() {
    return Fmt.plural(ivs.size(), "completed interview", "completed interviews") + " (" + Fmt.plural(wins.size(), "win", "wins")
        + ", " + Fmt.plural(losses.size(), "loss", "losses") + ", " + Fmt.plural(noDecisions.size(), "no-decision", "no-decisions")
        + ") of " + Fmt.plural(deals.size(), "closed deal", "closed deals");
  }

  /** The terminal summary: the number, then the summary lines by stance. */
  public String summary() {
    List<Theme> shown = shownThemes();
    return quarter + ": " + headline() + "\n" + interviewsLine() + "; " + Fmt.plural(shown.size(), "theme", "themes")
        + MonthlyThemes.stances(shown) + ", " + Fmt.plural(actions.size(), "recommended action", "recommended actions") + ".\n"
        + "Biggest opportunity: " + themes.core().opportunity().map(ThemeEvidenceText::brief).orElse("none (no strength theme)") + "\n"
        + "Biggest risk: " + themes.core().risk().map(ThemeEvidenceText::brief).orElse("none (no weakness theme)") + "\n"
        + "Contradicts the brief: " + themes.core().contradiction().map(t -> t.label() + " (right-to-win; against us in "
            + t.againstIds().size() + ": " + String.join(", ", t.againstIds()) + "; for us in " + t.forIds().size() + ")").orElse("none");
  }

  /** The executive summary's lines (at most 250 words): the number, opportunity, risk, contradiction, top actions. */
  private void summarySection(Map<String, Object> v) {
    var core = themes.core();
    v.put("opportunity", core.opportunity().map(t -> t.name() + ": for us in " + t.forIds().size() + " of " + t.count()
        + " citing interviews (" + String.join(", ", t.forIds()) + "), " + Fmt.money(t.acv(), currency()) + " of ACV behind it.")
        .orElse("None: no theme is cited for us by two thirds of its interviews."));
    v.put("risk", core.risk().map(t -> t.name() + ": against us in " + t.againstIds().size() + " of " + t.count()
        + " citing interviews (" + String.join(", ", t.againstIds()) + "), " + Fmt.money(t.acv(), currency()) + " of ACV at stake.")
        .orElse("None: no theme is cited against us by two thirds of its interviews."));
    v.put("contradiction", core.contradiction().map(t -> "The brief claims " + t.label() + " as Right-to-Win; " + t.againstIds().size()
        + " interviews cite it against us (" + String.join(", ", t.againstIds()) + ")"
        + (t.forIds().isEmpty() ? "." : ", " + t.forIds().size() + " for us (" + String.join(", ", t.forIds()) + ")."))
        .orElse("None: no Right-to-Win code is cited against us by " + core.rule().min() + " or more interviews."));
    List<Map<String, Object>> top = new ArrayList<>();
    for (int i = 0; i < Math.min(3, actions.size()); i++) {
      Recommendation r = actions.get(i);
      String owner = r.owner().isEmpty() ? r.function() : r.owner();
      top.add(Map.of("line", owner + ", " + deadline(r) + ": " + shortText(r.text()) + (r.proposed() ? " (*proposed*)" : " (" + r.id() + ")")));
    }
    v.put("topActions", top);
  }

  private static String shortText(String s) {
    String t = s.strip();
    int cut = t.indexOf(" (");
    return cut > 0 ? t.substring(0, cut) : t;
  }

  private String currency() {
    return corpus.brief().program().currency();
  }

  private String deadline(Recommendation r) {
    return r.proposed() ? r.days() + "-day" : Fmt.deadline(readoutDate, r.due(), r.status());
  }

  private Map<String, Object> row(Tally now, Tally before) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("key", Fmt.cell(now.key()));
    r.put("won", now.won());
    r.put("lost", now.lost());
    r.put("noDecision", now.noDecision());
    r.put("rate", Fmt.rate(now));
    r.put("ci", Fmt.ci(now));
    r.put("prior", before == null ? "\u2014" : Fmt.rate(before));
    String change = Fmt.change(now, before);
    r.put("change", change.equals("\u2014") || before == null ? change : change + (now.withinNoise(before) ? " (noise)" : ""));
    r.put("note", Fmt.small(now));
    return r;
  }

  private void section1(Map<String, Object> v) {
    v.put("overallRows", List.of(row(overall, priorTally)));
    Slices priorSeg = Slices.bySegment(priorDeals);
    v.put("segmentRows", bySegment(deals).stream().map(t -> row(t, priorSeg.get(t.key()))).toList());
    Slices priorComp = Slices.byCompetitor(priorDeals);
    v.put("competitorRows", byCompetitor(deals).stream().map(t -> row(t, priorComp.get(t.key()))).toList());
    long none = deals.stream().filter(d -> !d.hasCompetitor()).count();
    v.put("noCompetitorLine", none == 0 ? "" : Fmt.plural(none, "deal", "deals") + " had no named competitor.");
    v.put("monthRows", months().stream().map(t -> row(t, null)).toList());
    v.put("winRateChart", winRateChart());
  }

  private String winRateChart() {
    FiscalCalendar cal = corpus.fiscal();
    LocalDate earliest = corpus.deals().stream().map(Deal::closeDate).min(LocalDate::compareTo).orElse(from);
    Quarter first = quarter.previous().previous().previous();
    Quarter dataFirst = cal.quarterOf(earliest);
    if (dataFirst.compareTo(first) > 0) {
      first = dataFirst;
    }
    List<String> labels = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Quarter q = first; q.compareTo(quarter) <= 0; q = q.next()) {
      Tally t = Tally.of(q.toString(), ev.deals(cal.start(q), cal.end(q)));
      labels.add("\"" + q + (t.small() ? " (n=" + t.decided() + ")" : "") + "\"");
      values.add(String.valueOf(Math.round(t.rate() * 100)));
    }
    return "xychart-beta\n    title \"Win rate by quarter (%)\"\n    x-axis [" + String.join(", ", labels) + "]\n"
        + "    y-axis \"Win rate (%)\" 0 --> 100\n    bar [" + String.join(", ", values) + "]";
  }

  static List<Map<String, Object>> quoteLines(List<QuoteRef> qs) {
    return qs.stream().map(q -> Map.<String, Object>of("line", q.markdown())).toList();
  }

  /** The first of {@code qs} not printed yet in the main body (each quote at most once), marking it used. */
  private static List<QuoteRef> fresh(List<QuoteRef> qs, Set<String> used, int max) {
    List<QuoteRef> out = new ArrayList<>();
    for (QuoteRef q : qs) {
      if (out.size() < max && used.add(q.citation())) {
        out.add(q);
      }
    }
    return out;
  }

  private List<Map<String, Object>> themeViews(Set<String> used) {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = 1;
    for (Theme t : shownThemes()) {
      Map<String, Object> m = themeView(t, corpus);
      List<QuoteRef> qs = fresh(t.quotes(), used, 1);
      m.put("quotes", quoteLines(qs));
      m.put("noQuotes", qs.isEmpty() && t.quotes().isEmpty());
      m.put("n", n++);
      m.put("count", t.count() + " of " + t.of() + " interviews");
      m.put("contradiction", t.contradiction().isEmpty() ? "" : "the Right-to-Win claim; " + t.evidence().againstIds().size()
          + " interviews cite it against us (see the executive summary)");
      int idx = actions.indexOf(t.recommendation());
      m.put("action", idx >= 0 ? "action " + (idx + 1) + " in section 6" : t.recommendation().line());
      out.add(m);
    }
    return out;
  }

  /** The template view of one theme, shared with the monthly synthesis. */
  static Map<String, Object> themeView(Theme t, Corpus corpus) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("label", t.label());
    m.put("code", t.code());
    m.put("xOfN", t.xOfN());
    m.put("stance", t.stance().word());
    m.put("sides", t.sides());
    m.put("acv", Fmt.money(t.acv(), corpus.brief().program().currency()));
    m.put("atStake", t.stance() == winloss.core.evidence.ThemeStance.STRENGTH ? "behind it" : "at stake");
    m.put("citations", String.join("; ", t.citations()));
    m.put("persona", t.persona());
    m.put("quotes", quoteLines(t.quotes()));
    m.put("noQuotes", t.quotes().isEmpty());
    m.put("brief", t.briefTarget());
    m.put("action", t.recommendation().line());
    m.put("contradiction", t.contradiction());
    m.put("hasContradiction", !t.contradiction().isEmpty());
    return m;
  }

  /**
   * Top decisive factors of one bucket: only codes that pass the small-sample rule are headlines;
   * the rest are listed on one line as single or small signals.
   */
  private void factors(Map<String, Object> v, String key, List<Interview> bucket, Set<String> used) {
    List<CodeCount> all = decisive(bucket);
    var rule = themes.core().rule();
    List<Map<String, Object>> top = new ArrayList<>();
    int rank = 1;
    for (CodeCount c : all) {
      if (!rule.isPattern(c.count()) || top.size() >= TOP) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank++);
      m.put("label", c.label());
      m.put("code", c.code());
      m.put("xOfN", c.xOfN());
      m.put("persona", c.persona());
      List<QuoteRef> qs = fresh(c.quotes(), used, 1);
      m.put("quotes", quoteLines(qs));
      m.put("noQuotes", c.quotes().isEmpty());
      top.add(m);
    }
    v.put(key, top);
    List<String> signals = all.stream().filter(c -> !rule.isPattern(c.count()))
        .map(c -> c.label() + " " + c.count() + " of " + c.of() + " (" + String.join(", ", c.interviews()) + ")").toList();
    v.put(key + "Signals", signals.isEmpty() ? "" : "Under the minimum of " + rule.min() + " interviews (signals, not findings): "
        + String.join("; ", signals) + ".");
  }

  private void section2(Map<String, Object> v, Set<String> used) {
    v.put("winInterviews", wins.size());
    factors(v, "whyWon", wins, used);
  }

  private void section3(Map<String, Object> v, Set<String> used) {
    v.put("lossInterviews", losses.size());
    factors(v, "whyLost", losses, used);
    List<Map<String, Object>> types = new ArrayList<>();
    List<winloss.core.evidence.CodeTally> byType = winloss.core.evidence.CodeTally.ofField(losses, iv -> Evidence.one(iv.codes().lossType()));
    for (Code type : corpus.codebook().lossTypes().values()) {
      winloss.core.evidence.CodeTally t = byType.stream().filter(x -> x.code().equals(type.id())).findFirst()
          .orElse(new winloss.core.evidence.CodeTally(type.id(), List.of(), losses.size()));
      List<Interview> of = losses.stream().filter(iv -> t.ids().contains(iv.opp())).toList();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", type.label());
      m.put("xOfN", t.count() + " of " + t.of() + (t.count() == 0 ? "" : " (" + String.join(", ", t.ids()) + ")"));
      List<CodeCount> fs = decisive(of);
      m.put("factors", fs.isEmpty() ? "none" : String.join("; ", fs.stream().map(f -> f.label() + " " + f.count()).toList()));
      types.add(m);
    }
    v.put("lossTypes", types);
    crmAgainstBuyer(v);
    List<CodeCount> reasons = ev.count(losses, iv -> Evidence.one(iv.codes().lossReason()));
    v.put("lossReasons", reasons.stream().map(c -> Map.<String, Object>of("label", c.label(), "xOfN", c.xOfN())).toList());
    v.put("noDecisionInterviews", noDecisions.size());
    v.put("whyNoDecision", decisive(noDecisions).stream().map(c -> Map.<String, Object>of("label", c.label(), "xOfN", c.xOfN())).toList());
  }

  /**
   * The CRM against the buyer (corpus-format v1.1): a loss's CRM reason is mapped to a loss_reasons
   * code ({@code crm_loss_reasons}, or a code or label that matches); agreement is counted only over
   * losses whose CRM value maps, and unmapped values are listed.
   */
  private void crmAgainstBuyer(Map<String, Object> v) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<winloss.core.evidence.CrmAgreement.Loss> compared = new ArrayList<>();
    for (Interview iv : losses) {
      Deal d = ev.deal(iv);
      String crm = d == null ? "" : d.crmLossReason().strip();
      String buyer = iv.codes().lossReason();
      compared.add(new winloss.core.evidence.CrmAgreement.Loss(iv.opp(), crm, buyer));
      var code = winloss.core.evidence.CrmAgreement.mapped(corpus.codebook(), crm);
      boolean comparable = code.isPresent() && !buyer.isBlank();
      boolean agree = comparable && code.get().equals(buyer);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("opp", iv.opp());
      r.put("crm", crm.isEmpty() ? "\u2014" : Fmt.cell(crm) + code.map(c -> corpus.codebook().lossReasons().get(c).label())
          .filter(l -> !Slices.normalize(l).equals(Slices.normalize(crm))).map(l -> " (" + l + ")").orElse(code.isEmpty() ? " (unmapped)" : ""));
      r.put("buyer", buyer.isBlank() ? "\u2014" : Fmt.cell(corpus.codebook().lossReasons().containsKey(buyer)
          ? corpus.codebook().lossReasons().get(buyer).label() : buyer));
      r.put("agree", !comparable ? "not compared" : agree ? "yes" : "**no**");
      rows.add(r);
    }
    winloss.core.evidence.CrmAgreement agreement = winloss.core.evidence.CrmAgreement.of(corpus.codebook(), compared);
    List<String> disagree = agreement.disagree();
    Map<String, List<String>> unmapped = agreement.unmapped();
    v.put("aeRows", rows);
    String line = agreement.compared() == 0 ? "No loss interview has a mapped CRM loss reason to compare with."
        : "The CRM loss reason and the buyer disagree on " + disagree.size() + " of " + agreement.compared() + " losses with a mapped CRM reason ("
            + Fmt.pct((double) disagree.size() / agreement.compared()) + (disagree.isEmpty() ? "" : ": " + String.join(", ", disagree)) + ").";
    if (!unmapped.isEmpty()) {
      line += " Not compared, their CRM value maps to no loss reason (add it to crm_loss_reasons in schema.yaml): "
          + String.join("; ", unmapped.entrySet().stream().map(e -> "\"" + e.getKey() + "\" (" + String.join(", ", e.getValue()) + ")").toList()) + ".";
    }
    v.put("disagreeLine", line);
  }

  /** The brief's top competitors first (in its order), then the others by deal count, at most {@value #MAX_COMPETITORS} in all. */
  private List<String> competitorsShown() {
    Slices now = Slices.byCompetitor(deals);
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String c : corpus.brief().program().topCompetitors()) {
      if (seen.add(Slices.normalize(c))) {
        Tally t = now.get(c);
        out.add(t.total() > 0 ? t.key() : c);
      }
    }
    for (Tally t : now.tallies()) {
      if (out.size() >= Math.max(MAX_COMPETITORS, corpus.brief().program().topCompetitors().size())) {
        break;
      }
      if (seen.add(Slices.normalize(t.key()))) {
        out.add(t.key());
      }
    }
    return out;
  }

  static final int MAX_COMPETITORS = 4;

  private List<Interview> against(List<Interview> from, String competitor) {
    return from.stream().filter(iv -> {
      Deal d = ev.deal(iv);
      return d != null && Slices.normalize(d.competitor()).equals(Slices.normalize(competitor));
    }).toList();
  }

  private void section4(Map<String, Object> v, Set<String> used) {
    Slices now = Slices.byCompetitor(deals);
    Slices before = Slices.byCompetitor(priorDeals);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String name : competitorsShown()) {
      Tally t = now.get(name);
      Tally b = before.get(name);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("top", corpus.brief().program().isTopCompetitor(name) ? " (a top competitor in the brief)" : "");
      if (t.total() == 0) {
        m.put("line", "No deal against " + name + " closed in " + quarter);
        m.put("beat", List.of());
        m.put("lostTo", List.of());
        m.put("none", true);
        out.add(m);
        continue;
      }
      m.put("none", false);
      m.put("line", "Win rate " + Fmt.rate(t) + " (" + t.won() + " won, " + t.lost() + " lost, " + t.noDecision()
          + " no-decision; 95% CI " + Fmt.ci(t) + ") against " + Fmt.rate(b) + " in " + prior + " (" + Fmt.change(t, b)
          + (t.withinNoise(b) ? ", within noise" : "") + ")" + (t.small() ? "; small sample (" + t.decided() + " decided), a direction, not a finding" : ""));
      m.put("beat", factorLines(against(wins, name), "win", used));
      m.put("lostTo", factorLines(against(losses, name), "loss", used));
      out.add(m);
    }
    v.put("competitors", out);
  }

  private List<Map<String, Object>> factorLines(List<Interview> from, String kind, Set<String> used) {
    List<Map<String, Object>> out = new ArrayList<>();
    var rule = themes.core().rule();
    for (CodeCount c : decisive(from).stream().limit(3).toList()) {
      List<QuoteRef> qs = rule.isPattern(c.count()) ? fresh(c.quotes(), used, 1) : List.of();
      String q = qs.isEmpty() ? "" : " \u2014 " + qs.get(0).markdown();
      String mark = rule.isPattern(c.count()) ? "" : " (" + rule.mark(c.count()) + ")";
      out.add(Map.of("line", c.label() + ": " + c.count() + " of " + c.of() + " " + kind + " interviews (" + String.join(", ", c.interviews()) + ")" + mark + q));
    }
    return out;
  }

  private void section5(Map<String, Object> v) {
    Changes c = changes();
    v.put("newThemes", c.added().stream().map(t -> change(t, "new")).toList());
    v.put("goneThemes", c.gone().stream().map(t -> {
      Theme n = nowTheme(t.code());
      String now = n == null ? "0 of " + ivs.size() : n.count() + " of " + n.of();
      return Map.<String, Object>of("line", t.label() + ": " + now + " interviews now, was " + t.count() + " of " + t.of() + " in " + prior);
    }).toList());
    v.put("intensifiedThemes", c.intensified().stream().map(t -> change(t, "up")).toList());
    v.put("fadedThemes", c.faded().stream().map(t -> change(t, "down")).toList());
    v.put("rateChange", priorTally.decided() == 0 ? "No decided deal in " + prior + " to compare the win rate with."
        : "Win rate " + Fmt.rate(overall) + " against " + Fmt.rate(priorTally) + " (" + Fmt.change(overall, priorTally) + "): "
            + (overall.withinNoise(priorTally) ? "within noise, the 95% intervals (" + Fmt.ci(overall) + " and " + Fmt.ci(priorTally) + ") overlap."
                : "a change, the 95% intervals (" + Fmt.ci(overall) + " and " + Fmt.ci(priorTally) + ") do not overlap."));
  }

  private Map<String, Object> change(Theme t, String how) {
    Theme b = priorTheme(t.code());
    String was = b == null ? "0 of " + priorIvs.size() : b.count() + " of " + b.of();
    return Map.of("line", t.label() + ": " + t.count() + " of " + t.of() + " interviews (" + Fmt.pct(t.share()) + "), was " + was
        + " in " + prior + (b == null ? "" : " (" + Fmt.pct(b.share()) + ")") + "; " + t.stance().word()
        + (b != null && b.stance() != t.stance() ? ", was " + b.stance().word() : ""));
  }

  private void section6(Map<String, Object> v) {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = 1;
    for (Recommendation r : actions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n++);
      m.put("theme", r.theme().isEmpty() ? "Competitive losses" : corpus.codebook().label(r.theme()));
      m.put("line", r.line());
      m.put("deadline", deadline(r));
      out.add(m);
    }
    v.put("actions", out);
    List<String> repeats = winloss.core.fixes.Fixes.repeatLines(corpus, readoutDate, null);
    v.put("repeatLosses", repeats);
    v.put("hasRepeatLosses", !repeats.isEmpty());
    v.put("fewActions", actions.size() < MIN_ACTIONS ? fewActionsWhy() : "");
  }

  private List<Map<String, Object>> appendix() {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(field("Decisive factors, wins", decisive(wins), wins.size()));
    out.add(field("Decisive factors, losses", decisive(losses), losses.size()));
    out.add(field("Decisive factors, no-decisions", decisive(noDecisions), noDecisions.size()));
    out.add(field("Almost flipped the decision", ev.count(ivs, iv -> iv.codes().almost()), ivs.size()));
    out.add(field("Objections", ev.count(ivs, iv -> iv.codes().objections()), ivs.size()));
    out.add(field("Loss reasons", ev.count(losses, iv -> Evidence.one(iv.codes().lossReason())), losses.size()));
    out.add(field("Loss types", ev.count(losses, iv -> Evidence.one(iv.codes().lossType())), losses.size()));
    out.add(field("Price a factor (losses)", ev.count(losses, iv -> Evidence.one(iv.codes().priceFactor())), losses.size()));
    out.add(field("Fixable (losses)", ev.count(losses, iv -> iv.codes().fixable() == null ? List.of() : List.of(iv.codes().fixable() ? "yes" : "no")), losses.size()));
    out.add(field("Interviewee personas", ev.count(ivs, iv -> Evidence.one(iv.persona())), ivs.size()));
    out.add(field("Buying committee roles", ev.count(ivs, iv -> iv.codes().committee()), ivs.size()));
    out.add(field("Flags", ev.count(ivs, iv -> iv.codes().flags()), ivs.size()));
    return out;
  }

  private static Map<String, Object> field(String name, List<CodeCount> cs, int n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("n", n);
    m.put("rows", cs.stream().map(c -> Map.<String, Object>of("label", c.label(), "xOfN", c.xOfN())).toList());
    m.put("empty", cs.isEmpty());
    return m;
  }

  /** The loss-reason code a CRM picklist value stands for ({@link winloss.core.model.Codebook#crmLossReason}), or the value itself. */
  static String crmReasonCode(Corpus corpus, String crm) {
    return corpus.codebook().crmLossReason(crm).orElse(crm.strip());
  }

}
