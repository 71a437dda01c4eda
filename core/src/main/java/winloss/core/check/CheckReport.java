package winloss.core.check;

import java.util.List;
import winloss.core.diag.Diagnostic;

/** What {@code check} found, sorted by file and line, with what it looked at. */
public record CheckReport(List<Diagnostic> diagnostics, int deals, int interviews) {
  public CheckReport {
    diagnostics = List.copyOf(diagnostics);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /** The errors about files that could not be read at all ({@link Diagnostic#unreadable()}): exit 2. */
  public List<Diagnostic> unreadable() {
    return diagnostics.stream().filter(Diagnostic::unreadable).toList();
  }

  /**
   * "win-loss/interviews/D-3.md:5 (YAML nests ...)" for the first unreadable file and how many
   * others, with {@code shown} turning a file into the path to print; "" when every file was read.
   */
  public String unreadableSummary(java.util.function.Function<Diagnostic, String> shown) {
    List<Diagnostic> u = unreadable();
    if (u.isEmpty()) {
      return "";
    }
    Diagnostic d = u.get(0);
    long files = u.stream().map(Diagnostic::file).distinct().count();
    return shown.apply(d) + (d.line() > 0 ? ":" + d.line() : "") + " could not be read at all (" + d.message() + ")"
        + (files > 1 ? ", and " + (files - 1) + " other file" + (files == 2 ? "" : "s") : "");
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  /** "2 errors, 1 warning in 132 deals and 58 interviews". */
  public String summary() {
    return plural(errors(), "error") + ", " + plural(warnings(), "warning") + " in " + plural(deals, "deal") + " and "
        + plural(interviews, "interview");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
