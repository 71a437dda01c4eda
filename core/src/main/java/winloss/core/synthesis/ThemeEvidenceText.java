package winloss.core.synthesis;

import winloss.core.evidence.ThemeEvidence;

/** Short wordings of a core theme for summaries and headlines. */
final class ThemeEvidenceText {
  private ThemeEvidenceText() {}

  /** "for us 3 (A, B, C); against us 0". */
  static String sides(ThemeEvidence t) {
    return "for us " + t.forIds().size() + (t.forIds().isEmpty() ? "" : " (" + String.join(", ", t.forIds()) + ")")
        + "; against us " + t.againstIds().size() + (t.againstIds().isEmpty() ? "" : " (" + String.join(", ", t.againstIds()) + ")");
  }

  /** "Integration depth wins deals against Lumen (strength; for us in 3 of 4 citing interviews: A, B, C)". */
  static String brief(ThemeEvidence t) {
    boolean forUs = t.stance() == winloss.core.evidence.ThemeStance.STRENGTH;
    var ids = forUs ? t.forIds() : t.againstIds();
    return t.name() + " (" + t.stance().word() + "; " + (forUs ? "for" : "against") + " us in " + ids.size() + " of " + t.count()
        + " citing interviews: " + String.join(", ", ids) + ")";
  }
}
