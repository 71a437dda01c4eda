package winloss.core.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link Chart} with JFreeChart: as SVG through JFreeSVG (text stays text, for HTML and
 * for screen readers) and as PNG through the JDK's ImageIO (for e-mail). Both are deterministic:
 * the font is the DejaVu Sans bundled in the jar (so text metrics, and therefore the layout, are
 * the same on every machine), the SVG's internal ids use a fixed prefix, colours come from a fixed
 * palette, and nothing reads the clock.
 */
public final class ChartRenderer {
  /** The drawing size in CSS pixels; the PNG is drawn at twice this for sharp print and HiDPI. */
  public static final int WIDTH = 720;
  public static final int HEIGHT = 360;
  private static final int PNG_SCALE = 2;
  private static final Color INK = new Color(0x22, 0x2B, 0x36);
  private static final Color GRID = new Color(0xD5, 0xDA, 0xE1);
  private static final Color[] PALETTE = {
    new Color(0x2F, 0x5D, 0x8A), new Color(0xD1, 0x7A, 0x22), new Color(0x4E, 0x9A, 0x6B), new Color(0xB8, 0x4A, 0x5A),
    new Color(0x7A, 0x68, 0xA6), new Color(0x8C, 0x8C, 0x8C), new Color(0x3E, 0x9E, 0xB5), new Color(0xC9, 0xA2, 0x27)};

  private ChartRenderer() {}

  /** The chart as a standalone SVG document (UTF-8, no XML declaration), identical bytes for identical charts. */
  public static String svg(Chart chart) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    g.setDefsKeyPrefix("wl-" + chart.slug() + "-");
    g.setFontFunction(family -> family.startsWith("DejaVu Sans") ? "'DejaVu Sans', Verdana, sans-serif" : family);
    jfree(chart).draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
    String svg = g.getSVGElement("wl-" + chart.slug());
    return svg.replace("><", ">\n<") + "\n";
  }

  /** The chart as PNG bytes, {@value #PNG_SCALE} times {@link #WIDTH} by {@link #HEIGHT}. */
  public static byte[] png(Chart chart) {
    BufferedImage img = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(PNG_SCALE, PNG_SCALE);
      jfree(chart).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static JFreeChart jfree(Chart chart) {
    JFreeChart j = chart.kind() == Chart.Kind.PIE ? pie(chart) : bar(chart);
    theme().apply(j);
    j.setBackgroundPaint(Color.WHITE);
    j.setAntiAlias(true);
    j.setTextAntiAlias(true);
    j.getTitle().setPaint(INK);
    j.setPadding(new RectangleInsets(8, 8, 8, 8));
    if (j.getPlot() instanceof CategoryPlot p) {
      styleBars(p, chart);
    } else if (j.getPlot() instanceof PiePlot<?> p) {
      stylePie(p, chart);
    }
    return j;
  }

  private static JFreeChart bar(Chart chart) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<List<Double>> series = chart.series();
    for (int s = 0; s < series.size(); s++) {
      // a series' key only tells series apart (no legend: the document's text says what each is)
      String key = s == 0 ? chart.valueAxis() : chart.valueAxis() + " (" + (s + 1) + ")";
      for (int i = 0; i < chart.labels().size(); i++) {
        data.addValue(series.get(s).get(i), key, chart.labels().get(i));
      }
    }
    return ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), data, PlotOrientation.VERTICAL, false, false, false);
  }

  private static JFreeChart pie(Chart chart) {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    for (int i = 0; i < chart.labels().size(); i++) {
      data.setValue(chart.labels().get(i), chart.values().get(i));
    }
    return ChartFactory.createPieChart(chart.title(), data, false, false, Locale.ROOT);
  }

  private static void styleBars(CategoryPlot p, Chart chart) {
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlineVisible(false);
    p.setRangeGridlinePaint(GRID);
    p.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
    NumberAxis range = (NumberAxis) p.getRangeAxis();
    range.setNumberFormatOverride(integer());
    range.setAxisLineVisible(false);
    range.setTickLabelPaint(INK);
    range.setLabelPaint(INK);
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // counts and percentages: whole ticks, never "0, 0, 1, 1"
    if (chart.max() != null) {
      // room above a bar that reaches the top, so its value label is drawn inside the chart
      double highest = chart.series().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(0);
      range.setRange(0, highest >= chart.max() ? chart.max() * 1.08 : chart.max());
    }
    CategoryAxis domain = p.getDomainAxis();
    domain.setTickLabelPaint(INK);
    domain.setMaximumCategoryLabelLines(2);
    BarRenderer r = (BarRenderer) p.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.18);
    for (int s = 0; s < chart.series().size(); s++) {
      r.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
    }
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", integer()));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelPaint(INK);
  }

  private static void stylePie(PiePlot<?> p, Chart chart) {
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlineVisible(false);
    p.setShadowPaint(null);
    p.setLabelBackgroundPaint(Color.WHITE);
    p.setLabelOutlinePaint(GRID);
    p.setLabelShadowPaint(null);
    p.setLabelPaint(INK);
    p.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})", integer(), percent()));
    for (int i = 0; i < chart.labels().size(); i++) {
      p.setSectionPaint(chart.labels().get(i), PALETTE[i % PALETTE.length]);
    }
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = new StandardChartTheme("winloss");
    Font regular = Fonts.REGULAR;
    Font bold = Fonts.BOLD;
    t.setExtraLargeFont(bold.deriveFont(16f));
    t.setLargeFont(bold.deriveFont(13f));
    t.setRegularFont(regular.deriveFont(12f));
    t.setSmallFont(regular.deriveFont(11f));
    t.setShadowVisible(false);
    t.setBarPainter(new StandardBarPainter());
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    return t;
  }

  private static DecimalFormat integer() {
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static DecimalFormat percent() {
    return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** The bundled DejaVu Sans (Bitstream Vera licence, see winloss/fonts/LICENSE-DejaVu.txt), loaded once. */
  private static final class Fonts {
    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private static Font load(String name) {
      try (InputStream in = ChartRenderer.class.getResourceAsStream("/winloss/fonts/" + name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks winloss/fonts/" + name);
        }
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException | FontFormatException e) {
        throw new IllegalStateException("cannot load the bundled font " + name + ": " + e.getMessage(), e);
      }
    }
  }
}
