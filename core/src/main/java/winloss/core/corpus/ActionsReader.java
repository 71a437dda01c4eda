package winloss.core.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Action;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/** Reads win-loss/actions.yaml, a list of actions; an absent file means no actions yet. */
public final class ActionsReader {
  public static final Path FILE = Path.of("win-loss", "actions.yaml");

  private ActionsReader() {}

  public static List<Action> read(Path root, Diagnostics out) {
    List<Action> actions = new ArrayList<>();
    if (!MarkdownDocument.exists(root, FILE)) {
      return actions;
    }
    Optional<String> text = MarkdownDocument.readText(root, FILE, 2L * 1024 * 1024, out);
    if (text.isEmpty()) {
      return actions;
    }
    YNode doc;
    try {
      doc = YamlReader.parse(text.get(), 1);
    } catch (InputProblem p) {
      out.problem(FILE, p);
      return actions;
    }
    if (doc.isMap() && doc.entries().isEmpty() || doc.isNull()) {
      return actions;
    }
    YamlFields f = new YamlFields(FILE, out);
    if (!doc.isSeq()) {
      f.error(doc.line(), "actions.yaml should be a list of actions (lines starting with '- id:')");
      return actions;
    }
    for (YNode item : doc.items()) {
      if (!item.isMap()) {
        f.error(item.line(), "an action is a mapping with id, quarter, theme, action, function, owner, due, status");
        continue;
      }
      String id = f.required(item, "id", "action ");
      if (id == null) {
        continue;
      }
      String w = "action " + id + ": ";
      String statusText = f.string(item, "status", w);
      Action.Status status = Action.Status.OPEN;
      if (statusText != null) {
        status = Action.Status.parse(statusText).orElse(null);
        if (status == null) {
          f.error(item.keyLine("status"), w + "status '" + statusText + "' should be open, done or dropped");
          status = Action.Status.OPEN;
        }
      }
      LocalDate due = f.date(item, "due", w);
      LocalDate doneOn = f.date(item, "done_on", w);
      List<String> opps = f.strings(item, "opps", w, null, "");
      String kind = f.string(item, "kind", w);
      if (kind != null && !Action.KINDS.contains(kind)) {
        f.error(item.keyLine("kind"), w + "kind '" + kind + "' should be one of " + String.join(", ", Action.KINDS));
        kind = null;
      }
      actions.add(new Action(id, f.string(item, "quarter", w), f.required(item, "theme", w),
          f.required(item, "action", w), f.required(item, "function", w), f.string(item, "owner", w), due, status,
          doneOn, opps, kind, f.string(item, "competitor", w), item.line()));
    }
    return actions;
  }
}
