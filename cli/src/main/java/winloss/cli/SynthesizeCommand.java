package winloss.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.model.Corpus;
import winloss.core.publish.Publication;
import winloss.core.synthesis.Periods;
import winloss.core.synthesis.Synthesis;

/** {@code winloss synthesize --quarter Q}: the quarterly leadership readout. */
@Command(
    name = "synthesize",
    mixinStandardHelpOptions = true,
    description = "Write the quarterly leadership readout, win-loss/quarterly-synthesis/<YYYY>-Q<n>.md: the number,"
        + " why we won, why we lost, competitor by competitor, what changed, recommended actions.",
    footer = {"%nExamples:",
        "  winloss synthesize --quarter 2026-Q2",
        "  winloss synthesize --quarter Q2 --as-of 2026-07-15 --commit",
        "  winloss synthesize --quarter 2026-Q2 --format json",
        "%nExit: 0 written; 1 check errors in the corpus or no deals in the quarter; 2 usage error."})
public final class SynthesizeCommand implements Callable<Integer>, CachedReport {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin WriteMixin write;

  @Option(names = "--quarter", required = true, paramLabel = "Q",
      description = "The fiscal quarter: 2026-Q2, or Q2 for the latest Q2 closed by --as-of (without it, by the last close date in deals.csv).")
  String quarter;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Today, for choosing Q2 and counting action deadlines (default: quarter close + synthesis_due_days).")
  String asOf;

  /** {@link CachedReport}: the JSON report only prints. */
  @Override
  public boolean cacheable() {
    return output.is("json");
  }

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "html", "pdf"));
    Path root = corpus.root();
    Corpus c = report.read(corpus);
    corpus.progress().phase("counting the quarter and drawing the readout's charts");
    Synthesis.Document doc = Synthesis.readout(c, quarter, Periods.asOf(asOf));
    write.emit(spec.commandLine().getOut(), root, format, doc, c.brief().company(), Publication.subject(doc));
    return ExitCodes.OK;
  }
}
