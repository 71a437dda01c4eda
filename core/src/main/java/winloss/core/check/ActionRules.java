package winloss.core.check;

import java.util.HashMap;
import java.util.Map;
import winloss.core.corpus.ActionsReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;
import winloss.core.text.Suggestions;

/** Each action is owned: a known theme code, a function of the brief, a person, a due date. */
final class ActionRules {
  private ActionRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, String> owners = corpus.brief().owners();
    for (Action a : corpus.actions()) {
      String w = "action " + a.id() + ": ";
      Integer first = ids.putIfAbsent(a.id(), a.line());
      if (first != null) {
        out.error(ActionsReader.FILE, a.line(), w + "id is used twice (first at line " + first + ")");
      }
      if (!a.quarter().isEmpty() && Quarter.parse(a.quarter()).isEmpty()) {
        out.error(ActionsReader.FILE, a.line(), w + "quarter '" + a.quarter() + "' should look like 2026-Q2");
      }
      if (!a.theme().isEmpty() && !corpus.codebook().factors().isEmpty() && corpus.codebook().find(a.theme()).isEmpty()) {
        out.error(ActionsReader.FILE, a.line(), w + "theme '" + a.theme() + "' is not a code in schema.yaml"
            + Suggestions.didYouMean(a.theme(), corpus.codebook().taggableCodes()));
      }
      if (!a.function().isEmpty() && !owners.isEmpty() && !owners.containsKey(a.function())) {
        out.error(ActionsReader.FILE, a.line(), w + "function '" + a.function() + "' is not one of the brief's owners ("
            + String.join(", ", owners.keySet().stream().sorted().toList()) + ")");
      }
      if (a.owner().isEmpty() && !owners.containsKey(a.function())) {
        out.error(ActionsReader.FILE, a.line(), w + "no owner, and the function has no default owner; add owner:");
      }
      if (a.due() == null && a.status() == Action.Status.OPEN) {
        out.warning(ActionsReader.FILE, a.line(), w + "no due: date; an action without a deadline does not get done");
      }
      for (String opp : a.opps()) {
        java.util.Optional<winloss.core.model.Deal> d = corpus.deal(opp);
        if (d.isEmpty()) {
          out.error(ActionsReader.FILE, a.line(), w + "opps names " + opp + ", which is not in deals.csv");
        } else if (d.get().outcome() != winloss.core.model.Outcome.LOST) {
          out.error(ActionsReader.FILE, a.line(), w + "opps names " + opp + ", a deal that was " + d.get().outcome().code()
              + ", not lost; opps lists the losses this fix answers");
        }
      }
      if (a.status() == Action.Status.DONE && a.doneOn() == null) {
        out.warning(ActionsReader.FILE, a.line(), w + "status done without done_on: date");
      }
    }
  }
}
