package winloss.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import winloss.core.health.Plays;
import winloss.core.json.Json;

/** {@code winloss plays}: win rate per play, with intervals, small samples and declines. */
@Command(
    name = "plays",
    mixinStandardHelpOptions = true,
    description = "Win rate per play (deals.csv's plays column) with the 95%% Wilson interval and the number of decided deals;"
        + " plays under the minimum sample are marked; plays whose last-30-day win rate fell below 80%% of their rate"
        + " 60-90 days before --as-of (default: the latest close date) are flagged as declining.",
    footer = {"%nExit: 0 report printed; 1 a corpus with check errors (see --allow-errors); 2 usage error."})
public final class PlaysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;

  @Option(names = "--segment", description = "Break the table down by segment.")
  boolean segment;

  @Option(names = "--min-sample", paramLabel = "N", defaultValue = "10", description = "Decided deals a play needs before its rate is read as a finding (default 10).")
  int minSample;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "csv"));
    if (minSample < 1) {
      throw new ParameterException(spec.commandLine(), "--min-sample must be 1 or more");
    }
    Plays.Report r = Plays.compute(report.read(corpus).deals(), asOf.asOfOrNull(), minSample, segment);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "json" -> Json.write(Plays.json(r));
      case "csv" -> Plays.csv(r);
      default -> Plays.markdown(r);
    });
    out.flush();
    return ExitCodes.OK;
  }
}
