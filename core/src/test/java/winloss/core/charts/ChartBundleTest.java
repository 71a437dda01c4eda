package winloss.core.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.output.PlannedFile;

/** The chart bundle: Mermaid blocks read back, drawn as SVG and PNG, linked under the block, same bytes every run. */
class ChartBundleTest {
  static final String DOC = """
      # Readout

      ```mermaid
      xychart-beta
          title "Win rate by quarter (%)"
          x-axis ["2026-Q1", "2026-Q2 (n=4)", "2026-Q3"]
          y-axis "Win rate (%)" 0 --> 100
          bar [58, 55, 47]
      ```

      Some text.

      ```mermaid
      pie showData
          title "Loss reasons, 2026-Q3 (7 loss interviews)"
          "Fit" : 5
          "Incumbent" : 1
          "Price" : 1
      ```

      ```mermaid
      graph TD
        A --> B
      ```
      """;

  @Test
  void readsTheChartsTheTemplatesDraw() {
    Chart bar = MermaidCharts.parse("xychart-beta\n    title \"Win rate by quarter (%)\"\n    x-axis [\"2026-Q1\", \"2026-Q2 (n=4)\"]\n"
        + "    y-axis \"Win rate (%)\" 0 --> 100\n    bar [58, 55]").orElseThrow();
    assertThat(bar.kind()).isEqualTo(Chart.Kind.BAR);
    assertThat(bar.labels()).containsExactly("2026-Q1", "2026-Q2 (n=4)");
    assertThat(bar.values()).containsExactly(58.0, 55.0);
    assertThat(bar.max()).isEqualTo(100.0);
    assertThat(bar.slug()).isEqualTo("win-rate-by-quarter");
    Chart pie = MermaidCharts.parse("pie showData\n    title \"Loss reasons\"\n    \"Fit\" : 5\n    \"Price\" : 1").orElseThrow();
    assertThat(pie.kind()).isEqualTo(Chart.Kind.PIE);
    assertThat(pie.labels()).containsExactly("Fit", "Price");
    assertThat(MermaidCharts.parse("graph TD\n A --> B")).isEmpty();
    assertThat(MermaidCharts.parse("xychart-beta\n x-axis [a, b]\n bar [1]")).as("a bar per label").isEmpty();
  }

  @Test
  void drawsEverySeriesOfABarChartSideBySide() {
    String block = "xychart-beta\n    title \"Lost deals, by week\"\n    x-axis [\"W27\", \"W28\"]\n"
        + "    y-axis \"Lost deals\" 0 --> 100\n    bar [71, 93]\n    bar [33, 47]";
    Chart c = MermaidCharts.parse(block).orElseThrow();
    assertThat(c.values()).containsExactly(71.0, 93.0);
    assertThat(c.more()).containsExactly(List.of(33.0, 47.0));
    assertThat(c.series()).hasSize(2);
    assertThat(MermaidCharts.parse(block + "\n    bar [1]")).as("every series has a value per label").isEmpty();
    String svg = ChartRenderer.svg(c);
    assertThat(svg).contains(">71<", ">93<", ">33<", ">47<", "rgb(47,93,138)", "rgb(209,122,34)");
    assertThat(ChartRenderer.svg(new Chart(c.kind(), c.title(), c.labels(), c.values(), c.valueAxis(), c.max())))
        .as("one series draws only the first").doesNotContain(">33<", "rgb(209,122,34)");
    assertThat(ChartRenderer.png(c)).isEqualTo(ChartRenderer.png(MermaidCharts.parse(block).orElseThrow()));
  }

  @Test
  void drawsEachChartBesideTheDocumentAndLinksItUnderItsBlock() {
    ChartBundle.Bundle b = ChartBundle.of(Path.of("win-loss", "quarterly-synthesis", "2026-Q3.md"), DOC);
    assertThat(b.files()).extracting(f -> f.path().toString().replace('\\', '/')).containsExactly(
        "win-loss/quarterly-synthesis/2026-Q3/charts/win-rate-by-quarter.svg",
        "win-loss/quarterly-synthesis/2026-Q3/charts/win-rate-by-quarter.png",
        "win-loss/quarterly-synthesis/2026-Q3/charts/loss-reasons-2026-q3.svg",
        "win-loss/quarterly-synthesis/2026-Q3/charts/loss-reasons-2026-q3.png");
    assertThat(b.markdown()).contains("""
        ```

        ![Win rate by quarter (%)](2026-Q3/charts/win-rate-by-quarter.svg) ([PNG](2026-Q3/charts/win-rate-by-quarter.png))

        Some text.""");
    assertThat(b.markdown()).contains("![Loss reasons, 2026-Q3 (7 loss interviews)](2026-Q3/charts/loss-reasons-2026-q3.svg)");
    assertThat(b.markdown()).as("a diagram that is not a chart is left alone").endsWith("```mermaid\ngraph TD\n  A --> B\n```\n");
    String svg = b.files().get(0).content();
    assertThat(svg).startsWith("<svg").contains("Win rate by quarter (%)", "2026-Q2 (n=4)", ">58<", ">47<").doesNotContain("<script");
    assertThat(b.files().get(2).content()).contains("Fit: 5 (71%)", "Incumbent: 1 (14%)");
    byte[] png = b.files().get(1).bytes();
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    assertThat(b.files().get(1).isBinary()).isTrue();
  }

  @Test
  void theSameChartsGiveTheSameBytes() {
    List<PlannedFile> once = ChartBundle.of(Path.of("a.md"), DOC).files();
    List<PlannedFile> twice = ChartBundle.of(Path.of("a.md"), DOC).files();
    for (int i = 0; i < once.size(); i++) {
      assertThat(twice.get(i).data()).as(once.get(i).path().toString()).isEqualTo(once.get(i).data());
    }
  }

  @Test
  void aDocumentWithoutChartsIsUnchanged() {
    ChartBundle.Bundle b = ChartBundle.of(Path.of("x.md"), "# Title\n\nNo chart.\n");
    assertThat(b.markdown()).isEqualTo("# Title\n\nNo chart.\n");
    assertThat(b.files()).isEmpty();
  }
}
