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
 * @param unreadable an error about a file that could not be read at all (over its size limit, not
 *     UTF-8, nested or aliased beyond the reader's safe limits): an input error, exit 2 in every
 *     command, {@code check} included, rather than a finding (docs/check.md)
 */
public record Diagnostic(Path file, int line, int col, Severity severity, String message, boolean unreadable) {

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.file().toString().replace('\\', '/'))
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::col)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  /** A finding (not an unreadable file). */
  public Diagnostic(Path file, int line, int col, Severity severity, String message) {
    this(file, line, col, severity, message, false);
  }

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

  /** The same error marked as about a file that could not be read at all. */
  public Diagnostic asUnreadable() {
    return new Diagnostic(file, line, col, severity, message, true);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: severity: message}, with forward slashes on every platform. */
  public String format() {
    return file.toString().replace('\\', '/') + ":" + line + ":" + col + ": " + severity.label() + ": " + message;
  }
}
