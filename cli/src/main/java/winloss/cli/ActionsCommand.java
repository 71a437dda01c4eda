package winloss.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.health.ActionTracker;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;

/** {@code winloss actions}: writes win-loss/action-tracker.md. */
@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description = "Write win-loss/action-tracker.md from actions.yaml and the quarter's themes: every action with theme,"
        + " owner, due date and status (overdue first), the themes with no owned action, the theme-to-action conversion"
        + " and the action close-out rate. Overdue is judged as of --as-of, default the latest date in the corpus.",
    footer = {"%nExit: 0 written (or unchanged); 1 a corpus with check errors (see --allow-errors); 2 usage error or a hand-edited tracker (use --force)."})
public final class ActionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin WriteMixin write;
  @Mixin AsOfMixin asOf;

  @Option(names = "--quarter", paramLabel = "Q", description = "The quarter whose themes and rates to show (default: the quarter of the latest close date in deals.csv on or before the as-of date).")
  String quarter;

  @Override
  public Integer call() {
    Path root = corpus.root();
    Corpus c = report.read(corpus);
    LocalDate at = asOf.asOfOrNull() != null ? asOf.asOfOrNull() : ActionTracker.latestDate(c);
    Quarter q = quarter != null ? asOf.quarter(quarter) : ActionTracker.latestQuarter(c, at);
    write.publish(spec.commandLine().getOut(), root, List.of(ActionTracker.plan(c, q, at, "actions")), "actions " + q);
    return ExitCodes.OK;
  }
}
