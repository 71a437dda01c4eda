package winloss.core.health;

import winloss.core.evidence.NaturalOrder;
import winloss.core.evidence.Slices;
import winloss.core.evidence.Tally;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import winloss.core.fixes.Fixes;
import winloss.core.model.Action;
import winloss.core.model.BriefSection;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Program;
import winloss.core.ops.DueList;
import winloss.core.model.Quarter;
import winloss.core.output.Phrases;
import winloss.core.output.Templates;
import winloss.core.stats.Wilson;

/**
 * {@code winloss alerts}: the escalation rules, evaluated as of one date. The quarter is the
 * fiscal quarter holding {@code asOf}, counted up to {@code asOf}; event rules (flags, new
 * competitors) look at the {@value #LOOKBACK_DAYS} days up to {@code asOf}, so a daily run keeps
 * showing an event for a month.
 */
public final class Alerts {
  public static final int LOOKBACK_DAYS = 30;
  public static final double COMPLIANCE_FLOOR = 0.80;
  public static final double COMPLETION_FLOOR = 0.55;
  public static final int THEME_WITHOUT_OWNER = 5;
  public static final double COMPETITOR_SHARE = 0.30;
  public static final int COMPETITOR_MIN_LOSSES = 5;
  public static final double WIN_RATE_FLOOR = 0.90;
  public static final double SEGMENT_FLOOR = 0.80;

  /** Every rule, in the order they are evaluated and printed. */
  public static final List<String> RULES = List.of("compliance", "completion", "readout-missed", "contract-blocking",
      "right-to-win", "theme-without-owner", "unknown-competitor", "competitor-share", "win-rate", "segment-win-rate",
      "repeat-loss", "template-failing", "nudge", "escalate");

  private Alerts() {}

  /** One alert: which rule, what happened, who gets it and by when. */
  public record Alert(String rule, String message, List<String> to, String within, LocalDate by, List<String> evidence) {
    public Alert {
      to = List.copyOf(to);
      evidence = List.copyOf(evidence);
    }
  }

  public record Report(LocalDate asOf, Quarter quarter, List<Alert> alerts) {}

  public static Report evaluate(Corpus c, LocalDate asOf) {
    Quarter q = c.fiscal().quarterOf(asOf);
    List<Alert> out = new ArrayList<>();
    compliance(c, q, asOf, out);
    completion(c, q, asOf, out);
    readout(c, q, asOf, out);
    contractBlocking(c, asOf, out);
    rightToWin(c, q, asOf, out);
    themeWithoutOwner(c, q, asOf, out);
    unknownCompetitor(c, asOf, out);
    competitorShare(c, q, asOf, out);
    winRate(c, q, asOf, out);
    segmentWinRate(c, q, asOf, out);
    repeatLoss(c, asOf, out);
    templateFailing(c, asOf, out);
    perDeal(c, asOf, out);
    return new Report(asOf, q, out);
  }

