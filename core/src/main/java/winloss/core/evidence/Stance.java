package winloss.core.evidence;

import java.util.Objects;
import winloss.core.model.Outcome;

/**
 * Whether a citation is evidence for us or against us. It follows from the field the code sits in
 * and the deal's outcome, never from the outcome alone (corpus-format v1.1, the stance table):
 *
 * <pre>
 *   field        won       lost      no-decision
 *   decisive     FOR       AGAINST   AGAINST
 *   almost       AGAINST   FOR       FOR
 *   objections   AGAINST   AGAINST   AGAINST
 * </pre>
 *
 * A loss's {@code almost} is what nearly won the deal for us (loss question 7); a win's is what
 * nearly lost it (win question 8).
 */
public enum Stance {
  FOR,
  AGAINST;

  /** The stance of a code cited in {@code field} of an interview whose deal ended {@code outcome}. */
  public static Stance of(CodedField field, Outcome outcome) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(outcome, "outcome");
    return switch (field) {
      case DECISIVE -> outcome == Outcome.WON ? FOR : AGAINST;
      case ALMOST -> outcome == Outcome.WON ? AGAINST : FOR;
      case OBJECTION -> AGAINST;
    };
  }

  /** "for" or "against", as printed and in JSON. */
  public String word() {
    return this == FOR ? "for" : "against";
  }
}
