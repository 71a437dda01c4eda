package winloss.core.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;

/**
 * Where the evidence contradicts the brief's Right-to-Win: a claimed code that loss interviews
 * cite as the decisive factor, or that no win interview cites as decisive.
 */
public final class Contradictions {
  private Contradictions() {}

  /** One sentence per right-to-win code the period contradicts, keyed by code, in the brief's order. */
  public static Map<String, String> byCode(Evidence ev, List<Interview> ivs) {
    List<Interview> wins = Evidence.withOutcome(ivs, ev, Outcome.WON);
    List<Interview> losses = Evidence.withOutcome(ivs, ev, Outcome.LOST);
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : ev.corpus().brief().rightToWin()) {
      String label = ev.book().label(code);
      List<String> lost = losses.stream().filter(iv -> iv.codes().decisive().contains(code)).map(Interview::opp).toList();
      List<String> won = wins.stream().filter(iv -> iv.codes().decisive().contains(code)).map(Interview::opp).toList();
      StringBuilder sb = new StringBuilder();
      if (!lost.isEmpty()) {
        sb.append("The brief claims ").append(label).append(" as Right-to-Win, but ").append(lost.size()).append(" of ")
            .append(losses.size()).append(" loss interviews cite it as the decisive factor (").append(String.join(", ", lost))
            .append(")");
      }
      if (won.isEmpty() && !wins.isEmpty()) {
        sb.append(sb.length() == 0 ? "The brief claims " + label + " as Right-to-Win, but" : "; and")
            .append(" none of ").append(wins.size()).append(" win interviews cite it as decisive");
      }
      if (sb.length() > 0) {
        out.put(code, sb.append('.').toString());
      }
    }
    return out;
  }
}
