package winloss.core.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.model.PlaySettings;
import winloss.core.output.Phrases;
import winloss.core.stats.BetaBest;
import winloss.core.stats.Wilson;

/**
 * The play review (the feedback loop of {@code winloss plays}): a verdict per play from the
 * brief's {@code plays:} criteria ({@link PlaySettings}), and a recommendation per segment.
 *
 * <ul>
 *   <li><b>promote</b>: at least {@code promote_min_deals} decided deals; its win rate beats the
 *       baseline (the decided deals of every other play, not this one, up to the as-of date) in a
 *       one-sided two-proportion z-test at {@code confidence}; it beats the best other play (the
 *       highest win rate among the others with at least the minimum sample) by
 *       {@code promote_margin}, relative (0.10: 10% above it); and its trend is not declining.
 *   <li><b>retire</b>: at least {@code retire_min_deals} decided deals, a win rate under
 *       {@code min_win_rate}, a declining trend, and a better alternative in the same segment (a
 *       play with the minimum sample and a higher posterior mean).
 *   <li><b>keep</b>: enough deals for a verdict, neither of the above.
 *   <li><b>not enough data</b>: fewer than {@code retire_min_deals} decided deals; never a verdict.
 * </ul>
 *
 * The trend is the {@link Plays} decline test (the last 30 days against days 60 to 90 before),
 * read only when both windows hold at least {@link Plays#MIN_WINDOW} decided deals. The
 * recommendation is the play with the highest posterior mean win rate, Beta(1 + won, 1 + lost),
 * with its probability of being the best ({@link BetaBest}).
 */
public final class PlayReview {
  public static final String TEMPLATE = "plays.md.mustache";

  private PlayReview() {}

  public enum Verdict {
    PROMOTE("promote"),
    RETIRE("retire"),
    KEEP("keep"),
    NOT_ENOUGH_DATA("not enough data");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One play's verdict and the numbers behind it.
   *
   * @param baseline the other plays' decided deals (won of n)
   * @param z the two-proportion z statistic against the baseline (NaN when it cannot be computed)
   * @param pValue one-sided p-value of "better than the baseline"
   * @param bestOther the best other play in the segment, or empty
   * @param reason every number the verdict rests on, in one line
   */
  public record Review(Plays.Row row, Verdict verdict, Wilson baseline, double z, double pValue, String bestOther,
      double bestOtherRate, double posteriorMean, String reason) {}

  /** The segment's recommended play and its probability of being the best ("all segments" for every deal). */
  public record Recommendation(String segment, String play, double posteriorMean, double probabilityBest, long won, long lost, int plays) {}

  public record Report(Plays.Report plays, PlaySettings settings, List<Review> reviews, List<Recommendation> recommendations) {}

  /**
   * Reviews every row of {@code plays}, and recommends a play for all deals and for each segment
   * (from {@code segmented}, the same deals broken down by segment).
   */
  public static Report review(List<Deal> deals, Plays.Report plays, Plays.Report segmented, PlaySettings s) {
    return review(deals, plays, segmented, s, null);
  }

  /**
   * As {@link #review(List, Plays.Report, Plays.Report, PlaySettings)}, the verdicts' reasons
   * worded by the corpus at {@code root}'s {@code templates/phrases/plays.txt.mustache} (null: the
   * built-in one).
   */
  public static Report review(List<Deal> deals, Plays.Report plays, Plays.Report segmented, PlaySettings s, java.nio.file.Path root) {
    Phrases say = Phrases.of(root, Phrases.PLAYS);
    List<Review> reviews = new ArrayList<>();
    List<Recommendation> recs = new ArrayList<>();
    group(plays).forEach((segment, rows) -> {
      for (Plays.Row r : rows) {
        reviews.add(verdict(deals, plays, segment, r, rows, s, say));
      }
    });
    Map<String, List<Plays.Row>> groups = new LinkedHashMap<>();
    groups.put("all segments", plays.bySegment() ? List.of() : plays.rows());
    groups.putAll(group(segmented));
    groups.forEach((segment, rows) -> {
      if (rows.isEmpty()) {
        return;
      }
      List<BetaBest.Counts> counts = rows.stream().map(r -> new BetaBest.Counts(r.rate().successes(), r.rate().n() - r.rate().successes())).toList();
      double[] best = BetaBest.probabilityBest(counts);
      int top = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (top < 0 || counts.get(i).posteriorMean() > counts.get(top).posteriorMean()) {
          top = i;
        }
      }
      if (top >= 0) {
        recs.add(new Recommendation(segment, rows.get(top).play(), counts.get(top).posteriorMean(), best[top], counts.get(top).won(),
            counts.get(top).lost(), rows.size()));
      }
    });
    return new Report(plays, s, reviews, recs);
  }

