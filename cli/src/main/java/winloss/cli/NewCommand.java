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
import winloss.core.corpus.CorpusReader;
import winloss.core.ops.InterviewDocuments;

/** {@code winloss new --opp ID}: scaffold the human-owned interview write-up for one deal. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Create win-loss/interviews/<opp>.md: front matter filled from the deal (status requested, consent false),"
        + " the eight question headings for its outcome, and how to tag a quote. Never overwrites an existing write-up.",
    footer = {"%nExit: 0 created; 2 usage or input error, or the write-up exists (nothing written)."})
public final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;
  @Mixin DealMixin deal;

  @Option(names = "--requested", paramLabel = "DATE", description = "The requested: date to record, YYYY-MM-DD. Default: today.")
  LocalDate requested;

  @Override
  public Integer call() {
    Path root = corpus.root();
    InterviewDocuments.Draft d = InterviewDocuments.scaffold(CorpusReader.readForDeal(root, deal.opp), deal.opp, deal.interviewer,
        requested == null ? WinlossCommand.today(spec) : requested);
    write.publish(spec.commandLine().getOut(), root, List.of(d.file()), d.what());
    return ExitCodes.OK;
  }
}
