package winloss.core.evidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the core knows about one factor or objection code in a period: who cites it and how,
 * its stance, the ACV behind it, whether it is a pattern under the small-sample rule, and its name.
 *
 * @param label the codebook label
 * @param briefArea the code's {@code brief:} area, or ""
 * @param citations one per citing interview, by opp id
 * @param acv the summed ACV of the citing interviews' deals (program currency)
 * @param pattern cited by at least {@code min_theme_interviews} distinct interviews ({@link PatternRule})
 * @param name the theme's name: the PMM's from theme-names.yaml, else built from label, stance and concentration
 * @param where where it concentrates (a competitor, segment or persona holding at least 60% of its
 *     citations), e.g. "enterprise deals against Helix", or ""
 */
public record ThemeEvidence(String code, String label, String briefArea, List<Citation> citations, BigDecimal acv,
    ThemeStance stance, boolean pattern, String name, String where) {
  public ThemeEvidence {
    citations = List.copyOf(citations);
  }

  /** Distinct citing interviews. */
  public int count() {
    return citations.size();
  }

  public List<String> interviews() {
    return citations.stream().map(Citation::opp).toList();
  }

  /** Ids citing it for us. */
  public List<String> forIds() {
    return citations.stream().filter(Citation::isFor).map(Citation::opp).toList();
  }

  /** Ids citing it against us. */
  public List<String> againstIds() {
    return citations.stream().filter(c -> !c.isFor()).map(Citation::opp).toList();
  }
}
