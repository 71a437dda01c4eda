package winloss.core.publish;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import winloss.core.diag.WinlossException;

/**
 * The print page of {@link HtmlPage} as a PDF, with openhtmltopdf (HTML and CSS paged media on
 * PDFBox): A4, the company and quarter in every page's header, "Page n of m" in the footer, the
 * bundled DejaVu Sans embedded (so every character of a quote prints, not only Latin-1). The bytes
 * are the same for the same page: the document id is derived from the content and the dates are
 * fixed, instead of PDFBox's time-based defaults.
 */
public final class PdfDocument {
  private PdfDocument() {}

  /** The PDF of {@code printHtml} (an {@link HtmlPage.Medium#PRINT} page), titled {@code title}. */
  public static byte[] render(String printHtml, String title) {
    // openhtmltopdf logs its timings to stderr through java.util.logging; a CLI prints only results and errors
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.withProducer("winloss");
      b.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
      b.withHtmlContent(xhtml(printHtml), null);
      b.toStream(raw);
      b.run();
    } catch (IOException | RuntimeException e) {
      throw new WinlossException("cannot render the PDF: " + e.getMessage() + " (a bug; rerun with --stacktrace and report it)", 3, e);
    }
    return normalize(raw.toByteArray(), title, printHtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Fixed dates and a content-derived id: PDFBox would otherwise stamp the wall clock into both. */
  private static byte[] normalize(byte[] pdf, String title, byte[] seed) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      Calendar epoch = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      epoch.clear();
      epoch.set(2000, Calendar.JANUARY, 1);
      info.setCreationDate(epoch);
      info.setModificationDate(epoch);
      info.setTitle(title);
      info.setProducer("winloss");
      byte[] id = java.security.MessageDigest.getInstance("MD5").digest(seed);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** openhtmltopdf reads XHTML: close the void elements flexmark and the page template leave open. */
  static String xhtml(String html) {
    return html.replaceFirst("(?s)^<!DOCTYPE html>\\s*", "<!DOCTYPE html>\n")
        .replaceAll("<(meta|br|hr|img|input)([^>]*?)(?<!/)>", "<$1$2/>");
  }

  private static InputStream font(String name) {
    InputStream in = PdfDocument.class.getResourceAsStream("/winloss/fonts/" + name);
    if (in == null) {
      throw new IllegalStateException("the jar lacks winloss/fonts/" + name);
    }
    return in;
  }
}
