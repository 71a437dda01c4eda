package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.model.Corpus;
import winloss.core.output.PlannedFile;
import winloss.core.publish.Publication;
import winloss.core.synthesis.Periods;
import winloss.core.synthesis.Synthesis;

/** {@code winloss publish --quarter Q}: the quarterly readout as leadership reads it. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Write the quarter's readout for leadership: the markdown and its charts (SVG and PNG), one"
        + " self-contained HTML file (CSS and charts inline, no script, no network) and a PDF with the company and"
        + " quarter in the header and page numbers, all beside win-loss/quarterly-synthesis/<YYYY>-Q<n>.md.",
    footer = {"%nExamples:",
        "  winloss publish --quarter 2026-Q3",
        "  winloss publish --quarter 2026-Q3 --commit",
        "%nExit: 0 written; 1 check errors in the corpus or no deals in the quarter; 2 usage error."})
public final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin WriteMixin write;

  @Option(names = "--quarter", required = true, paramLabel = "Q",
      description = "The fiscal quarter: 2026-Q3, or Q3 for the latest Q3 closed by --as-of.")
  String quarter;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Today, as for synthesize (default: quarter close + synthesis_due_days).")
  String asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path root = corpus.root();
    Corpus c = report.read(corpus);
    corpus.progress().phase("counting the quarter and drawing the readout's charts");
    Synthesis.Document doc = Synthesis.readout(c, quarter, Periods.asOf(asOf));
    String q = Publication.subject(doc);
    List<PlannedFile> files = new ArrayList<>(doc.files());
    files.addAll(Publication.files(doc, c.brief().company(), q, List.of(Publication.Format.HTML, Publication.Format.PDF),
        corpus.progress()));
    out.println(doc.summary());
    write.publish(out, root, files, "publish --quarter " + q);
    out.flush();
    return ExitCodes.OK;
  }
}
