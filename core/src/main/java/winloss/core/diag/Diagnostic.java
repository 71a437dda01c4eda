package winloss.core.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about one place in the corpus, printed the way compilers print them
 * ({@code path:line:col: error: message}) so that editors and CI annotate it.
 *
 * @param file the file, relative to the corpus root when it lies inside it
 * @param line 1-based line, or 0 when the finding is about the whole file
 * @param col 1-based column, or 0 when unknown
 */
public record Diagnostic(Path file, int line, int col, Severity severity, String message) {

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.file().toString().replace('\\', '/'))
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::col)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0 || col < 0) {
      throw new IllegalArgumentException("line and col must be >= 0: " + line + ":" + col);
    }
    if (message.isBlank() || message.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a diagnostic message is one non-empty line: " + message);
    }
  }

  public static Diagnostic error(Path file, int line, String message) {
    return new Diagnostic(file, line, line > 0 ? 1 : 0, Severity.ERROR, message);
  }

  public static Diagnostic warning(Path file, int line, String message) {
    return new Diagnostic(file, line, line > 0 ? 1 : 0, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: severity: message}, with forward slashes on every platform. */
  public String format() {
    return file.toString().replace('\\', '/') + ":" + line + ":" + col + ": " + severity.label() + ": " + message;
  }
}
