package winloss.core.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.json.Json;
import winloss.core.output.Templates;

/** The due list as markdown (template {@code due.md.mustache}), JSON or CSV. */
public final class DueFormat {
  public static final String TEMPLATE = "due.md.mustache";
  public static final List<String> CSV_COLUMNS = List.of("opp", "outcome", "acv", "close_date", "days_since_close", "reason",
      "state", "interviewer", "window_ends", "days_left", "nudge", "escalate", "past_window");

  private DueFormat() {}

  public static String markdown(DueList.Report r, Path root) {
    return markdown(r, root, false);
  }

  /** With {@code openOnly}, the table lists only the deals that still need something ({@code due --open}). */
  public static String markdown(DueList.Report r, Path root, boolean openOnly) {
    List<DueList.Row> shown = openOnly ? r.openRows() : r.rows();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("openOnly", openOnly);
    m.put("shown", shown.size());
    m.put("asOf", r.asOf().toString());
    m.put("deals", r.deals());
    m.put("required", r.rows().size());
    m.put("notRequired", r.notRequired());
    m.put("hasRows", !shown.isEmpty());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DueList.Row row : shown) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("opp", cell(row.opp()));
      x.put("hasOppName", !row.oppName().isEmpty());
      x.put("oppName", cell(row.oppName()));
      x.put("outcome", row.outcome().code());
      x.put("acv", Wording.amount(row.acv()));
      x.put("closeDate", row.closeDate().toString());
      x.put("days", row.daysSinceClose());
      x.put("reason", cell(row.reason()));
      x.put("state", row.state().label());
      x.put("interviewer", row.interviewer().isEmpty() ? "" : cell(row.interviewer()));
      x.put("followUp", row.followUp().isEmpty() ? "none" : row.followUp());
      x.put("window", window(row));
      rows.add(x);
    }
    m.put("rows", rows);
    int n = r.rows().size();
    m.put("nudgeDays", r.program().nudgeAfterDays());
    m.put("escalateDays", r.program().escalateAfterDays());
    m.put("nudges", ofN(r.nudges(), n));
    m.put("escalations", ofN(r.escalations(), n));
    m.put("pastWindow", ofN(r.pastWindow(), n));
    List<Map<String, Object>> ex = new ArrayList<>();
    for (DueList.Excluded e : r.excluded()) {
      ex.add(Map.of("reason", e.reason(), "count", e.opps().size(), "opps", String.join(", ", e.opps())));
    }
    m.put("hasExcluded", !ex.isEmpty());
    m.put("excluded", ex);
    return Templates.forCorpus(root).render(TEMPLATE, m);
  }

  public static String json(DueList.Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("as_of", r.asOf().toString());
    m.put("deals", r.deals());
    m.put("required", r.rows().size());
    m.put("not_required", r.notRequired());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DueList.Row row : r.rows()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("opp", row.opp());
      x.put("outcome", row.outcome().code());
      x.put("acv", row.acv());
      x.put("close_date", row.closeDate().toString());
      x.put("days_since_close", row.daysSinceClose());
      x.put("reason", row.reason());
      x.put("state", row.state().code());
      x.put("interviewer", row.interviewer().isEmpty() ? null : row.interviewer());
      x.put("window_ends", row.windowEnds().toString());
      x.put("days_left", row.daysLeft());
      x.put("nudge", row.nudge());
      x.put("escalate", row.escalate());
      x.put("past_window", row.pastWindow());
      rows.add(x);
    }
    m.put("rows", rows);
    m.put("nudge", r.nudges());
    m.put("escalate", r.escalations());
    m.put("past_window", r.pastWindow());
    List<Map<String, Object>> ex = new ArrayList<>();
    for (DueList.Excluded e : r.excluded()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("reason", e.reason());
      x.put("count", e.opps().size());
      x.put("opps", e.opps());
      ex.add(x);
    }
    m.put("not_required_reasons", ex);
    return Json.write(m);
  }

  /** The due list as CSV ({@link #CSV_COLUMNS}), through the one CSV writer: text cells never run as formulas. */
  public static String csv(DueList.Report r) {
    List<List<Object>> rows = new ArrayList<>();
    for (DueList.Row row : r.rows()) {
      rows.add(java.util.Arrays.asList(row.opp(), row.outcome().code(), row.acv(), row.closeDate(),
          row.daysSinceClose(), row.reason(), row.state().code(), row.interviewer(), row.windowEnds(), row.daysLeft(),
          row.nudge(), row.escalate(), row.pastWindow()));
    }
    return winloss.core.output.CsvWriter.write(CSV_COLUMNS, rows);
  }

  private static String window(DueList.Row row) {
    if (row.pastWindow()) {
      return "missed (ended " + row.windowEnds() + ")";
    }
    boolean open = row.state() == DueList.State.NONE || row.state() == DueList.State.REQUESTED || row.state() == DueList.State.BOOKED;
    if (!open) {
      return (row.daysLeft() < 0 ? "ended " : "ends ") + row.windowEnds();
    }
    if (row.daysLeft() == 0) {
      return "ends today";
    }
    return "ends " + row.windowEnds() + " (" + row.daysLeft() + " day" + (row.daysLeft() == 1 ? "" : "s") + " left)";
  }

  private static String ofN(List<String> opps, int n) {
    return opps.size() + " of " + n + (opps.isEmpty() ? "" : ": " + String.join(", ", opps));
  }

  private static String cell(String s) {
    return winloss.core.output.Markdown.cell(Wording.inline(s));
  }
}
