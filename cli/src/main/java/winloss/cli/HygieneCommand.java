package winloss.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import winloss.core.crm.Hygiene;
import winloss.core.health.ActionTracker;
import winloss.core.model.Corpus;

/** {@code winloss hygiene [--weeks N]}: the CRM's loss reasons against the codebook, and what to fix. */
@Command(
    name = "hygiene",
    mixinStandardHelpOptions = true,
    description = {
      "Show the CRM loss reasons of the lost deals week by week (a table and a chart), the CRM values that map to no loss"
          + " reason of the codebook, the worklist of lost deals with a blank, Other or unmapped reason to fix in the CRM"
          + " (opp, account, AE, close date), and how often the CRM and the buyer disagree. Target: blank and Other under"
          + " 10%% of the lost deals of the last 30 days."
    },
    footer = {"%nExit: 0 nothing to fix; 1 the worklist is not empty, or a corpus with check errors (see --allow-errors); 2 usage error."})
public final class HygieneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;
  @Mixin WriteMixin write;

  @Option(names = "--write", description = "Write the report to win-loss/hygiene/<YYYY>-W<ww>.md (the ISO week of the as-of"
      + " date) with its chart as SVG and PNG beside it, instead of printing it.")
  boolean writeReport;

  @Option(names = "--weeks", paramLabel = "N", description = "How many ISO weeks up to the as-of date to show (default: ${DEFAULT-VALUE}). The as-of"
      + " date defaults to the latest date in the corpus.")
  int weeks = Hygiene.DEFAULT_WEEKS;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "csv"));
    if (weeks < 1 || weeks > 260) {
      throw new ParameterException(spec.commandLine(), "--weeks " + weeks + " should be between 1 and 260");
    }
    Corpus c = report.read(corpus);
    LocalDate at = asOf.asOfOrNull() != null ? asOf.asOfOrNull() : ActionTracker.latestDate(c);
    Hygiene.Report r = Hygiene.compute(c, at, weeks);
    PrintWriter out = spec.commandLine().getOut();
    if (writeReport) {
      if (!format.equals("md")) {
        throw new ParameterException(spec.commandLine(), "--write writes the markdown report; leave out --format " + format);
      }
      String words = "hygiene --write --as-of " + at + (weeks != Hygiene.DEFAULT_WEEKS ? " --weeks " + weeks : "");
      write.publish(out, corpus.root(), Hygiene.plan(c, r, words), "hygiene " + Hygiene.path(r).getFileName().toString().replaceFirst("\\.md$", ""));
      out.flush();
      return r.worklist().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
    out.print(switch (format) {
      case "json" -> Hygiene.json(r);
      case "csv" -> Hygiene.csv(r);
      default -> Hygiene.markdown(c, r);
    });
    out.flush();
    return r.worklist().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
