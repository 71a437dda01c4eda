package winloss.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import winloss.core.corpus.CorpusReader;
import winloss.core.ops.InterviewDocuments;

/** {@code winloss script --opp ID}: the personalized interview script for one deal. */
@Command(
    name = "script",
    mixinStandardHelpOptions = true,
    description = {"Write win-loss/scripts/<opp>.md: the deal's interview script (30 minutes for a win, 25 for a loss or"
        + " no-decision), the eight questions with probe, signal and minutes, the deal context and the voice rules.",
      "When the deal's interview window closed before --as-of (default today), the script says so and proposes a date"
          + " a week from that day instead of one in the past."},
    footer = {"%nExit: 0 written; 2 usage or input error (nothing written)."})
public final class ScriptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;
  @Mixin DealMixin deal;
  @Mixin AsOfMixin asOf;

  @Override
  public Integer call() {
    Path root = corpus.root();
    InterviewDocuments.Draft d = InterviewDocuments.script(CorpusReader.readForDeal(root, deal.opp), deal.opp, deal.interviewer,
        asOf.reference());
    write.publish(spec.commandLine().getOut(), root, List.of(d.file()), d.what());
    return ExitCodes.OK;
  }
}
