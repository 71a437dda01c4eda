package winloss.core.synthesis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import winloss.core.model.Deal;
import winloss.core.stats.Wilson;

/**
 * Deals won, lost and ended without a decision in one slice. The win rate is won / (won +
 * lost); no-decisions are reported beside it, never inside it.
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

  public Wilson wilson() {
    return Wilson.of(won, decided());
  }

  public double rate() {
    return decided() == 0 ? 0 : (double) won / decided();
  }

  public boolean small() {
    return decided() < MIN_DECIDED;
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
