package winloss.core.evidence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import winloss.core.model.Deal;
import winloss.core.stats.Wilson;

/**
 * The one win-rate tally: deals won, lost and ended without a decision in one slice (a period, a
 * segment, a competitor, a play, a window). The win rate is won / (won + lost); no-decisions are
 * reported beside it, never inside it (corpus-format, deals.csv). The interval is the 95% Wilson
 * score interval. Every command's win rate comes from here.
 *
 * @param key what the slice is, as shown (a quarter, a segment in its most common spelling, ...)
 */
public record Tally(String key, int won, int lost, int noDecision) {
  /** A slice with fewer decided deals than this is a small sample, not a finding. */
  public static final int MIN_DECIDED = 5;

  public static Tally of(String key, Collection<Deal> deals) {
    int w = 0;
    int l = 0;
    int n = 0;
    for (Deal d : deals) {
      switch (d.outcome()) {
        case WON -> w++;
        case LOST -> l++;
        case NO_DECISION -> n++;
      }
    }
    return new Tally(key, w, l, n);
  }

  public int decided() {
    return won + lost;
  }

  public int total() {
    return won + lost + noDecision;
  }

  /** The tally of the deals {@code keep} accepts. */
  public static Tally of(String key, Collection<Deal> deals, java.util.function.Predicate<Deal> keep) {
    return of(key, deals.stream().filter(keep).toList());
  }

  /** An empty tally. */
  public static Tally empty(String key) {
    return new Tally(key, 0, 0, 0);
  }

  public Wilson wilson() {
    return Wilson.of(won, decided());
  }

  public double rate() {
    return decided() == 0 ? 0 : (double) won / decided();
  }

  /** Fewer than {@value #MIN_DECIDED} decided deals: a direction to watch, not a finding (spec v1.1). */
  public boolean small() {
    return decided() < MIN_DECIDED;
  }

  /**
   * True when the change from {@code before} to this tally is within noise: either side has no
   * decided deal, or the two 95% Wilson intervals overlap (spec v1.1: a change of win rate is
   * called a change only when the intervals do not overlap).
   */
  public boolean withinNoise(Tally before) {
    if (before == null || decided() == 0 || before.decided() == 0) {
      return true;
    }
    Wilson a = wilson();
    Wilson b = before.wilson();
    return a.low() <= b.high() && b.low() <= a.high();
  }

  /** "3 of 5 (60%)", or "0 of 0": won of decided. */
  public String describe() {
    return won + " of " + decided() + (decided() == 0 ? "" : " (" + Wilson.pct(rate()) + ")");
  }

  /** The spec's slice shape: key, won, lost, no_decision, rate (plus low, high, small). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("won", won);
    m.put("lost", lost);
    m.put("no_decision", noDecision);
    m.put("rate", rate());
    m.put("low", wilson().low());
    m.put("high", wilson().high());
    m.put("small_sample", small());
    return m;
  }

  /** The spec's {@code "deals"} object: won, lost, no_decision. */
  public Map<String, Object> dealsJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("won", won);
    m.put("lost", lost);
    m.put("no_decision", noDecision);
    return m;
  }

  /** The spec's {@code "win_rate"} object: rate, low, high (95% Wilson), and small_sample. */
  public Map<String, Object> winRateJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rate", rate());
    m.put("low", wilson().low());
    m.put("high", wilson().high());
    m.put("small_sample", small());
    return m;
  }
}
