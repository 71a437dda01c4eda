package winloss.core.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

/**
 * Where the evidence contradicts the brief's Right-to-Win (corpus-format v1.1): a claimed code
 * cited against us by at least {@code min_theme_interviews} interviews. Citations for us (a
 * loss's {@code almost}: what nearly won it) are shown as support beside it, never as evidence
 * against. The rule is the core's ({@link Themes#contradictions}); this class only words it.
 */
public final class Contradictions {
  private Contradictions() {}

  /** One sentence per contradicted right-to-win code, keyed by code, most against first. */
  public static Map<String, String> byCode(Evidence ev, Themes themes) {
    Map<String, String> out = new LinkedHashMap<>();
    int n = themes.citations().interviews();
    for (ThemeEvidence t : themes.contradictions()) {
      out.put(t.code(), sentence(t, n));
    }
    return out;
  }

  /** "The brief claims X as Right-to-Win, but 3 of 9 interviews cite it against us (A, B, C); 1 cites it for us (D)." */
  static String sentence(ThemeEvidence t, int n) {
    String s = "The brief claims " + t.label() + " as Right-to-Win, but " + t.againstIds().size() + " of " + n
        + " interviews cite it against us (" + String.join(", ", t.againstIds()) + ")";
    if (t.forIds().isEmpty()) {
      s += "; none cites it for us";
    } else {
      s += "; " + t.forIds().size() + " cite" + (t.forIds().size() == 1 ? "s" : "") + " it for us, as support (" + String.join(", ", t.forIds()) + ")";
    }
    return s + ".";
  }
}
