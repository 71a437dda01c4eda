package winloss.core.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, row by row.
 *
 * @param rows data rows read from the export
 * @param imported opp ids of deals new to deals.csv
 * @param updated deals already in deals.csv whose columns changed
 * @param unchanged opp ids already in deals.csv exactly as the export has them
 * @param skipped rows left out, with the reason and the export's line
 * @param notes anything else the user should know (defaults used, columns not found)
 */
public record ImportReport(
    String export,
    CrmSource source,
    int rows,
    List<String> imported,
    List<Updated> updated,
    List<String> unchanged,
    List<Skipped> skipped,
    List<String> notes) {

  public ImportReport {
    imported = List.copyOf(imported);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /** A deal whose row changed, and which columns. */
  public record Updated(String oppId, List<String> columns) {}

  /** A row the import left out. */
  public record Skipped(int line, String oppId, String reason) {}

  /** True when deals.csv would not change at all. */
  public boolean changesNothing() {
    return imported.isEmpty() && updated.isEmpty();
  }

  /** The report as lines of text. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("import crm: " + rows + " row" + (rows == 1 ? "" : "s") + " read from " + export + " (" + source.label() + ")");
    out.add("  imported  " + imported.size() + (imported.isEmpty() ? "" : ": " + ids(imported)));
    out.add("  updated   " + updated.size() + (updated.isEmpty() ? "" : ": "
        + String.join(", ", updated.stream().map(u -> u.oppId() + " (" + String.join(", ", u.columns()) + ")").toList())));
    out.add("  unchanged " + unchanged.size());
    out.add("  skipped   " + skipped.size());
    Map<String, List<Skipped>> byReason = new LinkedHashMap<>();
    for (Skipped s : skipped) {
      byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<String, List<Skipped>> e : byReason.entrySet()) {
      List<Skipped> list = e.getValue();
      List<String> lines = list.stream().limit(10).map(s -> String.valueOf(s.line())).toList();
      out.add("    " + list.size() + " " + e.getKey() + ": line" + (list.size() == 1 ? " " : "s ") + String.join(", ", lines)
          + (list.size() > 10 ? " and " + (list.size() - 10) + " more" : ""));
    }
    for (String n : notes) {
      out.add("  note: " + n);
    }
    return out;
  }

  private static String ids(List<String> ids) {
    return ids.size() <= 10 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
  }
}