  /**
   * An alert's message: the rule's phrase of {@link Phrases#ALERTS} (templates/phrases/alerts.txt.mustache)
   * with {@code values}, given as name, value pairs.
   */
  private static String say(Corpus c, String phrase, Object... values) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i += 2) {
      v.put((String) values[i], values[i + 1]);
    }
    return Phrases.of(c.root(), Phrases.ALERTS).say(phrase, v);
  }

  private static List<String> to(Corpus c, String... roles) {
    List<String> out = new ArrayList<>();
    for (String r : roles) {
      String name = c.brief().owners().get(r);
      out.add(name == null ? r : r + " (" + name + ")");
    }
    return out;
  }

  static void compliance(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    ProgramMetrics.Ratio r = ProgramMetrics.compliance(c, q, asOf);
    if (r.of() > 0 && r.rate() < COMPLIANCE_FLOOR) {
      out.add(new Alert("compliance", say(c, "compliance", "quarter", q.toString(), "ratio", r.describe(),
          "floor", Wilson.pct(COMPLIANCE_FLOOR), "misses", String.join(", ", r.misses())), to(c, "VP Marketing", "CRO"), "within the quarter", c.fiscal().end(q), r.misses()));
    }
  }

  static void completion(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    ProgramMetrics.Ratio now = ProgramMetrics.funnel(c, q).get("all").completion();
    ProgramMetrics.Ratio before = ProgramMetrics.funnel(c, q.previous()).get("all").completion();
    if (now.of() > 0 && before.of() > 0 && now.rate() < COMPLETION_FLOOR && before.rate() < COMPLETION_FLOOR) {
      List<String> ev = new ArrayList<>(before.misses());
      ev.addAll(now.misses());
      out.add(new Alert("completion", say(c, "completion", "floor", Wilson.pct(COMPLETION_FLOOR),
          "previous", q.previous().toString(), "before", before.describe(), "quarter", q.toString(), "now", now.describe()), to(c, "VP Marketing", "PMM"), "within the quarter", c.fiscal().end(q), ev));
    }
  }

  static void readout(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    Quarter last = q.previous();
    LocalDate due = c.fiscal().end(last).plusDays(c.brief().program().synthesisDueDays());
    if (!asOf.isAfter(due) || !c.brief().program().startedBy(c.fiscal().end(last))) {
      return;
    }
    ReadoutHistory.Readout r = ReadoutHistory.find(c.root(), last);
    boolean missing;
    if (r.repository()) {
      missing = r.committed() == null;
    } else {
      missing = !c.root().resolve(r.file()).toFile().isFile();
    }
    if (missing) {
      out.add(new Alert("readout-missed", say(c, "readoutMissed", "quarter", last.toString(),
          "file", r.file().toString().replace('\\', '/'), "due", due.toString()), to(c, "VP Marketing", "CEO"), "immediately", asOf, List.of()));
    }
  }

  static void contractBlocking(Corpus c, LocalDate asOf, List<Alert> out) {
    for (Interview i : sortedInterviews(c)) {
      if (!i.isCompleted() || i.codes().flags().isEmpty() || !recent(i.interviewed(), asOf)
          || !c.brief().program().startedBy(c.deal(i.opp()).map(d -> d.closeDate()).orElse(null))) {
        continue;
      }
      out.add(new Alert("contract-blocking", say(c, "contractBlocking", "opp", i.opp(),
          "flags", String.join(", ", i.codes().flags())), to(c, "VP Marketing", "CRO", "General Counsel"), "within 24 hours", i.interviewed().plusDays(1),
          List.of(i.opp())));
    }
  }

  /** The quarter's interviews as known on {@code asOf}: one held later has not happened yet. */
  static List<Interview> knownBy(Corpus c, Quarter q, LocalDate asOf) {
    return Themes.inQuarter(c, q).stream()
        .filter(i -> i.interviewed() == null || !i.interviewed().isAfter(asOf))
        .toList();
  }

  /**
   * A right-to-win code cited against us (by stance, corpus-format v1.1) in at least
   * {@code min_theme_interviews} completed interviews of the quarter known by {@code asOf}.
   */
  static void rightToWin(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    Themes themes = Themes.of(c, knownBy(c, q, asOf), Map.of());
    int n = themes.citations().interviews();
    for (ThemeEvidence t : themes.contradictions()) {
      LocalDate latest = t.againstIds().stream().map(c::interview).flatMap(java.util.Optional::stream).map(Interview::interviewed)
          .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
      out.add(new Alert("right-to-win", say(c, "rightToWin", "code", t.code(), "against", t.againstIds().size(),
          "interviews", n, "quarter", q.toString(), "forUs", t.forIds().size()),
          to(c, "VP Marketing", "CEO"), "within 48 hours", latest == null ? null : latest.plusDays(2), t.againstIds()));
    }
  }

  static void themeWithoutOwner(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    Themes themes = Themes.of(c, knownBy(c, q, asOf), Map.of());
    int threshold = Math.max(THEME_WITHOUT_OWNER, themes.rule().min());
    for (ThemeEvidence t : themes.patterns()) {
      if (t.count() < threshold) {
        continue;
      }
      boolean owned = ProgramMetrics.actionsFor(c, t.code(), q).stream()
          .anyMatch(a -> a.status() != Action.Status.DROPPED && !ProgramMetrics.owner(c, a).isBlank());
      if (owned) {
        continue;
      }
      List<LocalDate> dates = t.interviews().stream().map(c::interview).flatMap(java.util.Optional::stream).map(Interview::interviewed)
          .filter(d -> d != null).sorted().toList();
      LocalDate crossed = dates.size() >= threshold ? dates.get(threshold - 1) : null;
      out.add(new Alert("theme-without-owner", say(c, "themeWithoutOwner", "code", t.code(), "stance", t.stance().word(),
          "count", t.count(), "quarter", q.toString()), to(c, "VP Marketing", "cross-functional leadership"), "within 14 days",
          crossed == null ? null : crossed.plusDays(14), t.interviews()));
    }
  }

  static void unknownCompetitor(Corpus c, LocalDate asOf, List<Alert> out) {
    Map<String, TreeSet<String>> unknown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<String, LocalDate> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Deal d : c.deals()) {
      if (d.outcome() == Outcome.LOST && d.hasCompetitor() && recent(d.closeDate(), asOf) && !known(c, d.competitor())) {
        unknown.computeIfAbsent(d.competitor().trim(), k -> new TreeSet<>()).add(d.oppId());
        first.merge(d.competitor().trim(), d.closeDate(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    for (Interview i : c.interviews()) {
      String w = i.codes().winner().trim();
      if (i.isCompleted() && !w.isEmpty() && !w.equalsIgnoreCase("none") && recent(i.interviewed(), asOf) && !known(c, w)) {
        unknown.computeIfAbsent(w, k -> new TreeSet<>()).add(i.opp());
        first.merge(w, i.interviewed(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    unknown.forEach((name, ids) -> out.add(new Alert("unknown-competitor", say(c, "unknownCompetitor", "competitor", name), to(c, "PMM", "market intelligence"), "within 24 hours", first.get(name).plusDays(1),
        new ArrayList<>(ids))));
  }

  /** A competitor the brief knows: in {@code top_competitors} or named in section 5 (competitive intel). */
  static boolean known(Corpus c, String name) {
    if (c.brief().program().isTopCompetitor(name)) {
      return true;
    }
    String text = c.brief().section(5).map(BriefSection::text).orElse("");
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.trim()) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text).find();
  }

  static void competitorShare(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    List<Deal> losses = ProgramMetrics.dealsOf(c, q, asOf).stream().filter(d -> d.outcome() == Outcome.LOST).toList();
    if (losses.size() < COMPETITOR_MIN_LOSSES) {
      return;
    }
    Slices by = Slices.byCompetitor(losses);
    for (Tally t : by.tallies().stream().sorted(Comparator.comparing(Tally::key, String.CASE_INSENSITIVE_ORDER)).toList()) {
      if ((double) t.lost() / losses.size() >= COMPETITOR_SHARE) {
        List<String> ids = losses.stream().filter(d -> d.hasCompetitor() && Slices.normalize(d.competitor()).equals(Slices.normalize(t.key())))
            .map(Deal::oppId).sorted(NaturalOrder.INSTANCE).toList();
        out.add(new Alert("competitor-share", say(c, "competitorShare", "competitor", t.key(), "lost", t.lost(),
            "losses", losses.size(), "quarter", q.toString(), "share", Wilson.pct((double) t.lost() / losses.size()),
            "floor", Wilson.pct(COMPETITOR_SHARE)), to(c, "VP Marketing", "PMM"), "within 7 days",
            asOf.plusDays(7), ids));
      }
    }
  }

  /**
   * {@code repeat-loss}: a shipped fix with repeat losses (spec v1.1) closed in the
   * {@value #LOOKBACK_DAYS} days up to {@code asOf}; to the fix's owner, within 7 days of the latest.
   */
  static void repeatLoss(Corpus c, LocalDate asOf, List<Alert> out) {
    for (Action a : c.actions().stream().filter(Fixes::isFix).sorted(Comparator.comparing(Action::id)).toList()) {
      List<Deal> all = Fixes.repeatLosses(c, a).stream().filter(d -> !d.closeDate().isAfter(asOf)).toList();
      if (all.stream().noneMatch(d -> recent(d.closeDate(), asOf)) || c.brief().program().beforeStart(all.get(all.size() - 1).closeDate())) {
        continue;
      }
      String owner = ProgramMetrics.owner(c, a);
      List<String> to = new ArrayList<>();
      to.add(owner.isBlank() ? a.function() : a.function() + " (" + owner + ")");
      to.addAll(to(c, "PMM"));
      LocalDate latest = all.get(all.size() - 1).closeDate();
      out.add(new Alert("repeat-loss", say(c, "repeatLoss", "id", a.id(), "theme", a.theme(),
          "hasCompetitor", !a.competitor().isBlank(), "competitor", a.competitor(),
          "repeats", new Fixes.Fix(a, a.opps(), all).repeatLine(Phrases.of(c.root(), Phrases.FIXES))), to.stream().distinct().toList(),
          "within 7 days", latest.plusDays(7), all.stream().map(Deal::oppId).toList()));
    }
  }

  /**
   * {@code template-failing}: a play (deals.csv's plays column) whose win rate is under the brief's
   * {@code plays.min_win_rate} (10%) on more than {@code plays.retire_min_deals} (50) decided deals
   * closed by {@code asOf}; to the PMM and Sales Enablement, within 7 days.
   */
  static void templateFailing(Corpus c, LocalDate asOf, List<Alert> out) {
    List<Deal> deals = c.deals().stream().filter(d -> !d.closeDate().isAfter(asOf) && c.brief().program().startedBy(d.closeDate())).toList();
    Plays.Report plays = Plays.compute(deals, asOf, Plays.DEFAULT_MIN_SAMPLE, false);
    for (Plays.Row r : PlayReview.failing(plays, c.brief().plays())) {
      out.add(new Alert("template-failing", say(c, "templateFailing", "play", r.play(), "won", r.rate().successes(),
          "decided", r.rate().n(), "rate", Wilson.pct(r.rate().rate()), "floor", Wilson.pct(c.brief().plays().minWinRate()),
          "minDeals", c.brief().plays().retireMinDeals()), to(c, "PMM", "Sales Enablement"),
          "within 7 days", asOf.plusDays(7), List.of()));
    }
  }

  /**
   * {@code nudge} and {@code escalate}, per deal, from the due list ({@link DueList}, which leaves
   * out deals closed before {@code program.start_date}): a required interview still unbooked
   * {@code nudge_after_days} after close goes to the PMM and the deal's AE, one unbooked
   * {@code escalate_after_days} after close to the VP Marketing. Each fires daily until the
   * interview is booked, for at most {@value #LOOKBACK_DAYS} days after close.
   */
  static void perDeal(Corpus c, LocalDate asOf, List<Alert> out) {
    DueList.Report due = DueList.compute(c, asOf);
    Program p = c.brief().program();
    Map<String, Deal> deals = c.dealsById();
    for (String rule : List.of("nudge", "escalate")) {
      for (DueList.Row row : due.rows()) {
        boolean fires = rule.equals("nudge") ? row.nudge() : row.escalate();
        if (!fires || row.daysSinceClose() > LOOKBACK_DAYS) {
          continue;
        }
        Deal d = deals.get(row.opp());
        boolean none = row.state() == DueList.State.NONE;
        if (rule.equals("nudge")) {
          List<String> to = new ArrayList<>(to(c, "PMM"));
          if (!d.ae().isBlank()) {
            to.add("AE (" + d.ae().trim() + ")");
          }
          out.add(new Alert("nudge", say(c, "nudge", "opp", row.opp(), "outcome", row.outcome().code(),
              "closed", row.closeDate().toString(), "requested", !none, "days", row.daysSinceClose(), "after", p.nudgeAfterDays()), to,
              "today", asOf, List.of(row.opp())));
        } else {
          out.add(new Alert("escalate", say(c, "escalate", "opp", row.opp(), "outcome", row.outcome().code(),
              "closed", row.closeDate().toString(), "requested", !none, "days", row.daysSinceClose(), "after", p.escalateAfterDays(),
              "windowEnds", String.valueOf(row.windowEnds())),
              to(c, "VP Marketing"), "today", asOf, List.of(row.opp())));
        }
      }
    }
  }

  /**
   * The quarter's win rate under 90% of the four quarters before (their decided deals pooled), and
   * the change is not within noise: the two 95% Wilson intervals do not overlap ({@link
   * Tally#withinNoise}, spec v1.1 "The small-sample rule"). Never on a small sample: the quarter
   * needs {@value Tally#MIN_DECIDED} decided deals.
   */
  static void winRate(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    Tally now = Tally.of(q.toString(), ProgramMetrics.dealsOf(c, q, asOf));
    if (now.decided() == 0 || now.small()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    List<Deal> before = new ArrayList<>();
    Quarter p = q;
    for (int k = 0; k < 4; k++) {
      p = p.previous();
      List<Deal> ds = ProgramMetrics.dealsOf(c, p, null);
      Tally r = Tally.of(p.toString(), ds);
      if (r.decided() > 0) {
        before.addAll(ds);
        parts.add(p + " " + r.describe());
      }
    }
    Tally base = Tally.of("the four quarters before", before);
    if (base.decided() == 0 || now.rate() >= WIN_RATE_FLOOR * base.rate() || now.withinNoise(base)) {
      return;
    }
    out.add(new Alert("win-rate", say(c, "winRate", "quarter", q.toString(), "now", now.wilson().describe(),
        "floor", Wilson.pct(WIN_RATE_FLOOR), "base", base.wilson().describe(), "quarters", String.join(", ", parts)),
        to(c, "VP Marketing", "CRO"), "within 7 days", asOf.plusDays(7), List.of()));
  }

  /**
   * A segment's win rate under 80% of its own over the four quarters before. Segments are compared
   * case- and space-insensitively ({@link Slices}); never on a small sample: the segment needs
   * {@value Tally#MIN_DECIDED} decided deals in the quarter and in the baseline, and never within
   * noise: the two 95% Wilson intervals must not overlap ({@link Tally#withinNoise}).
   */
  static void segmentWinRate(Corpus c, Quarter q, LocalDate asOf, List<Alert> out) {
    List<Deal> nowDeals = ProgramMetrics.dealsOf(c, q, asOf);
    Slices now = Slices.of(nowDeals, Deal::segment);
    List<Deal> before = new ArrayList<>();
    Quarter p = q;
    for (int k = 0; k < 4; k++) {
      p = p.previous();
      before.addAll(ProgramMetrics.dealsOf(c, p, null));
    }
    Slices base = Slices.of(before, Deal::segment);
    for (Tally r : now.tallies().stream().sorted(Comparator.comparing(t -> Slices.normalize(t.key()))).toList()) {
      Tally b = base.get(r.key());
      if (!r.small() && !b.small() && r.rate() < SEGMENT_FLOOR * b.rate() && !r.withinNoise(b)) {
        out.add(new Alert("segment-win-rate", say(c, "segmentWinRate", "segment", r.key(), "now", r.wilson().describe(),
            "quarter", q.toString(), "floor", Wilson.pct(SEGMENT_FLOOR), "base", b.wilson().describe()), to(c, "VP Marketing", "Sales"), "within 7 days", asOf.plusDays(7),
            nowDeals.stream().filter(d -> Slices.normalize(d.segment()).equals(Slices.normalize(r.key()))).map(Deal::oppId)
                .sorted(NaturalOrder.INSTANCE).toList()));
      }
    }
  }

  private static boolean recent(LocalDate d, LocalDate asOf) {
    return d != null && !d.isAfter(asOf) && !d.isBefore(asOf.minusDays(LOOKBACK_DAYS));
  }

  private static List<Interview> sortedInterviews(Corpus c) {
    return c.interviews().stream().sorted(Comparator.comparing(Interview::opp)).toList();
  }

  private static List<String> ids(List<Interview> list) {
    return list.stream().map(Interview::opp).toList();
  }

  /** The text template of {@link #markdown}. */
  public static final String TEMPLATE = "alerts.txt.mustache";

  /** The alerts as text ({@value #TEMPLATE}): one block per alert, or a line saying none fired. */
  public static String markdown(Path root, Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", r.asOf().toString());
    m.put("quarter", r.quarter().toString());
    m.put("any", !r.alerts().isEmpty());
    m.put("count", r.alerts().size());
    m.put("one", r.alerts().size() == 1);
    m.put("rules", RULES.size());
    m.put("alerts", r.alerts().stream().map(Alerts::view).toList());
    return Templates.forCorpus(root).render(TEMPLATE, m);
  }

  /** One alert's values for a template: rule, message, to, hasBy, by, within, hasEvidence, evidence. */
  public static Map<String, Object> view(Alert a) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("rule", a.rule());
    x.put("message", a.message());
    x.put("to", String.join(", ", a.to()));
    x.put("hasBy", a.by() != null);
    x.put("by", a.by() == null ? "" : a.by().toString());
    x.put("within", a.within());
    x.put("hasEvidence", !a.evidence().isEmpty());
    x.put("evidence", String.join(", ", a.evidence()));
    return x;
  }

  public static Map<String, Object> json(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("as_of", r.asOf().toString());
    m.put("quarter", r.quarter().toString());
    m.put("rules", RULES);
    List<Object> list = new ArrayList<>();
    for (Alert a : r.alerts()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rule", a.rule());
      x.put("message", a.message());
      x.put("to", a.to());
      x.put("within", a.within());
      x.put("by", a.by() == null ? null : a.by().toString());
      x.put("evidence", a.evidence());
      list.add(x);
    }
    m.put("alerts", list);
    return m;
  }
}
