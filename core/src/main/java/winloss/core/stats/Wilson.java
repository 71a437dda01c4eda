package winloss.core.stats;

/**
 * A proportion with its 95% Wilson score interval: the honest way to show "3 of 5", because
 * it stays wide when n is small instead of pretending 60% is a finding.
 */
public record Wilson(long successes, long n, double rate, double low, double high) {
  private static final double Z = 1.959963984540054;

  public Wilson {
    if (successes < 0 || n < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n: " + successes + " of " + n);
    }
  }

  /** The interval for {@code successes} of {@code n}; with n = 0 everything is 0. */
  public static Wilson of(long successes, long n) {
    if (n == 0) {
      return new Wilson(0, 0, 0, 0, 0);
    }
    double p = (double) successes / n;
    double z2 = Z * Z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
    return new Wilson(successes, n, p, Math.max(0, centre - half), Math.min(1, centre + half));
  }

  /** Fewer than {@code min} observations: show it as a small sample, not as a finding. */
  public boolean isSmall(int min) {
    return n < min;
  }

  /** "3 of 5 (60%, 95% CI 23-88%)". */
  public String describe() {
    if (n == 0) {
      return "0 of 0";
    }
    return successes + " of " + n + " (" + pct(rate) + ", 95% CI " + Math.round(low * 100) + "-" + Math.round(high * 100) + "%)";
  }

  public static String pct(double r) {
    return Math.round(r * 100) + "%";
  }
}
