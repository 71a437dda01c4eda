package winloss.core.evidence;

import winloss.core.model.Program;

/**
 * The one small-sample rule (corpus-format v1.1): a code cited by fewer distinct completed
 * interviews than {@code min_theme_interviews} (default 3) is never a pattern: not a theme, not a
 * top factor headline, not the biggest opportunity or risk, not a contradiction of the brief, not a
 * new or intensified change, and it fires no alert or play flag. Where such a code is shown at
 * all, {@link #mark} says it is a signal, not a finding. Win-rate slices have their own mark
 * ({@link Tally#small()}).
 *
 * @param min the threshold, at least 1
 */
public record PatternRule(int min) {
  public PatternRule {
    min = Math.max(1, min);
  }

  /** The brief's {@code min_theme_interviews}. */
  public static PatternRule of(Program program) {
    return new PatternRule(program.minThemeInterviews());
  }

  /** True when {@code interviews} distinct interviews make a pattern. */
  public boolean isPattern(int interviews) {
    return interviews >= min;
  }

  /** "" for a pattern, "single signal" for one interview, "small signal, 2 of the 3 needed" otherwise. */
  public String mark(int interviews) {
    if (isPattern(interviews)) {
      return "";
    }
    return interviews == 1 ? "single signal" : "small signal, " + interviews + " of the " + min + " needed";
  }
}
