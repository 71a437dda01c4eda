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
 */
public record Chart(Kind kind, String title, List<String> labels, List<Double> values, String valueAxis, Double max) {
  /** The chart types winloss draws. */
  public enum Kind { BAR, PIE }

  public Chart {
    Objects.requireNonNull(kind, "kind");
    labels = List.copyOf(labels);
    values = List.copyOf(values);
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("one value per label: " + labels.size() + " labels, " + values.size() + " values");
    }
  }

  /** A file name for the chart from its title: "Win rate by quarter (%)" is {@code win-rate-by-quarter}. */
  public String slug() {
    String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "chart" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }
}
