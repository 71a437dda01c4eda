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
import winloss.core.synthesis.Synthesis;

/** {@code winloss themes --month YYYY-MM}: the monthly cross-interview theme synthesis. */
@Command(
    name = "themes",
    mixinStandardHelpOptions = true,
    description = "Write the monthly theme synthesis, win-loss/themes/<YYYY>-<MM>.md: themes cited by at least"
        + " min_theme_interviews interviews of deals closed that month, and emerging codes under it.",
    footer = {"%nExamples:",
        "  winloss themes --month 2026-05",
        "  winloss themes --month 2026-05 --format json",
        "%nExit: 0 written; 1 check errors in the corpus, or no deals or interviews in the month; 2 usage error."})
public final class ThemesCommand implements Callable<Integer>, CachedReport {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin WriteMixin write;

  @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The calendar month, by the deals' close dates.")
  String month;

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
    corpus.progress().phase("counting the month's themes");
    Synthesis.Document doc = Synthesis.themes(c, month);
    write.emit(spec.commandLine().getOut(), root, format, doc, c.brief().company(), "themes " + Publication.subject(doc));
    return ExitCodes.OK;
  }
}
