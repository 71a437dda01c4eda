package winloss.core.health;

import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;
import winloss.core.output.PlannedFile;
import winloss.core.output.Templates;

/**
 * {@code winloss actions}: win-loss/action-tracker.md from actions.yaml and the quarter's themes:
 * every action with theme, owner, due date and status, overdue ones first; the themes with no
 * owned action; the theme-to-action conversion and the action close-out rate.
 */
public final class ActionTracker {
  public static final String TEMPLATE = "action-tracker.md.mustache";
  public static final Path FILE = Path.of("win-loss", "action-tracker.md");

  private ActionTracker() {}

  /** The latest date the corpus itself holds (close, interview or action dates): the default "as of". */
  public static LocalDate latestDate(Corpus c) {
    return Stream.of(
            c.deals().stream().map(Deal::closeDate),
            c.interviews().stream().flatMap(i -> Stream.of(i.requested(), i.booked(), i.interviewed())),
            c.actions().stream().map(Action::doneOn))
        .flatMap(s -> s)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(LocalDate.of(1970, 1, 1));
  }

  /** The quarter of the latest deal closed on or before {@code asOf} (or of {@code asOf} when there is none). */
  public static Quarter latestQuarter(Corpus c, LocalDate asOf) {
    LocalDate last = c.deals().stream().map(Deal::closeDate).filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder()).orElse(asOf);
    return c.fiscal().quarterOf(last);
  }

  public static Map<String, Object> model(Corpus c, Quarter q, LocalDate asOf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quarter", q.toString());
    m.put("as_of", asOf.toString());
    List<Map<String, Object>> rows = new ArrayList<>();
    Comparator<Action> order = Comparator.comparing((Action a) -> !overdue(a, asOf))
        .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due())
        .thenComparing(Action::id);
    for (Action a : c.actions().stream().sorted(order).toList()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", a.id());
      x.put("quarter", a.quarter());
      x.put("theme", a.theme());
      x.put("action", a.action().replace("|", "\\|"));
      x.put("function", a.function());
      String owner = ProgramMetrics.owner(c, a);
      x.put("owner", owner.isBlank() ? "(no owner)" : owner);
      x.put("due", a.due() == null ? "(no date)" : a.due().toString());
      x.put("status", overdue(a, asOf) ? "overdue" : a.status().code() + (a.doneOn() != null ? " " + a.doneOn() : ""));
      x.put("overdue", overdue(a, asOf));
      x.put("losses", losses(c, a, asOf));
      rows.add(x);
    }
    m.put("actions", rows);
    m.put("overdue_count", rows.stream().filter(r -> (Boolean) r.get("overdue")).count());
    List<ThemeEvidence> themes = Themes.ofQuarter(c, q).patterns();
    List<Map<String, Object>> orphan = new ArrayList<>();
    ProgramMetrics.Ratio conversion = ProgramMetrics.conversion(c, q, themes);
    for (ThemeEvidence t : themes) {
      if (conversion.hits().contains(t.code())) {
        continue;
      }
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("code", t.code());
      x.put("count", t.count());
      x.put("of", completedIn(c, q));
      x.put("interviews", String.join(", ", t.interviews()));
      boolean any = !ProgramMetrics.actionsFor(c, t.code(), q).isEmpty();
      x.put("why", any ? "its action has no owner or no due date" : "no action");
      orphan.add(x);
    }
    m.put("themes_without_action", orphan);
    m.put("theme_count", themes.size());
    m.put("conversion", conversion.describe());
    m.put("conversion_target", "at least 80%");
    m.put("conversion_met", conversion.of() > 0 && conversion.rate() >= Kpis.CONVERSION_TARGET ? "met" : conversion.of() == 0 ? "no themes" : "not met");
    ProgramMetrics.Ratio closeOut = ProgramMetrics.closeOut(c, q);
    m.put("close_out", closeOut.describe());
    m.put("close_out_by", c.fiscal().end(q.next()).toString());
    m.put("close_out_target", "at least 60%");
    m.put("close_out_met", closeOut.of() == 0 ? "no actions" : closeOut.rate() >= Kpis.CLOSE_OUT_TARGET ? "met" : "not met");
    m.put("min_theme_interviews", c.brief().program().minThemeInterviews());
    return m;
  }

  /** "answers OPP-1, OPP-2; 1 repeat loss since the fix shipped on ... (OPP-3)", or a dash for an action that is no fix. */
  static String losses(Corpus c, Action a, LocalDate asOf) {
    if (!winloss.core.fixes.Fixes.isFix(a)) {
      return "\u2014";
    }
    List<String> parts = new ArrayList<>();
    parts.add(a.opps().isEmpty() ? "names no loss" : "answers " + String.join(", ", a.opps()));
    List<Deal> repeats = winloss.core.fixes.Fixes.repeatLosses(c, a).stream().filter(d -> !d.closeDate().isAfter(asOf)).toList();
    if (!repeats.isEmpty()) {
      parts.add(new winloss.core.fixes.Fixes.Fix(a, a.opps(), repeats).repeatLine(winloss.core.output.Phrases.of(c.root(),
          winloss.core.output.Phrases.FIXES)));
    }
    return String.join("; ", parts);
  }

  private static long completedIn(Corpus c, Quarter q) {
    return Themes.inQuarter(c, q).stream().filter(Interview::isCompleted).count();
  }

  static boolean overdue(Action a, LocalDate asOf) {
    return a.status() == Action.Status.OPEN && a.due() != null && a.due().isBefore(asOf);
  }

  public static PlannedFile plan(Corpus c, Quarter q, LocalDate asOf, String commandWords) {
    String text = Templates.forCorpus(c.root()).render(TEMPLATE, model(c, q, asOf));
    return PlannedFile.generated(FILE, commandWords, text);
  }
}
