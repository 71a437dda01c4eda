package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Accounts;
import winloss.core.model.Corpus;
import winloss.core.transcript.Ingest;

/** {@code winloss ingest --opp ID TRANSCRIPT}: a transcript's answers into the interview write-up. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read an interview transcript (WebVTT from Zoom or Teams, SRT, an Otter or Google Meet text export,"
          + " a Fireflies JSON export, or plain 'Name: text' turns; detected from the content) and place the"
          + " buyer's answers under the"
          + " framework's questions in win-loss/interviews/<opp>.md.",
      "The interviewer's turns are matched to the questions (reworded or out of order is fine);"
          + " talk before the first question goes under a final '## Other discussion'. The front matter"
          + " is kept; a body other than the empty scaffold 'winloss new' writes is replaced only with --force."
    },
    footer = {"%nExit: 0 written; 2 usage or input error (nothing written)."})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;

  @Option(names = "--opp", required = true, paramLabel = "ID", description = "The deal (opp_id in deals.csv).")
  String opp;

  @Parameters(index = "0", paramLabel = "TRANSCRIPT", description = "The transcript file.")
  Path transcript;

  @Option(names = "--interviewer-speaker", paramLabel = "NAME",
      description = "The transcript's speaker name for the interviewer (repeatable). Default: speakers on the brief's roster.")
  List<String> interviewerSpeakers = new ArrayList<>();

  @Option(names = "--keep-transcript", description = "Also copy the transcript to win-loss/transcripts/<opp>.<ext> (check warns when it outlives transcript_retention_days).")
  boolean keepTranscript;

  @Option(names = "--interviewed", paramLabel = "YYYY-MM-DD", description = "The interview date: set in a write-up ingest creates, and in an existing front matter"
          + " (with status: completed).")
  String interviewed;

  @Override
  public Integer call() {
    Path root = corpus.root();
    Corpus c = corpus.read();
    Path file = transcript.toAbsolutePath().normalize();
    LocalDate date = null;
    if (interviewed != null) {
      try {
        date = LocalDate.parse(interviewed);
      } catch (DateTimeParseException e) {
        throw new WinlossException("--interviewed " + interviewed + " is not a date; write YYYY-MM-DD", e);
      }
    }
    Ingest.Result r = Ingest.run(c, new Ingest.Request(opp, file, transcript.toString(), interviewerSpeakers,
        write.force, keepTranscript, date));
    PrintWriter out = spec.commandLine().getOut();
    out.println("ingest " + opp + ": " + r.format().description() + ", interviewer " + String.join(", ", r.interviewers())
        + "; " + r.buyerTurns() + " buyer turns: " + r.answered().size() + " of " + r.questions() + " questions answered"
        + (r.answered().isEmpty() ? "" : " (" + String.join(", ", r.answered().stream().map(String::valueOf).toList()) + ")")
        + ", " + r.other() + " under Other discussion");
    // the write-up keeps the buyer's words as written; its preview on the screen is consent-redacted
    write.publish(out, root, r.files(), "ingest " + opp, Accounts.of(c)::redact);
    out.println("next: review the placement (git diff), then winloss code --opp " + opp);
    return ExitCodes.OK;
  }
}
