package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;
import winloss.core.notify.Messages;
import winloss.core.ops.DueList;
import winloss.core.ops.DueRequests;
import winloss.core.ops.InterviewDocuments;
import winloss.core.output.PlannedFile;

/** {@code winloss request --opp ID} or {@code request --due}: interview request drafts. */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = {
      "Write win-loss/requests/<opp>.md: the interview request for the interviewer to send (a short email"
          + " and a chat message), routed to the right interviewer, with the date the call must be booked by.",
      "When the deal's interview window closed before --as-of (default today), the request says so and proposes a"
          + " date a week from that day instead of one in the past.",
      "--due drafts, in one run, every missing request: each deal the program requires an interview for that has no"
          + " write-up and no request draft yet and whose interview window is still open (see 'winloss due')."
    },
    footer = {"%nExit: 0 written (or nothing due); 2 usage or input error (nothing written), or a failed --notify delivery"
        + " (after the files were written)."})
public final class RequestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;
  @Mixin AsOfMixin asOf;
  @Mixin NotifyMixin notify;

  @Option(names = "--opp", paramLabel = "ID", description = "The deal's opp_id in deals.csv.")
  String opp;

  @Option(names = "--interviewer", paramLabel = "NAME",
      description = "Who runs the call (on the roster; never the deal's AE or CSM). Default: the external interviewer"
          + " for losses and no-decisions when the roster has one, else the PMM lead.")
  String interviewer;

  @Option(names = "--due", description = "Draft every missing request for the deals due as of --as-of (default today).")
  boolean due;

  @Override
  public Integer call() {
    if (due == (opp != null)) {
      throw new ParameterException(spec.commandLine(), "give either --opp ID (one deal) or --due (every deal due a request)");
    }
    if (due && interviewer != null) {
      throw new ParameterException(spec.commandLine(), "--interviewer goes with --opp; --due routes each deal to its default interviewer");
    }
    Path root = corpus.root();
    PrintWriter out = spec.commandLine().getOut();
    if (!due) {
      if (notify.notify) {
        throw new ParameterException(spec.commandLine(), "--notify goes with --due (a batch of requests)");
      }
      InterviewDocuments.Draft d = InterviewDocuments.request(CorpusReader.readForDeal(root, opp), opp, interviewer,
          asOf.reference());
      write.publish(out, root, List.of(d.file()), d.what());
      return ExitCodes.OK;
    }
    notify.prepare(root);
    LocalDate at = asOf.asOfOrToday();
    Corpus c = CorpusReader.read(root);
    DueRequests.Batch batch = DueRequests.compute(c, asOf.reference());
    for (String s : batch.skipped()) {
      out.println("skipped " + s);
    }
    if (batch.drafts().isEmpty()) {
      out.println("no request due as of " + at);
      if (write.commit) {
        out.println("nothing to commit");
      }
      out.flush();
      return ExitCodes.OK;
    }
    List<PlannedFile> files = batch.drafts().stream().map(InterviewDocuments.Draft::file).toList();
    write.publish(out, root, files, "request --due as of " + at);
    out.flush();
    if (write.dryRun) {
      return ExitCodes.OK;
    }
    List<Messages.Drafted> drafted = new ArrayList<>();
    List<String> to = new ArrayList<>(List.of("PMM"));
    for (int i = 0; i < batch.drafts().size(); i++) {
      DueList.Row row = batch.rows().get(i);
      InterviewDocuments.Draft d = batch.drafts().get(i);
      drafted.add(new Messages.Drafted(row.opp(), row.outcome().code(), row.closeDate(), d.file().path().toString().replace('\\', '/'),
          d.interviewer().name(), row.windowEnds()));
      if (!to.contains(d.interviewer().name())) {
        to.add(d.interviewer().name());
      }
    }
    return notify.deliver(root, at, List.of(Messages.requests(root, at, drafted, to)), ExitCodes.OK);
  }
}
