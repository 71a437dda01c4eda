package winloss.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.fixes.Fixes;
import winloss.core.fixes.FixesFormat;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;

/** {@code winloss fixes [--quarter Q]}: every loss with the fix that answers it, and the repeat losses per fix. */
@Command(
    name = "fixes",
    mixinStandardHelpOptions = true,
    description = {
      "List every lost deal of the period with its buyer's loss reason (or the CRM's) and the fix in actions.yaml that"
          + " answers it (an action whose opps: names it), the losses with no fix first; then each fix with the losses it"
          + " answers and its repeat losses (losses closed after the fix shipped that match its theme and competitor)."
    },
    footer = {"%nExit: 0 every loss older than program.fix_within_days (default 14) has a fix; 1 at least one has none"
        + " (gate CI on it), or a corpus with check errors (see --allow-errors); 2 usage error."})
public final class FixesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;

  @Option(names = "--quarter", paramLabel = "Q", description = "Only the losses closed in this fiscal quarter, e.g. 2026-Q2 (default: every loss).")
  String quarter;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "csv"));
    Quarter q = quarter == null ? null : asOf.quarter(quarter);
    Corpus c = report.read(corpus);
    Fixes.Report r = Fixes.compute(c, q, asOf.asOfOrToday());
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "json" -> FixesFormat.json(c, r);
      case "csv" -> FixesFormat.csv(r);
      default -> FixesFormat.markdown(c, r);
    });
    out.flush();
    return r.overdue().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
