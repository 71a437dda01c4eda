package winloss.core.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Mermaid charts winloss's templates draw back into {@link Chart}s: {@code xychart-beta}
 * with one or more {@code bar} (or {@code line}) series, and {@code pie}. This is the small subset the
 * reports write (see the templates), not a Mermaid parser; any other diagram is left alone
 * (empty result), so a template that draws one still renders, only without an image beside it.
 */
public final class MermaidCharts {
  private static final Pattern TITLE = Pattern.compile("^\\s*title\\s+\"(.*)\"\\s*$");
  private static final Pattern X_AXIS = Pattern.compile("^\\s*x-axis\\s+\\[(.*)]\\s*$");
  private static final Pattern Y_AXIS = Pattern.compile("^\\s*y-axis\\s+\"(.*?)\"(?:\\s+(-?[0-9.]+)\\s*-->\\s*(-?[0-9.]+))?\\s*$");
  private static final Pattern SERIES = Pattern.compile("^\\s*(?:bar|line)\\s+\\[(.*)]\\s*$");
  private static final Pattern SLICE = Pattern.compile("^\\s*\"(.*)\"\\s*:\\s*(-?[0-9.]+)\\s*$");
  private static final Pattern ITEM = Pattern.compile("\\s*(?:\"((?:[^\"])*)\"|([^,]+?))\\s*(?:,|$)");

  private MermaidCharts() {}

  /** The chart a Mermaid block's source (without the fences) draws, or empty when not one of ours. */
  public static Optional<Chart> parse(String source) {
    String[] lines = source.strip().split("\n");
    if (lines.length == 0) {
      return Optional.empty();
    }
    String head = lines[0].strip();
    if (head.startsWith("xychart-beta")) {
      return xy(lines);
    }
    if (head.startsWith("pie")) {
      return pie(lines);
    }
    return Optional.empty();
  }

  private static Optional<Chart> xy(String[] lines) {
    String title = "";
    List<String> labels = null;
    List<List<Double>> series = new ArrayList<>();
    String axis = "";
    Double max = null;
    for (String line : lines) {
      Matcher m;
      if ((m = TITLE.matcher(line)).matches()) {
        title = m.group(1);
      } else if ((m = X_AXIS.matcher(line)).matches()) {
        labels = items(m.group(1));
      } else if ((m = Y_AXIS.matcher(line)).matches()) {
        axis = m.group(1);
        max = m.group(3) == null ? null : Double.valueOf(m.group(3));
      } else if ((m = SERIES.matcher(line)).matches()) {
        series.add(items(m.group(1)).stream().map(Double::valueOf).toList());
      }
    }
    if (labels == null || series.isEmpty()) {
      return Optional.empty();
    }
    for (List<Double> values : series) {
      if (values.size() != labels.size()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Chart(Chart.Kind.BAR, title, labels, series.get(0), axis, max, series.subList(1, series.size())));
  }

  private static Optional<Chart> pie(String[] lines) {
    String title = "";
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String line : lines) {
      Matcher m;
      if ((m = TITLE.matcher(line)).matches()) {
        title = m.group(1);
      } else if ((m = SLICE.matcher(line)).matches()) {
        labels.add(m.group(1));
        values.add(Double.valueOf(m.group(2)));
      }
    }
    return labels.isEmpty() ? Optional.empty() : Optional.of(new Chart(Chart.Kind.PIE, title, labels, values, "", null));
  }

  private static List<String> items(String list) {
    List<String> out = new ArrayList<>();
    Matcher m = ITEM.matcher(list);
    int at = 0;
    while (at < list.length() && m.find(at) && m.start() == at) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2).strip());
      if (m.end() == at) {
        break;
      }
      at = m.end();
    }
    return out;
  }
}
