package winloss.core.stats;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inter-coder reliability of nominal codings: percent agreement, Cohen's kappa and
 * Krippendorff's alpha.
 *
 * <p>Sources: Cohen, J. (1960), "A coefficient of agreement for nominal scales", Educational and
 * Psychological Measurement 20(1); Krippendorff, K. (2011), "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, section "Nominal data, any number of
 * observers, missing values" (the computational formula used here, from the values' pairable
 * counts rather than the full coincidence matrix). A figure that is undefined (no pairable
 * values, or no variation at all so that chance agreement is certain) is null, never 0 or NaN.
 */
public final class Reliability {
  private Reliability() {}

  /**
   * The three figures for two coders over the same units.
   *
   * @param units units with a value from both coders (the pairable ones)
   * @param agreed units where both gave the same value
   * @param percent {@code agreed / units}, 0..1; null when {@code units} is 0
   * @param kappa Cohen's kappa, -1..1; null when undefined
   * @param alpha Krippendorff's alpha (nominal), at most 1; null when undefined
   */
  public record Figures(int units, int agreed, Double percent, Double kappa, Double alpha) {}

  /**
   * Percent agreement, Cohen's kappa and Krippendorff's alpha of two coders. {@code a.get(i)}
   * and {@code b.get(i)} are the two values of unit {@code i}; a null value is missing and
   * makes its unit unpairable (left out of all three figures).
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public static Figures twoCoders(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("both coders need a value (or null) for every unit: " + a.size() + " against " + b.size());
    }
    int units = 0;
    int agreed = 0;
    Map<String, Integer> byA = new HashMap<>();
    Map<String, Integer> byB = new HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      if (x == null || y == null) {
        continue;
      }
      units++;
      if (x.equals(y)) {
        agreed++;
      }
      byA.merge(x, 1, Integer::sum);
      byB.merge(y, 1, Integer::sum);
    }
    if (units == 0) {
      return new Figures(0, 0, null, null, null);
    }
    double po = (double) agreed / units;
    double pe = 0;
    for (Map.Entry<String, Integer> e : byA.entrySet()) {
      pe += ((double) e.getValue() / units) * ((double) byB.getOrDefault(e.getKey(), 0) / units);
    }
    Double kappa = pe >= 1.0 ? null : (po - pe) / (1 - pe);
    List<List<String>> paired = new java.util.ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      paired.add(java.util.Arrays.asList(a.get(i), b.get(i)));
    }
    return new Figures(units, agreed, po, kappa, alphaNominal(paired));
  }

  /**
   * Krippendorff's alpha for nominal data, any number of coders, missing values allowed:
   * {@code units.get(u)} holds the values the coders gave unit {@code u}, null where a coder gave
   * none. Units with fewer than two values are not pairable and are left out.
   *
   * <p>alpha = ((n-1) Σ_c o_cc - Σ_c n_c(n_c-1)) / (n(n-1) - Σ_c n_c(n_c-1)), where
   * o_cc = Σ_u n_uc(n_uc-1)/(m_u-1) counts the agreeing pairs of category c, n_c the pairable
   * values of category c and n all pairable values (Krippendorff 2011, nominal data).
   *
   * @return alpha, or null when there are no pairable values or all of them are one category
   */
  public static Double alphaNominal(List<? extends List<String>> units) {
    Map<String, Double> nc = new LinkedHashMap<>();
    double n = 0;
    double occ = 0;
    for (List<String> unit : units) {
      Map<String, Integer> counts = new HashMap<>();
      int m = 0;
      for (String v : unit) {
        if (v != null) {
          counts.merge(v, 1, Integer::sum);
          m++;
        }
      }
      if (m < 2) {
        continue;
      }
      n += m;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        int k = e.getValue();
        nc.merge(e.getKey(), (double) k, Double::sum);
        occ += (double) k * (k - 1) / (m - 1);
      }
    }
    double chance = 0;
    for (double c : nc.values()) {
      chance += c * (c - 1);
    }
    double denominator = n * (n - 1) - chance;
    if (n == 0 || denominator <= 0) {
      return null;
    }
    return ((n - 1) * occ - chance) / denominator;
  }

  /**
   * The conventional reading of an alpha (Krippendorff 2004, Content Analysis, 2nd ed., 241):
   * at least 0.8 reliable, 0.667 up to 0.8 tentative, below 0.667 unreliable.
   */
  public enum Band {
    RELIABLE("reliable"),
    TENTATIVE("tentative"),
    UNRELIABLE("unreliable"),
    UNDEFINED("undefined");

    private final String code;

    Band(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Band of(Double alpha) {
      if (alpha == null) {
        return UNDEFINED;
      }
      if (alpha >= 0.8) {
        return RELIABLE;
      }
      return alpha >= 0.667 ? TENTATIVE : UNRELIABLE;
    }
  }

  /** Fewer units than this and a reliability figure is not meaningful. */
  public static final int MIN_MEANINGFUL_UNITS = 10;
}
