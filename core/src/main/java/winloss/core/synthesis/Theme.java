package winloss.core.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A code cited by interviews in a period, with the evidence behind it. It is a theme only when
 * at least {@code min_theme_interviews} distinct interviews cite it; under that it is emerging.
 *
 * @param interviews ids of the citing interviews
 * @param of completed interviews in the period
 * @param citations how each interview cites it, e.g. "S-3 (won, decisive)"
 * @param direction wins, losses (including no-decisions) or mixed
 * @param persona the persona citing it most, e.g. "Champion (2 of 3)"
 * @param contradiction where the theme contradicts the brief's right-to-win, else ""
 */
public record Theme(
    String code,
    String label,
    String briefArea,
    List<String> interviews,
    int of,
    List<String> wins,
    List<String> losses,
    List<String> noDecisions,
    List<String> citations,
    String direction,
    String persona,
    int personaCount,
    List<QuoteRef> quotes,
    String briefTarget,
    Recommendation recommendation,
    String contradiction) {

  public Theme {
    interviews = List.copyOf(interviews);
    wins = List.copyOf(wins);
    losses = List.copyOf(losses);
    noDecisions = List.copyOf(noDecisions);
    citations = List.copyOf(citations);
    quotes = List.copyOf(quotes);
  }

  public int count() {
    return interviews.size();
  }

  public double share() {
    return of == 0 ? 0 : (double) count() / of;
  }

  public String xOfN() {
    return count() + " of " + of + " (" + String.join(", ", interviews) + ")";
  }

  /** "2 wins (S-1, S-3); 1 loss (S-2)": both sides when the evidence is mixed. */
  public String sides() {
    StringBuilder sb = new StringBuilder();
    side(sb, wins, "win", "wins");
    side(sb, losses, "loss", "losses");
    side(sb, noDecisions, "no-decision", "no-decisions");
    return sb.toString();
  }

  private static void side(StringBuilder sb, List<String> ids, String one, String many) {
    if (ids.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append("; ");
    }
    sb.append(ids.size()).append(' ').append(ids.size() == 1 ? one : many).append(" (").append(String.join(", ", ids)).append(')');
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", label);
    m.put("count", count());
    m.put("of", of);
    m.put("interviews", interviews);
    m.put("direction", direction);
    m.put("wins", wins);
    m.put("losses", losses);
    m.put("no_decisions", noDecisions);
    m.put("persona", persona);
    m.put("brief", briefTarget);
    m.put("quotes", quotes.stream().map(QuoteRef::toJson).toList());
    m.put("action", recommendation == null ? null : recommendation.toJson());
    m.put("contradiction", contradiction.isEmpty() ? null : contradiction);
    return m;
  }
}
