package winloss.core.transcript;

import java.util.Objects;

/**
 * One speaker's turn in a transcript: consecutive cues or paragraphs by the same speaker are
 * joined into one turn.
 *
 * @param speaker the speaker's name as the transcript writes it; empty when the format names none
 * @param text what was said, whitespace collapsed, markup removed
 * @param line the transcript line where the turn starts (1-based), for messages
 */
public record Turn(String speaker, String text, int line) {
  public Turn {
    speaker = Objects.requireNonNullElse(speaker, "").strip();
    text = Objects.requireNonNullElse(text, "").strip();
  }
}
