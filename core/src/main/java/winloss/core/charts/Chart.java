package winloss.core.charts;

import java.util.List;
import java.util.Objects;

/**
 * One chart of a report, as data: what the Mermaid block draws and the SVG/PNG bundle redraws.
 *
 * @param kind a bar chart (one bar per label) or a pie (one slice per label)
 * @param title the chart's title, as the Mermaid block writes it
 * @param labels the bars' categories or the slices' names, in order
 * @param values one value per label (for bars, in the unit of {@code valueAxis}; for pies, counts)
 * @param valueAxis the value axis label of a bar chart ("" for pies)
 * @param max the value axis upper bound of a bar chart, or null to fit the data
 * @param more the further bar series of a bar chart, each one value per label, drawn beside the
 *     first (Mermaid's second and later {@code bar} lines); empty for one series and for pies
 */
public record Chart(Kind kind, String title, List<String> labels, List<Double> values, String valueAxis, Double max,
    List<List<Double>> more) {
  /** The chart types winloss draws. */
  public enum Kind { BAR, PIE }

  public Chart {
    Objects.requireNonNull(kind, "kind");
    labels = List.copyOf(labels);
    values = List.copyOf(values);
    more = more.stream().<List<Double>>map(List::copyOf).toList();
    int n = labels.size();
    if (n != values.size() || more.stream().anyMatch(m -> m.size() != n)) {
      throw new IllegalArgumentException("one value per label in every series: " + labels.size() + " labels, " + values.size() + " values");
    }
  }

  /** A chart of one series (every pie, most bar charts). */
  public Chart(Kind kind, String title, List<String> labels, List<Double> values, String valueAxis, Double max) {
    this(kind, title, labels, values, valueAxis, max, List.of());
  }

  /** Every series, the first ({@link #values}) first. */
  public List<List<Double>> series() {
    List<List<Double>> all = new java.util.ArrayList<>(List.of(values));
    all.addAll(more);
    return all;
  }

  /** A file name for the chart from its title: "Win rate by quarter (%)" is {@code win-rate-by-quarter}. */
  public String slug() {
    String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "chart" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }
}
