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

/** {@code winloss request --opp ID}: the interview request draft for one deal. */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = "Write win-loss/requests/<opp>.md: the interview request for the interviewer to send (a short email"
        + " and a chat message), routed to the right interviewer, with the date the call must be booked by.",
    footer = {"%nExit: 0 written; 2 usage or input error (nothing written)."})
public final class RequestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;
  @Mixin DealMixin deal;

  @Override
  public Integer call() {
    Path root = corpus.root();
    InterviewDocuments.Draft d = InterviewDocuments.request(CorpusReader.readForDeal(root, deal.opp), deal.opp, deal.interviewer);
    write.publish(spec.commandLine().getOut(), root, List.of(d.file()), d.what());
    return ExitCodes.OK;
  }
}
