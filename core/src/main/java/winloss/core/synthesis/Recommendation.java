package winloss.core.synthesis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;

/**
 * A recommended action: an actions.yaml entry with its owner (the brief's owner for its
 * function when the entry names none), or a suggestion that has no owner yet.
 *
 * @param id the actions.yaml id, or "" for a suggestion
 * @param owner the named owner, or "" when nobody owns it yet
 * @param status open, done, dropped, or needs-owner for a suggestion
 */
public record Recommendation(String id, String theme, String text, String function, String owner, LocalDate due, String status) {
  public boolean suggested() {
    return id.isEmpty();
  }

  /** The actions.yaml entry for this theme: this quarter's first, then open ones, then the latest due. */
  public static Optional<Recommendation> fromActions(Corpus corpus, String code, Quarter quarter) {
    String q = quarter == null ? "" : quarter.toString();
    return corpus.actions().stream()
        .filter(a -> a.theme().equals(code) && a.status() != Action.Status.DROPPED)
        .sorted(Comparator.<Action, Boolean>comparing(a -> !a.quarter().equals(q))
            .thenComparing(a -> a.status() != Action.Status.OPEN)
            .thenComparing(a -> a.due() == null ? LocalDate.MIN : a.due(), Comparator.reverseOrder())
            .thenComparing(Action::id))
        .findFirst()
        .map(a -> of(corpus, a));
  }

  public static Recommendation of(Corpus corpus, Action a) {
    String owner = a.owner().isBlank() ? corpus.brief().owners().getOrDefault(a.function(), "") : a.owner();
    return new Recommendation(a.id(), a.theme(), a.action(), a.function(), owner, a.due(), a.status().code());
  }

  public static Recommendation suggestion(String code, String text, String function) {
    return new Recommendation("", code, text, function, "", null, "needs-owner");
  }

  /** One markdown line; a suggestion is marked NO OWNER YET and names the function to own it. */
  public String line(Map<String, String> owners) {
    if (suggested()) {
      String who = owners.get(function);
      return "**NO OWNER YET** \u2014 " + text + ". " + function + " should own it"
          + (who == null ? "" : " (the brief's " + function + " owner is " + who + ")") + "; add it to win-loss/actions.yaml";
    }
    return id + ": " + text + " \u2014 owner " + (owner.isEmpty() ? "none named" : owner) + " (" + function + ")"
        + (due == null ? ", no due date" : ", due " + due) + ", " + status;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id.isEmpty() ? null : id);
    m.put("theme", theme);
    m.put("action", text);
    m.put("function", function);
    m.put("owner", owner.isEmpty() ? null : owner);
    m.put("due", due == null ? null : due.toString());
    m.put("status", status);
    return m;
  }
}
