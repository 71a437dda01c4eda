package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.corpus.CorpusReader;
import winloss.core.ops.DueFormat;
import winloss.core.ops.DueList;

/** {@code winloss due}: the deals that require an interview, and what each needs now. */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = "List every closed deal the program requires an interview for: outcome, close date, days since close,"
        + " the interview's state, and whether it needs a nudge, an escalation, or has missed its window."
        + " Deals not required are counted with the reason.",
    footer = {"%nExit: 0 listed; 2 usage error or unreadable corpus."})
public final class DueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "csv"));
    Path root = corpus.root();
    DueList.Report report = DueList.compute(corpus.read(), asOf.asOfOrToday());
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "json" -> DueFormat.json(report);
      case "csv" -> DueFormat.csv(report);
      default -> DueFormat.markdown(report, root);
    });
    out.flush();
    return ExitCodes.OK;
  }
}
