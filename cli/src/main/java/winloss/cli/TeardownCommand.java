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

/** {@code winloss teardown --competitor NAME}: the competitor teardown over the trailing months. */
@Command(
    name = "teardown",
    mixinStandardHelpOptions = true,
    description = "Write the competitor teardown, win-loss/teardowns/<competitor-slug>.md: when we win, when they win,"
        + " structural advantages each side, the trend by quarter, the most impactful action, battlecard updates.",
    footer = {"%nExamples:",
        "  winloss teardown --competitor Lumen",
        "  winloss teardown --competitor Lumen --months 6 --as-of 2026-07-01",
        "%nExit: 0 written; 1 check errors in the corpus or no deals against the competitor; 2 usage error or unknown competitor."})
public final class TeardownCommand implements Callable<Integer>, CachedReport {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin WriteMixin write;

  @Option(names = "--competitor", required = true, paramLabel = "NAME", description = "The competitor as deals.csv names it (any case).")
  String competitor;

  @Option(names = "--months", paramLabel = "N", defaultValue = "12", description = "The trailing window in months (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The window's last day (default: the latest close date in deals.csv).")
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
    corpus.progress().phase("counting the competitor's deals and drawing the teardown's charts");
    Synthesis.Document doc = Synthesis.teardown(c, competitor, months, Periods.asOf(asOf));
    write.emit(spec.commandLine().getOut(), root, format, doc, c.brief().company(), "teardown: " + Publication.subject(doc));
    return ExitCodes.OK;
  }
}
