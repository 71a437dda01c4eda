package winloss.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.corpus.CorpusReader;
import winloss.core.ops.InterviewDocuments;

/** {@code winloss script --opp ID}: the personalized interview script for one deal. */
@Command(
    name = "script",
    mixinStandardHelpOptions = true,
    description = "Write win-loss/scripts/<opp>.md: the deal's interview script (30 minutes for a win, 25 for a loss or"
        + " no-decision), the eight questions with probe, signal and minutes, the deal context and the voice rules.",
    footer = {"%nExit: 0 written; 2 usage or input error (nothing written)."})
public final class ScriptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;

  @Option(names = "--opp", required = true, paramLabel = "ID", description = "The deal's opp_id in deals.csv.")
  String opp;

  @Option(names = "--interviewer", paramLabel = "NAME",
      description = "Who runs the call (on the roster; never the deal's AE or CSM). Default: the external interviewer"
          + " for losses and no-decisions when the roster has one, else the PMM lead.")
  String interviewer;

  @Override
  public Integer call() {
    Path root = corpus.root();
    InterviewDocuments.Draft d = InterviewDocuments.script(CorpusReader.readForDeal(root, opp), opp, interviewer);
    write.publish(spec.commandLine().getOut(), root, List.of(d.file()), d.what());
    return ExitCodes.OK;
  }
}
