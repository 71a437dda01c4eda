package winloss.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.health.Kpis;
import winloss.core.json.Json;

/** {@code winloss kpis --quarter Q}: the program's evals with targets. */
@Command(
    name = "kpis",
    mixinStandardHelpOptions = true,
    description = "Report the program's KPIs for a quarter, each with its target and whether it is met: interview-trigger"
        + " compliance, completion, the outreach funnel, theme-to-action conversion, action close-out, and whether the"
        + " quarterly readout was committed on time (read from git).",
    footer = {"%nExit: 0 report printed; 1 a corpus with check errors (see --allow-errors); 2 usage error."})
public final class KpisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;

  @Option(names = "--quarter", required = true, paramLabel = "Q", description = "The fiscal quarter, e.g. 2026-Q2.")
  String quarter;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json"));
    Kpis.Report r = Kpis.compute(report.read(corpus), asOf.quarter(quarter), asOf.asOfOrToday());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? Json.write(Kpis.json(r)) : Kpis.markdown(r));
    out.flush();
    return ExitCodes.OK;
  }
}
