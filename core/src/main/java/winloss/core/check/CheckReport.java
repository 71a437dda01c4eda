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
