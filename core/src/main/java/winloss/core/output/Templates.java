package winloss.core.output;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * Output templates: logic-less Mustache (jmustache) so users edit them without Java. The
 * defaults ship in the jar under {@code winloss/templates/}; a file of the same relative path
 * in the corpus's {@code templates/} folder overrides one. Markdown is not HTML: nothing is
 * escaped. A variable a template names but the data lacks is an error, not a silent blank.
 */
public final class Templates {
  public static final String RESOURCE_DIR = "winloss/templates/";
  public static final Path OVERRIDE_DIR = Path.of("templates");
  private static final Pattern LINE = Pattern.compile("(?:@ line|on line|line) (\\d+)");

  private final Path root;

  private Templates(Path root) {
    this.root = root;
  }

  /** Templates for the corpus at {@code root}, honouring its {@code templates/} overrides. */
  public static Templates forCorpus(Path root) {
    return new Templates(root);
  }

  /** The built-in templates only: for files written before a corpus exists ({@code init}). */
  public static Templates builtIn() {
    return new Templates(null);
  }

  /** Renders template {@code name} (e.g. {@code script.md.mustache}) with {@code data}. */
  public String render(String name, Object data) {
    Source source = source(name);
    Template t;
    try {
      t = compiler().compile(new StringReader(source.text()));
    } catch (MustacheException e) {
      throw new WinlossException(source.where() + ":" + line(e) + ": template syntax error: " + oneLine(e.getMessage())
          + "; fix the template or delete it to use the default");
    }
    try {
      return t.execute(data);
    } catch (MustacheException e) {
      throw new WinlossException(source.where() + ":" + line(e) + ": " + oneLine(e.getMessage())
          + "; the template names a value winloss does not provide (see docs/templates.md)");
    }
  }

  private Mustache.Compiler compiler() {
    return Mustache.compiler()
        .escapeHTML(false)
        .nullValue("")
        .withLoader(partial -> new StringReader(source(partial).text()));
  }

  private record Source(String text, String where) {}

  private Source source(String name) {
    Path override = root == null ? null : root.resolve(OVERRIDE_DIR).resolve(name);
    if (override != null && Files.isRegularFile(override)) {
      try {
        return new Source(TextFiles.read(override, TextFiles.MAX_DOCUMENT_BYTES), OVERRIDE_DIR.resolve(name).toString());
      } catch (IOException | InputProblem e) {
        throw new WinlossException(OVERRIDE_DIR.resolve(name) + ": cannot read the template: " + e.getMessage());
      }
    }
    return new Source(defaultText(name), "(built-in) templates/" + name);
  }

  /** The built-in template's text. */
  public static String defaultText(String name) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new WinlossException("no built-in template " + name + "; this is a winloss bug");
      }
      return TextFiles.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WinlossException("cannot read built-in template " + name + ": " + e.getMessage());
    }
  }

  private static int line(MustacheException e) {
    Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
