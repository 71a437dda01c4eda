package winloss.core.synthesis;

import java.util.Map;
import winloss.core.model.Brief;
import winloss.core.model.BriefSection;

/**
 * Where a theme lands: the brief section its code's {@code brief:} area updates, and the
 * function that should own an action on it when actions.yaml has none.
 */
public final class Routing {
  private static final Map<String, Integer> SECTION =
      Map.of("personas", 3, "right-to-win", 4, "competitive", 5, "pricing", 6, "brand", 6);
  private static final Map<String, String> DEFAULT_TITLE =
      Map.of("personas", "Personas", "right-to-win", "Right-to-Win", "competitive", "Competitive intel", "pricing", "Pricing",
          "brand", "Brand");
  private static final Map<String, String> FUNCTION =
      Map.of("right-to-win", "PMM", "personas", "PMM", "pricing", "PMM", "brand", "PMM", "competitive", "Sales Enablement",
          "product", "Product", "sales-process", "Sales Enablement");

  private Routing() {}

  /** "§4 Right-to-Win" from the brief's own heading, or the off-brief destination. */
  public static String briefTarget(Brief brief, String area) {
    if (area == null || area.isBlank()) {
      return "no brief area set (add brief: to the code in schema.yaml)";
    }
    Integer n = SECTION.get(area);
    if (n != null) {
      String title = brief.section(n).map(BriefSection::title).filter(t -> !t.isBlank()).orElse(DEFAULT_TITLE.get(area));
      return "\u00a7" + n + " " + title;
    }
    return switch (area) {
      case "product" -> "product team intake (not a brief section)";
      case "sales-process" -> "sales enablement (not a brief section)";
      default -> area;
    };
  }

  /** The function that should own an action on a code of this brief area. */
  public static String function(String area) {
    return FUNCTION.getOrDefault(area == null ? "" : area, "PMM");
  }

  /**
   * A concrete change worth proposing for a theme no action covers, by its brief area and stance.
   *
   * @param evidence e.g. "5 interviews and 410,000 USD of ACV"
   */
  public static String suggestion(String area, String label, winloss.core.evidence.ThemeStance stance, String evidence) {
    boolean strength = stance == winloss.core.evidence.ThemeStance.STRENGTH;
    String behind = " (" + evidence + " behind it)";
    return switch (area == null ? "" : area) {
      case "right-to-win" -> strength
          ? "Sharpen the Right-to-Win statement on " + label + " with the buyers' own words" + behind
          : "Test the Right-to-Win claim on " + label + " against the interviews that cite it against us, and rewrite the statement or the proof" + behind;
      case "personas" -> "Add " + label + " to the persona objection lists with a disarming response" + behind;
      case "pricing" -> strength
          ? "Put " + label + " in the pricing page and the proposal template" + behind
          : "Review discount policy and price positioning where " + label + " decides deals" + behind;
      case "competitive" -> "Update the battlecards with what buyers said about " + label + behind;
      case "brand" -> "Reinforce the brand pillar behind " + label + behind;
      case "product" -> strength
          ? "Put " + label + " in front of buyers in the demo script" + behind
          : "Take " + label + " to product intake with " + evidence + " behind it";
      case "sales-process" -> strength
          ? "Make " + label + " the standard in the sales playbook" + behind
          : "Fix the sales-process stage behind " + label + " and train the team on it" + behind;
      default -> "Decide what to change about " + label + behind;
    };
  }
}
