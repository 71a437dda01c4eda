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
 * A recommended action: an actions.yaml entry with its owner (the brief's owner for its function
 * when the entry names none), or an action proposed from a theme's brief area and the brief's
 * {@code owners}, marked <em>proposed</em> (corpus-format v1.1: every action has an owner and a 30,
 * 60 or 90-day deadline; never "no owner yet" filler).
 *
 * @param id the actions.yaml id, or "" for a proposed action
 * @param owner the named owner, or "" when neither the action nor the brief names one
 * @param status open, done, dropped (as of the document's date), or proposed
 * @param days for a proposed action, 30, 60 or 90 (its deadline counts from the document's date); else 0
 */
public record Recommendation(String id, String theme, String text, String function, String owner, LocalDate due, String status, int days) {
  public boolean proposed() {
    return id.isEmpty();
  }

  /**
   * The actions.yaml entry for this theme as it stood on {@code asOf}: only actions of
   * {@code quarter} or earlier (all, when quarter is null); this quarter's first, then open ones,
   * then the latest due.
   */
  public static Optional<Recommendation> fromActions(Corpus corpus, String code, Quarter quarter, LocalDate asOf) {
    String q = quarter == null ? "" : quarter.toString();
    return corpus.actions().stream()
        .filter(a -> a.theme().equals(code) && a.status() != Action.Status.DROPPED && asOfQuarter(a, quarter))
        .sorted(Comparator.<Action, Boolean>comparing(a -> !a.quarter().equals(q))
            .thenComparing(a -> !status(a, asOf).equals("open"))
            .thenComparing(a -> a.due() == null ? LocalDate.MIN : a.due(), Comparator.reverseOrder())
            .thenComparing(Action::id))
        .findFirst()
        .map(a -> of(corpus, a, asOf));
  }

  /** True when the action existed in {@code quarter}: its quarter is that one or earlier (or it names none). */
  public static boolean asOfQuarter(Action a, Quarter quarter) {
    if (quarter == null || a.quarter().isBlank()) {
      return true;
    }
    return Quarter.parse(a.quarter()).map(x -> x.compareTo(quarter) <= 0).orElse(true);
  }

  /** The action's status on {@code asOf}: done with a {@code done_on} after it was still open. */
  public static String status(Action a, LocalDate asOf) {
    if (a.status() == Action.Status.DONE && asOf != null && a.doneOn() != null && a.doneOn().isAfter(asOf)) {
      return "open";
    }
    return a.status().code();
  }

  public static Recommendation of(Corpus corpus, Action a, LocalDate asOf) {
    String owner = a.owner().isBlank() ? corpus.brief().owners().getOrDefault(a.function(), "") : a.owner();
    return new Recommendation(a.id(), a.theme(), a.action(), a.function(), owner, a.due(), status(a, asOf), 0);
  }

  /**
   * An action proposed for a theme no actions.yaml entry covers: owned by the brief's owner of
   * {@code function} (else the PMM owner, else the first owner listed), due {@code days} after
   * {@code from}.
   */
  public static Recommendation proposed(Corpus corpus, String code, String text, String function, LocalDate from, int days) {
    Map<String, String> owners = corpus.brief().owners();
    String fn = function;
    String owner = owners.get(fn);
    if (owner == null && owners.containsKey("PMM")) {
      fn = "PMM";
      owner = owners.get(fn);
    }
    if (owner == null && !owners.isEmpty()) {
      fn = owners.keySet().stream().sorted().findFirst().orElseThrow();
      owner = owners.get(fn);
    }
    return new Recommendation("", code, text, fn, owner == null ? "" : owner, from == null ? null : from.plusDays(days), "proposed", days);
  }

  /**
   * One markdown line. A proposed action reads "*proposed*: Product: Marco Bell, 60 days: Take
   * Migration effort to product intake ..."; an actions.yaml entry reads "A-1: text (owner Dana
   * Lee, Sales Enablement), due 2026-08-15, open".
   */
  public String line() {
    if (proposed()) {
      return "*proposed*: " + function + ": " + (owner.isEmpty() ? "no owner named in the brief's owners" : owner) + ", " + days + " days"
          + (due == null ? "" : " (by " + due + ")") + ": " + text;
    }
    return id + ": " + text + " (owner " + (owner.isEmpty() ? "none named" : owner) + ", " + function + ")"
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
    m.put("proposed", proposed());
    return m;
  }
}
