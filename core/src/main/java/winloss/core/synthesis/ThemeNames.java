package winloss.core.synthesis;

import java.util.Map;
import winloss.core.corpus.ThemeNamesReader;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.Diagnostics;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;

/** The PMM's theme names for one period from {@code win-loss/theme-names.yaml}; a broken file stops the document (exit 2). */
final class ThemeNames {
  private ThemeNames() {}

  /** Code to name for {@code period} (a quarter such as 2026-Q3 or a month such as 2026-09); empty when none. */
  static Map<String, String> of(Corpus corpus, String period) {
    Diagnostics d = new Diagnostics();
    Map<String, Map<String, String>> all = ThemeNamesReader.read(corpus.root(), d);
    if (d.hasErrors()) {
      Diagnostic first = d.sorted().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
      throw new WinlossException(first.format() + "; fix win-loss/theme-names.yaml, nothing written");
    }
    return all.getOrDefault(period, Map.of());
  }
}
