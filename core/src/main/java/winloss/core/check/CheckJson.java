package winloss.core.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.diag.Diagnostic;
import winloss.core.json.Json;

/** {@code check --format json}: the same findings as the text form, and the counts. */
public final class CheckJson {
  private CheckJson() {}

  public static String render(CheckReport report, java.util.function.Function<Diagnostic, String> path) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    root.put("deals", report.deals());
    root.put("interviews", report.interviews());
    List<Map<String, Object>> items = report.diagnostics().stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", path.apply(d));
      m.put("line", d.line());
      m.put("col", d.col());
      m.put("severity", d.severity().label());
      m.put("message", d.message());
      return m;
    }).toList();
    root.put("diagnostics", items);
    return Json.write(root);
  }
}
