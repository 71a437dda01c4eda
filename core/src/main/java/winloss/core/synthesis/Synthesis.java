package winloss.core.synthesis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import winloss.core.charts.ChartBundle;
import winloss.core.diag.WinlossException;
import winloss.core.json.Json;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;
import winloss.core.output.PlannedFile;
import winloss.core.output.Templates;

/** The entry points the synthesis commands call: read, refuse a broken corpus, build, render. */
public final class Synthesis {
  private Synthesis() {}

  /**
   * A rendered document: the file to write, its JSON model, a line or two for the terminal, the
   * command as its header names it, and its chart bundle (the SVG and PNG of each Mermaid chart).
   */
  public record Document(PlannedFile file, String json, String summary, String command, ChartBundle.Bundle charts) {
    /** The markdown document followed by its chart files: everything a markdown run writes. */
    public List<PlannedFile> files() {
      List<PlannedFile> all = new ArrayList<>();
      all.add(file);
      all.addAll(charts.files());
      return all;
    }
  }

  public static Document readout(Corpus corpus, String quarterArg, LocalDate asOf) {
    Quarter q = Periods.quarter(quarterArg, corpus.fiscal(), asOf, corpus.deals());
    QuarterlyReadout r;
    try {
      r = QuarterlyReadout.build(corpus, q, asOf);
    } catch (WinlossException e) {
      if (Quarter.parse(quarterArg).isPresent()) {
        throw e;
      }
      String by = asOf != null ? "--as-of " + asOf : "the day after the last close date in deals.csv";
      throw new WinlossException(e.getMessage() + " (" + quarterArg.trim() + " means the latest " + quarterArg.trim().toUpperCase(java.util.Locale.ROOT)
          + " that had closed by " + by + "; write the year, e.g. --quarter " + q.next().next().next().next() + ", or pass --as-of)", e.exitCode(), e);
    }
    return document(corpus, r.path(), "synthesize --quarter " + q, QuarterlyReadout.TEMPLATE, r.view(), r.json(), r.summary());
  }

  public static Document themes(Corpus corpus, String monthArg) {
    MonthlyThemes t = MonthlyThemes.build(corpus, Periods.month(monthArg));
    return document(corpus, t.path(), "themes --month " + Periods.month(monthArg), MonthlyThemes.TEMPLATE, t.view(), t.json(), t.summary());
  }

  public static Document teardown(Corpus corpus, String competitor, int months, LocalDate asOf) {
    Teardown t = Teardown.build(corpus, competitor, months, asOf);
    return document(corpus, t.path(), t.command(), Teardown.TEMPLATE, t.view(), t.json(), t.summary());
  }

  static Document document(Corpus corpus, Path path, String command, String template, Map<String, Object> view,
      Map<String, Object> json, String summary) {
    String text = Templates.forCorpus(corpus.root()).render(template, view);
    ChartBundle.Bundle charts = ChartBundle.of(path, tidy(text));
    return new Document(PlannedFile.generated(path, command, charts.markdown()), Json.write(json), summary, command, charts);
  }

  /** At most one blank line in a row, one final newline: templates stay readable without exact spacing. */
  static String tidy(String text) {
    String s = text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    return s + "\n";
  }
}
