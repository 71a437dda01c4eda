package winloss.core.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Framework;
import winloss.core.model.Question;

/**
 * Reads win-loss/eight-questions.md: a {@code ## Win interview} and a {@code ## Loss interview}
 * section, each an ordered list of eight questions with indented {@code Probe:} and {@code
 * Signal:} lines.
 */
public final class FrameworkReader {
  public static final Path FILE = Path.of("win-loss", "eight-questions.md");
  private static final Pattern ITEM = Pattern.compile("(\\d+)[.)]\\s+(.+)");
  private static final Pattern DETAIL = Pattern.compile("\\s+(Probe|Signal):\\s*(.*)");

  private FrameworkReader() {}

  public static Optional<Framework> read(Path root, Diagnostics out) {
    Optional<MarkdownDocument> doc = MarkdownDocument.load(root, FILE, out);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    YamlFields f = new YamlFields(FILE, out);
    String version = f.string(doc.get().front(), "version", "");
    if (version == null) {
      f.error(1, "missing version: in the front matter; the framework is versioned (e.g. version: 2026.1)");
    }
    List<Question> win = new ArrayList<>();
    List<Question> loss = new ArrayList<>();
    List<Question> current = null;
    boolean sawWin = false;
    boolean sawLoss = false;
    String[] lines = doc.get().body().split("\n", -1);
    int first = doc.get().bodyFirstLine();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int lineNo = first + i;
      if (l.startsWith("## ")) {
        String title = l.substring(3).trim().toLowerCase(java.util.Locale.ROOT);
        if (title.startsWith("win interview")) {
          current = win;
          sawWin = true;
        } else if (title.startsWith("loss interview")) {
          current = loss;
          sawLoss = true;
        } else {
          current = null;
        }
        continue;
      }
      if (current == null) {
        continue;
      }
      Matcher item = ITEM.matcher(l);
      if (item.matches()) {
        current.add(new Question(current.size() + 1, item.group(2).trim(), "", "", lineNo));
        continue;
      }
      Matcher detail = DETAIL.matcher(l);
      if (detail.matches() && !current.isEmpty()) {
        Question q = current.remove(current.size() - 1);
        String value = detail.group(2).trim();
        current.add(detail.group(1).equals("Probe")
            ? new Question(q.number(), q.text(), value, q.signal(), q.line())
            : new Question(q.number(), q.text(), q.probe(), value, q.line()));
      }
    }
    requireEight(f, "## Win interview", sawWin, win);
    requireEight(f, "## Loss interview", sawLoss, loss);
    return Optional.of(new Framework(version == null ? "" : version, win, loss));
  }

  private static void requireEight(YamlFields f, String heading, boolean seen, List<Question> qs) {
    if (!seen) {
      f.error(1, "no '" + heading + "' section; add it with the eight questions as a numbered list");
      return;
    }
    if (qs.size() != 8) {
      f.error(qs.isEmpty() ? 1 : qs.get(0).line(), "'" + heading + "' has " + qs.size() + " questions; the framework has exactly eight");
    }
    for (Question q : qs) {
      if (q.probe().isEmpty() || q.signal().isEmpty()) {
        f.warning(q.line(), "question " + q.number() + " has no " + (q.probe().isEmpty() ? "Probe:" : "Signal:") + " line; scripts show both to the interviewer");
      }
    }
  }
}
