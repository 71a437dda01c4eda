package winloss.core.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.output.PlannedFile;

/**
 * The chart bundle of a report: every Mermaid chart in its markdown, redrawn as SVG and PNG in a
 * {@code charts/} folder beside it ({@code quarterly-synthesis/2026-Q3.md} gets
 * {@code quarterly-synthesis/2026-Q3/charts/win-rate-by-quarter.svg}), and the markdown with an
 * image link under each Mermaid block, so the chart shows where Mermaid does not render (e-mail,
 * most markdown viewers, print). The charts are read back from the Mermaid blocks the templates
 * write, so the markdown stays the one source of what each chart shows.
 */
public final class ChartBundle {
  private static final Pattern BLOCK = Pattern.compile("(?m)^```mermaid[ \\t]*\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

  private ChartBundle() {}

  /** One chart of the bundle: the chart and its SVG and PNG paths, relative to the corpus root. */
  public record Entry(Chart chart, Path svg, Path png) {}

  /**
   * The bundle of a document.
   *
   * @param markdown the document with a link under each chart's Mermaid block
   * @param entries the charts found, in document order
   * @param files the SVG and PNG files to write (empty when the document draws no chart)
   */
  public record Bundle(String markdown, List<Entry> entries, List<PlannedFile> files) {}

  /** The charts of {@code markdown}, the document at {@code document} (relative to the corpus root). */
  public static Bundle of(Path document, String markdown) {
    String stem = document.getFileName().toString().replaceFirst("\\.md$", "");
    Path dir = document.resolveSibling(stem).resolve("charts");
    Matcher m = BLOCK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    List<Entry> entries = new ArrayList<>();
    List<PlannedFile> files = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int last = 0;
    while (m.find()) {
      Optional<Chart> chart = MermaidCharts.parse(m.group(1));
      out.append(markdown, last, m.end());
      last = m.end();
      if (chart.isEmpty()) {
        continue;
      }
      Chart c = chart.get();
      String name = c.slug();
      for (int n = 2; !used.add(name); n++) {
        name = c.slug() + "-" + n;
      }
      Path svg = dir.resolve(name + ".svg");
      Path png = dir.resolve(name + ".png");
      entries.add(new Entry(c, svg, png));
      files.add(PlannedFile.derived(svg, ChartRenderer.svg(c)));
      files.add(PlannedFile.binary(png, ChartRenderer.png(c)));
      String rel = stem + "/charts/" + name;
      out.append("\n\n![").append(c.title().replace("]", ")").replace("[", "(")).append("](").append(rel).append(".svg)")
          .append(" ([PNG](").append(rel).append(".png))");
    }
    out.append(markdown, last, markdown.length());
    return new Bundle(out.toString(), entries, files);
  }

  /** True for the image line the bundle puts under a Mermaid block: the HTML and PDF draw the chart inline instead. */
  public static boolean isChartLink(String destination) {
    return destination.matches("[^/]+/charts/[a-z0-9-]+\\.(svg|png)");
  }
}
