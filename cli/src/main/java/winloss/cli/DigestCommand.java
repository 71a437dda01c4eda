package winloss.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.health.Digest;
import winloss.core.notify.Messages;

/** {@code winloss digest --week YYYY-Www}: writes win-loss/digests/YYYY-Www.md. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = "Write the weekly digest win-loss/digests/<YYYY>-W<ww>.md: interviews requested, booked, completed and"
        + " pending that (ISO) week; the nudges and escalations due; the codes in the week's completed interviews.",
    footer = {"%nExit: 0 written (or unchanged); 1 a corpus with check errors (see --allow-errors); 2 usage error, a hand-edited"
        + " digest (use --force), or a failed --notify delivery (after the digest was written)."})
public final class DigestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin WriteMixin write;
  @Mixin NotifyMixin notify;

  @Option(names = "--week", required = true, paramLabel = "YYYY-Www", description = "The ISO week, e.g. 2026-W16.")
  String week;

  @Override
  public Integer call() {
    Path root = corpus.root();
    Digest.monday(week);
    notify.prepare(root);
    winloss.core.model.Corpus c = report.read(corpus);
    write.publish(spec.commandLine().getOut(), root, List.of(Digest.plan(c, week)), "digest " + week.trim());
    if (write.dryRun) {
      return ExitCodes.OK;
    }
    return notify.deliver(root, WinlossCommand.today(spec), List.of(Messages.digest(root, week.trim(), Digest.summary(c, week),
        Digest.file(week).toString().replace('\\', '/'), List.of("PMM", "VP Marketing"))), ExitCodes.OK);
  }
}
