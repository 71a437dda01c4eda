package winloss.core.stats;

import java.util.List;

/**
 * Which of several win rates is the best, read the Bayesian way: each play's win rate has the
 * posterior Beta(1 + won, 1 + lost) (a uniform prior), and the probability that play i is the
 * best is the integral over x of f_i(x) times the product over the others of F_j(x).
 *
 * <p>Computed deterministically, not by simulation: the Beta density and distribution function
 * with whole-number parameters are binomial probabilities (F(x; a, b) is the chance of at least
 * a successes in a + b - 1 trials), evaluated in log space, and the integral by Simpson's rule on
 * {@value #STEPS} intervals of [0, 1]. The probabilities are normalised to sum to 1 (the
 * quadrature error is below 1e-6 for plays up to a few thousand deals).
 */
public final class BetaBest {
  public static final int STEPS = 4000;

  private BetaBest() {}

  /** One play's decided deals. */
  public record Counts(long won, long lost) {
    /** The posterior mean (1 + won) / (2 + won + lost). */
    public double posteriorMean() {
      return (1.0 + won) / (2.0 + won + lost);
    }
  }

  /** The probability that each play's win rate is the highest, in the order given. */
  public static double[] probabilityBest(List<Counts> plays) {
    int k = plays.size();
    double[] p = new double[k];
    if (k == 0) {
      return p;
    }
    if (k == 1) {
      p[0] = 1;
      return p;
    }
    int max = 0;
    for (Counts c : plays) {
      max = (int) Math.max(max, c.won() + c.lost() + 2);
    }
    double[] logFact = new double[max + 1];
    for (int i = 2; i <= max; i++) {
      logFact[i] = logFact[i - 1] + Math.log(i);
    }
    double h = 1.0 / STEPS;
    double[][] pdf = new double[k][STEPS + 1];
    double[][] cdf = new double[k][STEPS + 1];
    for (int j = 0; j < k; j++) {
      int a = (int) plays.get(j).won() + 1;
      int b = (int) plays.get(j).lost() + 1;
      for (int s = 0; s <= STEPS; s++) {
        double x = s * h;
        pdf[j][s] = density(a, b, x, logFact);
        cdf[j][s] = distribution(a, b, x, logFact);
      }
    }
    double total = 0;
    for (int i = 0; i < k; i++) {
      double sum = 0;
      for (int s = 0; s <= STEPS; s++) {
        double v = pdf[i][s];
        for (int j = 0; j < k && v > 0; j++) {
          if (j != i) {
            v *= cdf[j][s];
          }
        }
        double w = s == 0 || s == STEPS ? 1 : s % 2 == 1 ? 4 : 2;
        sum += w * v;
      }
      p[i] = sum * h / 3;
      total += p[i];
    }
    for (int i = 0; i < k; i++) {
      p[i] = total > 0 ? p[i] / total : 1.0 / k;
    }
    return p;
  }

  /** Beta(a, b) density at x: (a + b - 1) times the binomial probability of a - 1 successes in a + b - 2 trials. */
  static double density(int a, int b, double x, double[] logFact) {
    int n = a + b - 2;
    return (n + 1) * binomial(n, a - 1, x, logFact);
  }

  /** Beta(a, b) distribution function at x: at least a successes in a + b - 1 trials. */
  static double distribution(int a, int b, double x, double[] logFact) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    int n = a + b - 1;
    double sum = 0;
    for (int i = a; i <= n; i++) {
      sum += binomial(n, i, x, logFact);
    }
    return Math.min(1, sum);
  }

  private static double binomial(int n, int i, double x, double[] logFact) {
    if (x <= 0) {
      return i == 0 ? 1 : 0;
    }
    if (x >= 1) {
      return i == n ? 1 : 0;
    }
    return Math.exp(logFact[n] - logFact[i] - logFact[n - i] + i * Math.log(x) + (n - i) * Math.log1p(-x));
  }
}
