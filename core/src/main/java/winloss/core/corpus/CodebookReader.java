package winloss.core.corpus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * Reads win-loss/schema.yaml. Each category maps a code to a label, or to {@code {label, brief,
 * keywords}}. Codes are lower-case words joined by hyphens, since quotes tag them as {@code #code}.
 */
public final class CodebookReader {
  public static final Path FILE = Path.of("win-loss", "schema.yaml");
  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final List<String> REQUIRED = List.of("factors", "loss_reasons", "loss_types", "personas");

  private CodebookReader() {}

  public static Optional<Codebook> read(Path root, Diagnostics out) {
    Optional<String> text = MarkdownDocument.readText(root, FILE, 2L * 1024 * 1024, out);
    return text.isEmpty() ? Optional.empty() : parse(text.get(), out);
  }

  /** Reads schema.yaml's text (e.g. as an import is about to write it); findings name {@link #FILE}. */
  public static Optional<Codebook> parse(String text, Diagnostics out) {
    YNode doc;
    try {
      doc = YamlReader.parse(text, 1);
    } catch (InputProblem p) {
      out.problem(FILE, p);
      return Optional.empty();
    }
    YamlFields f = new YamlFields(FILE, out);
    if (!doc.isMap()) {
      f.error(doc.line(), "schema.yaml should be a mapping of categories (factors:, loss_reasons:, ...)");
      return Optional.empty();
    }
    for (String key : REQUIRED) {
      if (!doc.has(key)) {
        f.error(1, "missing '" + key + ":' category; the codebook needs factors, loss_reasons, loss_types and personas");
      }
    }
    String version = f.string(doc, "version", "");
    return Optional.of(
        new Codebook(
            version == null ? "" : version,
            category(f, doc, "factors"),
            category(f, doc, "loss_reasons"),
            category(f, doc, "loss_types"),
            category(f, doc, "personas"),
            category(f, doc, "objections"),
            category(f, doc, "flags"),
            crmLossReasons(f, doc)));
  }

  /** {@code crm_loss_reasons}: CRM picklist value to a loss_reasons code (checked against the codebook by check). */
  private static Map<String, String> crmLossReasons(YamlFields f, YNode doc) {
    Map<String, String> out = new LinkedHashMap<>();
    YNode m = f.mapping(doc, "crm_loss_reasons", "");
    if (m == null) {
      return out;
    }
    YNode reasons = doc.get("loss_reasons");
    for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
      YNode v = e.getValue();
      int line = m.keyLine(e.getKey());
      if (!v.isScalar() || v.text() == null || v.text().isBlank()) {
        f.error(line, "crm_loss_reasons." + e.getKey() + " should be a loss_reasons code, e.g. fit");
        continue;
      }
      String code = v.text().strip();
      if (reasons != null && reasons.isMap() && !reasons.has(code)) {
        f.error(line, "crm_loss_reasons." + e.getKey() + ": '" + code + "' is not a loss_reasons code"
            + (reasons.entries().isEmpty() ? "" : " (" + String.join(", ", reasons.entries().keySet()) + ")"));
        continue;
      }
      out.put(e.getKey(), code);
    }
    return out;
  }

  private static Map<String, Code> category(YamlFields f, YNode doc, String name) {
    Map<String, Code> codes = new LinkedHashMap<>();
    YNode cat = f.mapping(doc, name, "");
    if (cat == null) {
      return codes;
    }
    for (Map.Entry<String, YNode> e : cat.entries().entrySet()) {
      String id = e.getKey();
      int line = cat.keyLine(id);
      if (!CODE.matcher(id).matches()) {
        f.error(line, name + " code '" + id + "' must be lower-case letters, digits and hyphens (it is used as #" + id + ")");
        continue;
      }
      YNode v = e.getValue();
      if (v.isMap()) {
        String brief = f.string(v, "brief", name + "." + id + ".");
        if (brief != null && !Codebook.BRIEF_AREAS.contains(brief)) {
          f.error(v.keyLine("brief"), name + "." + id + ".brief '" + brief + "' is not one of " + String.join(" | ", Codebook.BRIEF_AREAS));
          brief = null;
        }
        codes.put(id, new Code(id, f.string(v, "label", name + "." + id + "."), brief,
            f.strings(v, "keywords", name + "." + id + ".", null, ""), line));
      } else if (v.isScalar()) {
        codes.put(id, new Code(id, v.text() == null ? id : v.text().trim(), "", List.of(), line));
      } else {
        f.error(line, name + "." + id + " should be a label or a {label, brief, keywords} mapping");
      }
    }
    return codes;
  }
}
