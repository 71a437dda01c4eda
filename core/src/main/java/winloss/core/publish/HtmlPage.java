package winloss.core.publish;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import winloss.core.charts.Chart;
import winloss.core.charts.ChartBundle;
import winloss.core.charts.ChartRenderer;
import winloss.core.charts.MermaidCharts;

/**
 * A report's markdown as one self-contained HTML page, rendered with flexmark (tables extension):
 * the stylesheet is inline, each Mermaid chart is replaced by the same chart drawn as inline SVG
 * (screen) or as a PNG data URI (print, for the PDF), and the chart bundle's image links are
 * dropped because the chart is already there. No script, no external resource, no network. Raw
 * HTML in the markdown is escaped, never passed through (a buyer's quote cannot inject markup).
 * The text (quotes, citations, counts) is exactly the markdown's.
 */
public final class HtmlPage {
  /** Where the page is read: a browser (inline SVG) or the PDF renderer (PNG, paged CSS). */
  public enum Medium { SCREEN, PRINT }

  private HtmlPage() {}

  /**
   * @param markdown the report without its generated-header line
   * @param title the page title, e.g. "Kestrel Shield: 2026-Q3 win/loss readout"
   * @param header the running header of printed pages, e.g. "Kestrel Shield · 2026-Q3"
   */
  public static String render(String markdown, String title, String header, Medium medium) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(TablesExtension.CLASS_NAME, "data");
    Parser parser = Parser.builder(options).build();
    HtmlRenderer renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new Charts(medium)).build();
    Document doc = parser.parse(markdown);
    String body = renderer.render(doc);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n")
        .append(css(medium == Medium.PRINT ? "print.css" : "screen.css").replace("{{header}}", cssString(header)))
        .append("</style>\n</head>\n<body>\n<main>\n").append(body).append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Draws each Mermaid block as its chart; drops the bundle's image line under it. */
  private static final class Charts implements NodeRenderer {
    private final Medium medium;

    Charts(Medium medium) {
      this.medium = medium;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(FencedCodeBlock.class, this::code),
          new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
          new NodeRenderingHandler<>(SoftLineBreak.class, this::softBreak));
    }

    private void code(FencedCodeBlock block, NodeRendererContext ctx, HtmlWriter html) {
      Optional<Chart> chart = block.getInfo().toString().trim().equals("mermaid")
          ? MermaidCharts.parse(block.getContentChars().toString()) : Optional.empty();
      if (chart.isEmpty()) {
        ctx.delegateRender();
        return;
      }
      Chart c = chart.get();
      html.line();
      html.raw("<figure class=\"chart\">");
      if (medium == Medium.SCREEN) {
        html.raw(ChartRenderer.svg(c).replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + escape(c.title()) + "\" "));
      } else {
        html.raw("<img alt=\"" + escape(c.title()) + "\" src=\"data:image/png;base64,"
            + Base64.getEncoder().encodeToString(ChartRenderer.png(c)) + "\"/>");
      }
      html.raw("</figure>");
      html.line();
    }

    /** Quotes stacked in one blockquote stay one per line, as the markdown's author laid them out. */
    private void softBreak(SoftLineBreak br, NodeRendererContext ctx, HtmlWriter html) {
      if (br.getAncestorOfType(BlockQuote.class) != null) {
        html.raw("<br/>").line();
      } else {
        html.raw(" ");
      }
    }

    private void paragraph(Paragraph p, NodeRendererContext ctx, HtmlWriter html) {
      if (p.getFirstChild() instanceof Image img && ChartBundle.isChartLink(img.getUrl().toString())) {
        return;
      }
      ctx.delegateRender();
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String cssString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String css(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream("/winloss/publish/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks winloss/publish/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
