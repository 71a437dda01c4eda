package winloss.core.model;

/**
 * The play review's criteria, from the brief's {@code plays:} block (every key optional):
 *
 * <pre>
 * plays:
 *   promote_min_deals: 100     # decided deals before a play can be promoted
 *   confidence: 0.95           # one-sided two-proportion test against the baseline
 *   promote_margin: 0.10       # and beat the best other play's win rate by 10% (relative)
 *   retire_min_deals: 50       # decided deals before a play can be retired
 *   min_win_rate: 0.10         # retire under this win rate (with a declining trend and a better play)
 *   trend_days: 30             # the recent window of the trend
 * </pre>
 */
public record PlaySettings(int promoteMinDeals, double confidence, double promoteMargin, int retireMinDeals, double minWinRate,
    int trendDays) {

  public static PlaySettings defaults() {
    return new PlaySettings(100, 0.95, 0.10, 50, 0.10, 30);
  }
}
