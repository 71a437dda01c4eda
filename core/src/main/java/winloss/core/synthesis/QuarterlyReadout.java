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
import java.util.function.Function;
import winloss.core.diag.WinlossException;
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
    int min = corpus.brief().program().minThemeInterviews();
    this.themes = ThemeFinder.find(ev, ivs, min, quarter);
    this.priorThemes = ThemeFinder.find(ev, priorIvs, min, prior);
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

  private static String segmentKey(Deal d) {
    return d.segment().isBlank() ? "(no segment)" : d.segment();
  }

  private static List<Tally> slices(List<Deal> ds, Function<Deal, String> key, boolean namedOnly) {
    Map<String, List<Deal>> by = new TreeMap<>();
    for (Deal d : ds) {
      if (namedOnly && !d.hasCompetitor()) {
        continue;
      }
      by.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d);
    }
    List<Tally> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(Tally.of(k, v)));
    out.sort(Comparator.comparingInt(Tally::total).reversed().thenComparing(Tally::key));
    return out;
  }

  private List<Tally> bySegment(List<Deal> ds) {
    return slices(ds, QuarterlyReadout::segmentKey, false);
  }

  private List<Tally> byCompetitor(List<Deal> ds) {
    return slices(ds, Deal::competitor, true);
  }

  private static Tally find(List<Tally> ts, String key) {
    return ts.stream().filter(t -> t.key().equalsIgnoreCase(key)).findFirst().orElse(new Tally(key, 0, 0, 0));
  }

  /** The top three named competitors this quarter: most deals first, the brief's top competitors on ties. */
  private List<String> topCompetitors() {
    List<Tally> ts = new ArrayList<>(byCompetitor(deals));
    ts.sort(Comparator.comparingInt(Tally::total).reversed()
        .thenComparing(t -> !corpus.brief().program().isTopCompetitor(t.key()))
        .thenComparing(Tally::key));
    return ts.stream().limit(3).map(Tally::key).toList();
  }

  private List<Interview> against(List<Interview> from, String competitor) {
    return from.stream().filter(iv -> {
      Deal d = ev.deal(iv);
      return d != null && d.competitor().equalsIgnoreCase(competitor);
    }).toList();
  }

  private List<Recommendation> actions() {
    Set<String> themeCodes = new LinkedHashSet<>();
    themes.themes().forEach(t -> themeCodes.add(t.code()));
    List<Recommendation> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    corpus.actions().stream()
        .filter(a -> a.quarter().equals(quarter.toString()) && a.status() != Action.Status.DROPPED)
        .sorted(Comparator.comparing(Action::id, Evidence.OPP_ORDER))
        .forEach(a -> {
          if (ids.add(a.id())) {
            out.add(Recommendation.of(corpus, a));
          }
        });
    corpus.actions().stream()
        .filter(a -> a.status() == Action.Status.OPEN && themeCodes.contains(a.theme()))
        .sorted(Comparator.comparing(Action::id, Evidence.OPP_ORDER))
        .forEach(a -> {
          if (ids.add(a.id())) {
            out.add(Recommendation.of(corpus, a));
          }
        });
    for (Theme t : themes.themes()) {
      if (t.recommendation().suggested()) {
        out.add(t.recommendation());
      }
    }
    return List.copyOf(out.subList(0, Math.min(MAX_ACTIONS, out.size())));
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
    m.put("themes", themes.themes().stream().map(Theme::toJson).toList());
    m.put("emerging", themes.emerging().stream().map(t -> Map.of("code", t.code(), "count", t.count())).map(TreeMap::new).toList());
    m.put("contradictions", new ArrayList<>(Contradictions.byCode(ev, ivs).values()));
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
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", corpus.brief().company());
    v.put("quarter", quarter.toString());
    v.put("prior", prior.toString());
    v.put("from", from.toString());
    v.put("to", to.toString());
    v.put("readoutDate", readoutDate.toString());
    v.put("headline", headline());
    v.put("interviewsLine", interviewsLine());
    v.put("minThemes", corpus.brief().program().minThemeInterviews());
    section1(v);
    section2(v);
    section3(v);
    section4(v);
    section5(v);
    section6(v);
    v.put("appendix", appendix());
    return v;
  }

  public String headline() {
    String s = "Win rate " + Fmt.rate(overall) + " in " + quarter + " (" + overall.won() + " won of " + overall.decided()
        + " decided, 95% CI " + Fmt.ci(overall) + ")";
    if (priorTally.decided() > 0) {
      s += " against " + Fmt.rate(priorTally) + " in " + prior + " (" + Fmt.change(overall, priorTally) + ")";
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

  /** One-paragraph summary for the terminal. */
  public String summary() {
    return quarter + ": " + headline() + "\n" + interviewsLine() + "; " + Fmt.plural(themes.themes().size(), "theme", "themes")
        + ", " + Fmt.plural(actions.size(), "recommended action", "recommended actions") + ".";
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
    r.put("change", Fmt.change(now, before));
    r.put("note", Fmt.small(now));
    return r;
  }

  private void section1(Map<String, Object> v) {
    List<Map<String, Object>> overallRows = List.of(row(overall, priorTally));
    v.put("overallRows", overallRows);
    List<Tally> priorSeg = bySegment(priorDeals);
    v.put("segmentRows", bySegment(deals).stream().map(t -> row(t, find(priorSeg, t.key()))).toList());
    List<Tally> priorComp = byCompetitor(priorDeals);
    v.put("competitorRows", byCompetitor(deals).stream().map(t -> row(t, find(priorComp, t.key()))).toList());
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

  private Map<String, Object> factorItem(int rank, CodeCount c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", rank);
    m.put("label", c.label());
    m.put("code", c.code());
    m.put("xOfN", c.xOfN());
    m.put("persona", c.persona());
    m.put("quotes", quoteLines(c.quotes()));
    m.put("noQuotes", c.quotes().isEmpty());
    return m;
  }

  static List<Map<String, Object>> quoteLines(List<QuoteRef> qs) {
    return qs.stream().map(q -> Map.<String, Object>of("line", q.markdown())).toList();
  }

  private List<Map<String, Object>> top(List<CodeCount> cs) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, cs.size()); i++) {
      out.add(factorItem(i + 1, cs.get(i)));
    }
    return out;
  }

  private void section2(Map<String, Object> v) {
    v.put("winInterviews", wins.size());
    v.put("whyWon", top(decisive(wins)));
  }

  private void section3(Map<String, Object> v) {
    v.put("lossInterviews", losses.size());
    v.put("whyLost", top(decisive(losses)));
    List<Map<String, Object>> types = new ArrayList<>();
    for (Code type : corpus.codebook().lossTypes().values()) {
      List<Interview> of = losses.stream().filter(iv -> iv.codes().lossType().equals(type.id())).toList();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", type.label());
      m.put("xOfN", of.size() + " of " + losses.size() + (of.isEmpty() ? "" : " (" + String.join(", ", of.stream().map(Interview::opp).toList()) + ")"));
      List<CodeCount> fs = decisive(of);
      m.put("factors", fs.isEmpty() ? "none" : String.join("; ", fs.stream().map(f -> f.label() + " " + f.count()).toList()));
      types.add(m);
    }
    v.put("lossTypes", types);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> disagree = new ArrayList<>();
    int compared = 0;
    for (Interview iv : losses) {
      Deal d = ev.deal(iv);
      String crm = d == null ? "" : d.crmLossReason();
      String buyer = iv.codes().lossReason();
      boolean comparable = !crm.isBlank() && !buyer.isBlank();
      boolean agree = comparable && crmReasonCode(corpus, crm).equals(buyer);
      if (comparable) {
        compared++;
        if (!agree) {
          disagree.add(iv.opp());
        }
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("opp", iv.opp());
      r.put("who", Fmt.cell(ev.who(d)));
      String crmCode = crmReasonCode(corpus, crm);
      r.put("crm", crm.isBlank() ? "\u2014" : Fmt.cell(corpus.codebook().lossReasons().containsKey(crmCode) ? corpus.codebook().label(crmCode) : crm));
      r.put("ae", d == null || d.aeReason().isBlank() ? "\u2014" : Fmt.cell(d.aeReason()));
      r.put("buyer", buyer.isBlank() ? "\u2014" : Fmt.cell(corpus.codebook().label(buyer)));
      r.put("agree", !comparable ? "not comparable" : agree ? "yes" : "**no**");
      rows.add(r);
    }
    v.put("aeRows", rows);
    v.put("disagreeLine", compared == 0 ? "No loss interview has a CRM loss reason to compare with."
        : "The CRM loss reason and the buyer disagree on " + disagree.size() + " of " + compared + " losses ("
            + Fmt.pct((double) disagree.size() / compared) + (disagree.isEmpty() ? "" : ": " + String.join(", ", disagree)) + ").");
    List<CodeCount> reasons = ev.count(losses, iv -> Evidence.one(iv.codes().lossReason()));
    v.put("hasLossReasons", !reasons.isEmpty());
    StringBuilder pie = new StringBuilder("pie showData\n    title \"Loss reasons, " + quarter + " (" + Fmt.plural(losses.size(), "loss interview", "loss interviews") + ")\"");
    for (CodeCount c : reasons) {
      pie.append("\n    \"").append(c.label().replace("\"", "'")).append("\" : ").append(c.count());
    }
    v.put("lossReasonChart", pie.toString());
    v.put("lossReasons", reasons.stream().map(c -> Map.<String, Object>of("label", c.label(), "xOfN", c.xOfN())).toList());
    v.put("noDecisionInterviews", noDecisions.size());
    v.put("whyNoDecision", decisive(noDecisions).stream().map(c -> Map.<String, Object>of("label", c.label(), "xOfN", c.xOfN())).toList());
  }

  private void section4(Map<String, Object> v) {
    List<Tally> now = byCompetitor(deals);
    List<Tally> before = byCompetitor(priorDeals);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String name : topCompetitors()) {
      Tally t = find(now, name);
      Tally b = find(before, name);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("line", "Win rate " + Fmt.rate(t) + " (" + t.won() + " won, " + t.lost() + " lost, " + t.noDecision()
          + " no-decision; 95% CI " + Fmt.ci(t) + ") against " + Fmt.rate(b) + " in " + prior + " (" + Fmt.change(t, b) + ")"
          + (t.small() ? "; small sample (" + t.decided() + " decided), a direction, not a finding" : ""));
      List<Interview> beat = against(wins, name);
      List<Interview> lostTo = against(losses, name);
      m.put("beat", factorLines(beat, "win"));
      m.put("lostTo", factorLines(lostTo, "loss"));
      out.add(m);
    }
    v.put("competitors", out);
  }

  private List<Map<String, Object>> factorLines(List<Interview> from, String kind) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CodeCount c : decisive(from).stream().limit(3).toList()) {
      String q = c.quotes().isEmpty() ? "" : " \u2014 " + c.quotes().get(0).markdown();
      out.add(Map.of("line", c.label() + ": " + c.count() + " of " + c.of() + " " + kind + " interviews (" + String.join(", ", c.interviews()) + ")" + q));
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
    v.put("themes", themes.themes().stream().map(t -> themeView(t, corpus)).toList());
    v.put("emerging", themes.emerging().stream().map(t -> Map.<String, Object>of("line", t.label() + ": " + t.xOfN())).toList());
    v.put("contradictions", Contradictions.byCode(ev, ivs).values().stream().map(s -> Map.<String, Object>of("line", s)).toList());
    v.put("hasContradictions", !Contradictions.byCode(ev, ivs).isEmpty());
    v.put("hasEmerging", !themes.emerging().isEmpty());
  }

  private Map<String, Object> change(Theme t, String how) {
    Theme b = priorTheme(t.code());
    String was = b == null ? "0 of " + priorIvs.size() : b.count() + " of " + b.of();
    return Map.of("line", t.label() + ": " + t.count() + " of " + t.of() + " interviews (" + Fmt.pct(t.share()) + "), was " + was
        + " in " + prior + (b == null ? "" : " (" + Fmt.pct(b.share()) + ")") + "; " + t.direction());
  }

  /** The template view of one theme, shared with the monthly synthesis. */
  static Map<String, Object> themeView(Theme t, Corpus corpus) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.label());
    m.put("code", t.code());
    m.put("xOfN", t.xOfN());
    m.put("direction", t.direction());
    m.put("sides", t.sides());
    m.put("citations", String.join("; ", t.citations()));
    m.put("persona", t.persona());
    m.put("quotes", quoteLines(t.quotes()));
    m.put("noQuotes", t.quotes().isEmpty());
    m.put("brief", t.briefTarget());
    m.put("action", t.recommendation().line(corpus.brief().owners()));
    m.put("contradiction", t.contradiction());
    m.put("hasContradiction", !t.contradiction().isEmpty());
    return m;
  }

  private void section6(Map<String, Object> v) {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = 1;
    for (Recommendation r : actions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n++);
      m.put("theme", corpus.codebook().label(r.theme()));
      m.put("line", r.line(corpus.brief().owners()));
      m.put("deadline", r.suggested() ? "proposed 30-day, from naming the owner" : Fmt.deadline(readoutDate, r.due(), r.status()));
      out.add(m);
    }
    v.put("actions", out);
    List<String> repeats = winloss.core.fixes.Fixes.repeatLines(corpus, readoutDate, null);
    v.put("repeatLosses", repeats);
    v.put("hasRepeatLosses", !repeats.isEmpty());
    v.put("fewActions", actions.size() < 5
        ? "Only " + Fmt.plural(actions.size(), "action", "actions") + ": the evidence this quarter supports no more; do not pad the list."
        : "");
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

  /**
   * The loss-reason code a CRM picklist value stands for: CRMs hold "Price" where the codebook
   * says {@code price}, so a value matches a code or its label in any case; anything else is
   * returned as it is (and so never agrees with the buyer's code).
   */
  /** The loss-reason code of a CRM value through the codebook's one mapping, or the value itself when it maps to nothing. */
  static String crmReasonCode(Corpus corpus, String crm) {
    return corpus.codebook().crmLossReason(crm).orElse(crm.trim());
  }

}
