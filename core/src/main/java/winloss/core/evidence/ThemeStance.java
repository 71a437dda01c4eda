package winloss.core.evidence;

import java.util.Locale;

/**
 * A theme's stance (corpus-format v1.1): {@code STRENGTH} when at least two thirds of its citing
 * interviews cite it for us, {@code WEAKNESS} when at least two thirds cite it against us,
 * {@code MIXED} otherwise.
 */
public enum ThemeStance {
  STRENGTH,
  WEAKNESS,
  MIXED;

  /** The stance of {@code forCount} for and {@code againstCount} against citations. */
  public static ThemeStance of(int forCount, int againstCount) {
    int n = forCount + againstCount;
    if (n > 0 && 3 * forCount >= 2 * n) {
      return STRENGTH;
    }
    if (n > 0 && 3 * againstCount >= 2 * n) {
      return WEAKNESS;
    }
    return MIXED;
  }

  /** strength, weakness, mixed. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
