package winloss.core.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

/** The spec's {@code summary} JSON object (v1.1): opportunity, risk, contradiction; null when no theme qualifies. */
final class SummaryJson {
  private SummaryJson() {}

  static Map<String, Object> of(Themes themes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("opportunity", themes.opportunity().map(ThemeEvidence::code).orElse(null));
    m.put("risk", themes.risk().map(ThemeEvidence::code).orElse(null));
    Map<String, Object> c = themes.contradiction().map(t -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("code", t.code());
      x.put("against", t.againstIds());
      x.put("for", t.forIds());
      return x;
    }).orElse(null);
    m.put("contradiction", c);
    return m;
  }
}
