package winloss.core.output;

import java.nio.file.Path;
import java.util.Map;
import winloss.core.diag.WinlossException;

/**
 * Short prose that goes inside other outputs rather than being a document of its own: an
 * alert's message, a notification, a play's verdict reason, a fix's repeat-loss line. Each
 * family is one template under {@code templates/phrases/} holding one section per phrase
 * ({@code {{#compliance}} ... {{/compliance}}}); a phrase is that template rendered with only its
 * own section's values, trimmed. The template is found like any other ({@link Templates}: the
 * corpus's {@code templates/} overrides the built-in one, and {@code templates eject} copies it),
 * so the wording is edited without Java.
 */
public final class Phrases {
  /** Alert messages, one section per rule of {@code winloss alerts}. */
  public static final String ALERTS = "phrases/alerts.txt.mustache";
  /** Repeat losses and fixes that are not holding (fixes, actions, alerts, teardowns, readouts). */
  public static final String FIXES = "phrases/fixes.txt.mustache";
  /** The verdict reasons of the play review ({@code winloss plays}). */
  public static final String PLAYS = "phrases/plays.txt.mustache";
  /** The subject and body of each {@code --notify} message. */
  public static final String NOTIFY = "phrases/notify.txt.mustache";

  private final Templates templates;
  private final String name;

  private Phrases(Templates templates, String name) {
    this.templates = templates;
    this.name = name;
  }

  /** The phrases of template {@code name} for the corpus at {@code root} (its overrides honoured). */
  public static Phrases of(Path root, String name) {
    return new Phrases(root == null ? Templates.builtIn() : Templates.forCorpus(root), name);
  }

  /**
   * The phrase {@code phrase} with {@code values}: the template's {@code {{#phrase}}} section,
   * leading and trailing blank space removed.
   *
   * @throws WinlossException (exit 2) when the template renders nothing for it (an override that
   *     lacks the section), or names a value the phrase does not have
   */
  public String say(String phrase, Map<String, ?> values) {
    String text = templates.render(name, Map.of(phrase, values)).strip();
    if (text.isEmpty()) {
      throw new WinlossException("templates/" + name + " says nothing for '" + phrase + "': it needs a {{#" + phrase + "}} ... {{/"
          + phrase + "}} section (winloss templates eject shows the built-in one)");
    }
    return text;
  }
}
