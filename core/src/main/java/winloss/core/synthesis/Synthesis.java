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
  /**
   * A generated report: its JSON, its summary line and command, and its markdown with its charts.
   * The markdown and charts are rendered on first use and then kept, so a {@code --format json}
   * run never renders markdown, draws charts or hashes anything (issue 15, "work in proportion").
   */
  public static final class Document {
    private final Path path;
    private final String json;
    private final String summary;
    private final String command;
    private final java.util.function.Supplier<Rendered> render;
    private Rendered rendered;

    /** The markdown file (with its generated header and hash) and the chart bundle beside it. */
    record Rendered(PlannedFile file, ChartBundle.Bundle charts) {}

    Document(Path path, String json, String summary, String command, java.util.function.Supplier<Rendered> render) {
      this.path = java.util.Objects.requireNonNull(path);
      this.json = java.util.Objects.requireNonNull(json);
      this.summary = java.util.Objects.requireNonNull(summary);
      this.command = java.util.Objects.requireNonNull(command);
      this.render = render;
    }

    /** Where the markdown document goes, relative to the corpus root (known without rendering it). */
    public Path path() {
      return path;
    }

    public String json() {
      return json;
    }

    public String summary() {
      return summary;
    }

    public String command() {
      return command;
    }

    private synchronized Rendered rendered() {
      if (rendered == null) {
        rendered = render.get();
      }
      return rendered;
    }

    /** The markdown document, rendered on first use. */
    public PlannedFile file() {
      return rendered().file();
    }

    /** Its charts (SVG and PNG files, and the markdown that links them), rendered on first use. */
    public ChartBundle.Bundle charts() {
      return rendered().charts();
    }

    /** The markdown document followed by its chart files: everything a markdown run writes. */
    public List<PlannedFile> files() {
      List<PlannedFile> all = new ArrayList<>();
      all.add(file());
      all.addAll(charts().files());
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
    return document(corpus, r.path(), "synthesize --quarter " + q, QuarterlyReadout.TEMPLATE, r::view, r.json(), r.summary());
  }

  public static Document themes(Corpus corpus, String monthArg) {
    MonthlyThemes t = MonthlyThemes.build(corpus, Periods.month(monthArg));
    return document(corpus, t.path(), "themes --month " + Periods.month(monthArg), MonthlyThemes.TEMPLATE, t::view, t.json(), t.summary());
  }

  public static Document teardown(Corpus corpus, String competitor, int months, LocalDate asOf) {
    Teardown t = Teardown.build(corpus, competitor, months, asOf);
    return document(corpus, t.path(), t.command(), Teardown.TEMPLATE, t::view, t.json(), t.summary());
  }

  static Document document(Corpus corpus, Path path, String command, String template, java.util.function.Supplier<Map<String, Object>> view,
      Map<String, Object> json, String summary) {
    return new Document(path, Json.write(json), summary, command, () -> {
      String text = Templates.forCorpus(corpus.root()).render(template, view.get());
      ChartBundle.Bundle charts = ChartBundle.of(path, tidy(text));
      return new Document.Rendered(PlannedFile.generated(path, command, charts.markdown()), charts);
    });
  }

  /** At most one blank line in a row, one final newline: templates stay readable without exact spacing. */
  static String tidy(String text) {
    String s = text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    return s + "\n";
  }
}
