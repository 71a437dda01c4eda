package winloss.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import winloss.core.diag.Diagnostics;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * Reads the optional, human-owned {@code win-loss/theme-names.yaml}: a PMM's names for themes,
 * per period ({@code <quarter or month>: {<code>: <name>}}, corpus-format v1.1). A period is a
 * quarter as written ({@code 2026-Q3}) or a month ({@code 2026-09}). Problems are reported into
 * {@code out} with the file and line; a missing file is no names.
 */
public final class ThemeNamesReader {
  public static final Path FILE = Path.of("win-loss", "theme-names.yaml");

  private ThemeNamesReader() {}

  /** Period to code to name, in file order; empty when the file is absent. */
  public static Map<String, Map<String, String>> read(Path root, Diagnostics out) {
    Map<String, Map<String, String>> names = new LinkedHashMap<>();
    if (!Files.isRegularFile(root.resolve(FILE))) {
      return names;
    }
    var text = MarkdownDocument.readText(root, FILE, 1024L * 1024, out);
    if (text.isEmpty()) {
      return names;
    }
    YNode doc;
    try {
      doc = YamlReader.parse(text.get(), 1);
    } catch (InputProblem p) {
      out.problem(FILE, p);
      return names;
    }
    if (doc.isNull()) {
      return names;
    }
    if (!doc.isMap()) {
      out.error(FILE, doc.line(), "theme-names.yaml should map a period to {code: name}, e.g. 2026-Q3: {security-review: Security review loses enterprise deals}");
      return names;
    }
    for (Map.Entry<String, YNode> e : doc.entries().entrySet()) {
      YNode v = e.getValue();
      if (!v.isMap()) {
        out.error(FILE, doc.keyLine(e.getKey()), e.getKey() + " should map codes to names, e.g. {security-review: Security review loses enterprise deals}");
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (Map.Entry<String, YNode> c : v.entries().entrySet()) {
        YNode n = c.getValue();
        if (!n.isScalar() || n.text() == null || n.text().isBlank()) {
          out.error(FILE, v.keyLine(c.getKey()), e.getKey() + "." + c.getKey() + " should be a name (text)");
          continue;
        }
        m.put(c.getKey(), n.text().strip());
      }
      names.put(e.getKey().strip(), m);
    }
    return names;
  }
}
