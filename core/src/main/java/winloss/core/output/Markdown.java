package winloss.core.output;

/**
 * Values from the corpus (names, labels, quotes) made safe for the structural place a generated
 * document puts them, so no value can break the document's shape: a competitor called
 * "Two\nLines" or "A | B", a quote holding {@code <script>}. Templates are not escaped as a
 * whole (markdown is not HTML, and some values are whole blocks such as charts): the code that
 * builds a template's data escapes each value for where it goes.
 */
public final class Markdown {
  private Markdown() {}

  /** One line of text: every run of line breaks, tabs or other control characters is one space. */
  public static String line(String s) {
    return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
  }

  /**
   * Text a markdown renderer shows as written, never as HTML: one line, with {@code <} written
   * {@code &lt;} and an {@code &} that would start an entity written {@code &amp;}.
   */
  public static String text(String s) {
    return line(s).replaceAll("&(?=#?[A-Za-z0-9]+;)", "&amp;").replace("<", "&lt;");
  }

  /** A table cell: {@link #text} with {@code |} escaped, so it stays one cell of one row. */
  public static String cell(String s) {
    return text(s).replace("|", "\\|");
  }

  /**
   * Text inside a double-quoted Mermaid label or title: one line, with Mermaid's entity codes for
   * quotes and angle brackets ({@code #quot;}, {@code #lt;}, {@code #gt;}) and {@code #} itself.
   */
  public static String mermaid(String s) {
    return line(s).replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