  private static Map<String, List<Plays.Row>> group(Plays.Report plays) {
    Map<String, List<Plays.Row>> bySegment = new LinkedHashMap<>();
    for (Plays.Row r : plays.rows()) {
      bySegment.computeIfAbsent(r.segment(), k -> new ArrayList<>()).add(r);
    }
    return bySegment;
  }

  static Review verdict(List<Deal> deals, Plays.Report plays, String segment, Plays.Row r, List<Plays.Row> segmentRows, PlaySettings s,
      Phrases say) {
    Wilson w = r.rate();
    Wilson base = baseline(deals, plays, segment, r.play());
    double z = zScore(w.successes(), w.n(), base.successes(), base.n());
    double p = Double.isNaN(z) ? Double.NaN : 1 - normalCdf(z);
    Plays.Row best = segmentRows.stream()
        .filter(o -> !o.play().equals(r.play()) && o.rate().n() >= plays.minSample())
        .max(Comparator.comparingDouble((Plays.Row o) -> o.rate().rate()).thenComparing(Plays.Row::play, Comparator.reverseOrder()))
        .orElse(null);
    double postMean = (1.0 + w.successes()) / (2.0 + w.n());
    boolean betterAlternative = segmentRows.stream()
        .anyMatch(o -> !o.play().equals(r.play()) && o.rate().n() >= plays.minSample()
            && (1.0 + o.rate().successes()) / (2.0 + o.rate().n()) > postMean);
    String numbers = say.say("numbers", values("won", w.successes(), "decided", w.n(), "rate", Wilson.pct(w.rate()), "ci", pctRange(w)));
    String vsBase = say.say("vsBase", values("won", base.successes(), "decided", base.n(), "hasRate", base.n() != 0,
        "rate", base.n() == 0 ? "" : Wilson.pct(base.rate()), "hasZ", !Double.isNaN(z),
        "z", Double.isNaN(z) ? "" : String.format(java.util.Locale.ROOT, "%.2f", z),
        "p", Double.isNaN(z) ? "" : String.format(java.util.Locale.ROOT, "%.3f", p)));
    String vsBest = say.say("vsBest", values("hasBest", best != null, "play", best == null ? "" : best.play(),
        "rate", best == null ? "" : Wilson.pct(best.rate().rate()), "minSample", plays.minSample()));
    String trend = say.say("trend", values("declining", r.declining(), "readable", trendReadable(r), "recent", r.recent().describe(),
        "before", r.before().describe(), "minWindow", Plays.MIN_WINDOW));
    Verdict v;
    String why;
    if (w.n() < s.retireMinDeals()) {
      v = Verdict.NOT_ENOUGH_DATA;
      why = say.say("notEnoughData", values("numbers", numbers, "decided", w.n(), "needed", s.retireMinDeals()));
    } else {
      boolean retire = w.rate() < s.minWinRate() && r.declining() && betterAlternative;
      boolean promote = w.n() >= s.promoteMinDeals() && !Double.isNaN(p) && p < 1 - s.confidence()
          && (best == null || w.rate() >= best.rate().rate() * (1 + s.promoteMargin())) && !r.declining();
      v = retire ? Verdict.RETIRE : promote ? Verdict.PROMOTE : Verdict.KEEP;
      if (retire) {
        why = say.say("retire", values("numbers", numbers, "floor", Wilson.pct(s.minWinRate()), "trend", trend, "vsBest", vsBest));
      } else if (promote) {
        why = say.say("promote", values("numbers", numbers, "vsBase", vsBase, "vsBest", vsBest, "margin", Wilson.pct(s.promoteMargin()),
            "trend", trend));
      } else {
        List<String> missing = new ArrayList<>();
        if (w.n() < s.promoteMinDeals()) {
          missing.add(say.say("toPromote", values("decided", w.n(), "needed", s.promoteMinDeals())));
        } else {
          if (Double.isNaN(p) || p >= 1 - s.confidence()) {
            missing.add(say.say("notAboveBaseline", values("confidence", Wilson.pct(s.confidence()))));
          }
          if (best != null && w.rate() < best.rate().rate() * (1 + s.promoteMargin())) {
            missing.add(say.say("notAboveBest", values("margin", Wilson.pct(s.promoteMargin()), "play", best.play())));
          }
          if (r.declining()) {
            missing.add(say.say("stillDeclining", values()));
          }
        }
        why = say.say("keep", values("numbers", numbers, "vsBase", vsBase, "vsBest", vsBest, "trend", trend,
            "missing", String.join(", ", missing)));
      }
    }
    return new Review(r, v, base, z, p, best == null ? "" : best.play(), best == null ? Double.NaN : best.rate().rate(), postMean, why);
  }

