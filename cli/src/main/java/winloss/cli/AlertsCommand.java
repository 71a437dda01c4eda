package winloss.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import winloss.core.health.Alerts;
import winloss.core.json.Json;
import winloss.core.notify.Messages;

/** {@code winloss alerts [--as-of DATE]}: evaluate the escalation rules. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate the escalation rules as of a date (default today) and print each alert with who it goes to and by when:",
      "compliance under 80%% this quarter; completion under 55%% two quarters running; last quarter's readout past due;"
          + " an interview flagged legal/security/compliance; a right-to-win factor deciding losses; a theme in 5+ interviews"
          + " with no action owner; a loss to a competitor the brief does not know; one competitor with 30%%+ of the quarter's"
          + " losses; the quarter's win rate under 90%% of the four before; a segment under 80%% of its baseline; a fix with"
          + " repeat losses; per deal, an interview unbooked at nudge_after_days (nudge) or escalate_after_days (escalate)."
    },
    footer = {"%nExit: 0 no alert; 1 at least one alert fired, or a corpus with check errors (see --allow-errors); 2 usage error,"
        + " or a failed --notify delivery."})
public final class AlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;
  @Mixin NotifyMixin notify;
  @Mixin WaitMixin wait;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json"));
    notify.prepare(corpus.root());
    Alerts.Report r = Alerts.evaluate(report.read(corpus), asOf.asOfOrToday());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? Json.write(Alerts.json(r)) : Alerts.markdown(corpus.root(), r));
    out.flush();
    return notify.deliver(corpus.root(), r.asOf(), Messages.alerts(corpus.root(), r), r.alerts().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS);
  }
}
