package winloss.core.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.output.PlannedFile;
import winloss.core.synthesis.Synthesis;

/**
 * A report as leadership reads it: the same markdown as one self-contained HTML file and as a
 * PDF, beside the markdown ({@code quarterly-synthesis/2026-Q3.md} gives {@code 2026-Q3.html} and
 * {@code 2026-Q3.pdf}). The HTML carries the generated-file header (an HTML comment), so a hand
 * edit is caught as with the markdown; the PDF is rewritten whenever its bytes differ.
 */
public final class Publication {
  private static final Pattern H1 = Pattern.compile("(?m)^# (.+)$");

  private Publication() {}

  /** The formats a report can be published in besides markdown. */
  public enum Format {
    HTML("html"), PDF("pdf");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  /**
   * The files of {@code doc} in {@code formats}.
   *
   * @param company the company, for the printed pages' header
   * @param subject what the report covers, for the header: "2026-Q3", "Lumen teardown"
   */
  public static List<PlannedFile> files(Synthesis.Document doc, String company, String subject, List<Format> formats) {
    return files(doc, company, subject, formats, winloss.core.progress.ProgressListener.NONE);
  }

  /** As {@link #files(Synthesis.Document, String, String, List)}, telling {@code progress} which format it renders. */
  public static List<PlannedFile> files(Synthesis.Document doc, String company, String subject, List<Format> formats,
      winloss.core.progress.ProgressListener progress) {
    String markdown = doc.charts().markdown();
    String title = title(markdown, company + ": " + subject);
    String header = company + " \u00b7 " + subject;
    List<PlannedFile> out = new ArrayList<>();
    for (Format f : formats) {
      Path path = sibling(doc.file().path(), f.extension());
      progress.phase(f == Format.HTML ? "rendering the HTML page" : "rendering the PDF");
      if (f == Format.HTML) {
        out.add(PlannedFile.generated(path, doc.command() + " --format html", HtmlPage.render(markdown, title, header, HtmlPage.Medium.SCREEN)));
      } else {
        String print = leadershipCut(markdown, sibling(doc.file().path(), "html").getFileName().toString());
        out.add(PlannedFile.binary(path, PdfDocument.render(HtmlPage.render(print, title, header, HtmlPage.Medium.PRINT), title)));
      }
    }
    return out;
  }

  private static final Pattern APPENDIX = Pattern.compile("(?m)^## Appendix\\b.*$");

  /**
   * The PDF is the leadership cut: everything above the document's {@code ## Appendix} heading
   * (the full evidence: every code, every quote), then a line saying where the appendix is. The
   * executive summary, themes, numbers, charts, tables, quotes and citations above it are the
   * markdown's, unchanged. A document without an appendix prints whole.
   */
  static String leadershipCut(String markdown, String htmlName) {
    Matcher m = APPENDIX.matcher(markdown);
    if (!m.find()) {
      return markdown;
    }
    String heading = m.group().substring(3).strip();
    return markdown.substring(0, m.start())
        + winloss.core.output.Templates.builtIn().render("publish/appendix-note.md.mustache", java.util.Map.of("heading", heading, "html", htmlName));
  }

  /** What a document covers, from its file name: "2026-Q3", "lumen", "2026-09". */
  public static String subject(Synthesis.Document doc) {
    String name = doc.path().getFileName().toString().replaceFirst("\\.md$", "");
    return name;
  }

  /** The document's first level-one heading, else {@code fallback}. */
  static String title(String markdown, String fallback) {
    Matcher m = H1.matcher(markdown);
    return m.find() ? m.group(1).strip() : fallback;
  }

  static Path sibling(Path markdown, String extension) {
    return markdown.resolveSibling(markdown.getFileName().toString().replaceFirst("\\.md$", "") + "." + extension);
  }
}