  /** Name, value pairs as a phrase's values. */
  private static Map<String, Object> values(Object... pairs) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      v.put((String) pairs[i], pairs[i + 1]);
    }
    return v;
  }

  private static boolean trendReadable(Plays.Row r) {
    return !r.recent().small() && !r.before().small();
  }

  /** The decided deals (up to the as-of date, in the segment) that carry some play but not {@code play}. */
  static Wilson baseline(List<Deal> deals, Plays.Report plays, String segment, String play) {
    List<Deal> others = new ArrayList<>();
    for (Deal d : deals) {
      if (d.plays().isEmpty() || d.plays().contains(play) || (plays.asOf() != null && d.closeDate().isAfter(plays.asOf()))) {
        continue;
      }
      if (plays.bySegment() && !winloss.core.evidence.Slices.normalize(winloss.core.evidence.Slices.segment(d))
          .equals(winloss.core.evidence.Slices.normalize(segment))) {
        continue;
      }
      others.add(d);
    }
    return winloss.core.evidence.Tally.of(play, others).wilson();
  }

  /** The pooled two-proportion z statistic of p1 - p2; NaN when either side is empty or the pooled rate is 0 or 1. */
  static double zScore(long w1, long n1, long w2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return Double.NaN;
    }
    double pooled = (double) (w1 + w2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return se == 0 ? Double.NaN : ((double) w1 / n1 - (double) w2 / n2) / se;
  }

  /** The standard normal distribution function (Abramowitz and Stegun 7.1.26 for erf; error under 1.5e-7). */
  static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * x);
    double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
  }

  static String pctRange(Wilson w) {
    return w.n() == 0 ? "-" : Math.round(w.low() * 100) + "-" + Math.round(w.high() * 100) + "%";
  }

  /** Plays that fail as templates: win rate under {@code min_win_rate} on more than {@code retire_min_deals} decided deals. */
  public static List<Plays.Row> failing(Plays.Report plays, PlaySettings s) {
    return plays.rows().stream().filter(r -> r.rate().n() > s.retireMinDeals() && r.rate().rate() < s.minWinRate()).toList();
  }

  /** The review as markdown (template {@value #TEMPLATE}): the table, the verdicts with their numbers, the recommendations. */
  public static String markdown(java.nio.file.Path root, Report rep) {
    Plays.Report r = rep.plays();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", r.asOf() == null ? "-" : r.asOf().toString());
    m.put("minSample", r.minSample());
    m.put("empty", r.rows().isEmpty());
    m.put("header", (r.bySegment() ? "| segment | play |" : "| play |") + " win rate | 95% CI | won | n | no-decision | verdict | note |");
    m.put("rule", (r.bySegment() ? "|---|---|" : "|---|") + "---|---|---|---|---|---|---|");
    List<String> rows = new ArrayList<>();
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (Review v : rep.reviews()) {
      Plays.Row row = v.row();
      Wilson w = row.rate();
      rows.add("| " + (r.bySegment() ? row.segment() + " | " : "") + row.play() + " | " + (w.n() == 0 ? "-" : Wilson.pct(w.rate())) + " | "
          + pctRange(w) + " | " + w.successes() + " | " + w.n() + " | " + row.noDecision() + " | " + v.verdict().label() + " | "
          + Plays.note(r, row) + " |");
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("play", row.play());
      x.put("segment", r.bySegment() ? " (" + row.segment() + ")" : "");
      x.put("verdict", v.verdict().label());
      x.put("reason", v.reason());
      verdicts.add(x);
    }
    m.put("rows", rows);
    m.put("verdicts", verdicts);
    PlaySettings s = rep.settings();
    m.put("promoteMin", s.promoteMinDeals());
    m.put("retireMin", s.retireMinDeals());
    m.put("confidence", Wilson.pct(s.confidence()));
    m.put("margin", Wilson.pct(s.promoteMargin()));
    m.put("minRate", Wilson.pct(s.minWinRate()));
    List<Map<String, Object>> recs = new ArrayList<>();
    for (Recommendation x : rep.recommendations()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("segment", x.segment() + ": ");
      y.put("play", x.play());
      y.put("mean", Wilson.pct(x.posteriorMean()));
      y.put("won", x.won());
      y.put("lost", x.lost());
      y.put("best", Wilson.pct(x.probabilityBest()));
      y.put("plays", x.plays() == 1 ? "1 play" : x.plays() + " plays");
      recs.add(y);
    }
    m.put("recommendations", recs);
    return winloss.core.output.Templates.forCorpus(root).render(TEMPLATE, m);
  }

  /** The JSON of {@code plays}: the rows of {@link Plays#json} with each verdict, plus the recommendations. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> json(Report rep) {
    Map<String, Object> m = Plays.json(rep.plays());
    List<Object> rows = (List<Object>) m.get("plays");
    for (int i = 0; i < rows.size(); i++) {
      Review v = rep.reviews().get(i);
      Map<String, Object> x = (Map<String, Object>) rows.get(i);
      Map<String, Object> verdict = new LinkedHashMap<>();
      verdict.put("verdict", v.verdict().label());
      verdict.put("baseline_won", v.baseline().successes());
      verdict.put("baseline_n", v.baseline().n());
      verdict.put("z", Double.isNaN(v.z()) ? null : v.z());
      verdict.put("p_value", Double.isNaN(v.pValue()) ? null : v.pValue());
      verdict.put("best_other", v.bestOther().isEmpty() ? null : v.bestOther());
      verdict.put("best_other_rate", Double.isNaN(v.bestOtherRate()) ? null : v.bestOtherRate());
      verdict.put("posterior_mean", v.posteriorMean());
      verdict.put("reason", v.reason());
      x.put("review", verdict);
    }
    List<Object> recs = new ArrayList<>();
    for (Recommendation x : rep.recommendations()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("segment", x.segment());
      y.put("play", x.play());
      y.put("posterior_mean", x.posteriorMean());
      y.put("probability_best", x.probabilityBest());
      y.put("won", x.won());
      y.put("lost", x.lost());
      y.put("plays_compared", x.plays());
      recs.add(y);
    }
    m.put("recommendations", recs);
    return m;
  }

  /** The weekly review file, {@code win-loss/plays/<YYYY>-W<ww>.md}, for the week of the as-of date. */
  public static winloss.core.output.PlannedFile plan(java.nio.file.Path root, Report rep, String commandWords) {
    String week = week(rep.plays().asOf());
    return winloss.core.output.PlannedFile.generated(java.nio.file.Path.of("win-loss", "plays", week + ".md"), commandWords,
        markdown(root, rep));
  }

  /** The as-of date's ISO week, e.g. 2026-W40: the name of the weekly review file. */
  public static String week(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
