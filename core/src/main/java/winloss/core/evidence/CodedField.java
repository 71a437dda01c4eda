package winloss.core.evidence;

import java.util.List;
import java.util.Locale;
import winloss.core.model.Codes;

/**
 * The coded fields of a write-up that cite a factor or objection code, in the order of their
 * strength (corpus-format v1.1, "How a code counts: its stance"): {@code decisive} over
 * {@code almost} over {@code objections}. A code cited in two fields of one interview counts once,
 * with the stance of its strongest field.
 */
public enum CodedField {
  DECISIVE,
  ALMOST,
  OBJECTION;

  /** The front-matter word: decisive, almost, objection. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The codes this field holds in {@code codes} (empty, never null). */
  public List<String> in(Codes codes) {
    return switch (this) {
      case DECISIVE -> codes.decisive();
      case ALMOST -> codes.almost();
      case OBJECTION -> codes.objections();
    };
  }
}
