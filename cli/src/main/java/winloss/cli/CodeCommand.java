package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.coding.Assistants;
import winloss.core.coding.Coding;
import winloss.core.model.Corpus;

/** {@code winloss code --opp ID}: suggest codes with their supporting sentences; --apply writes them. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest codes from the codebook for a completed interview: for each answer, candidate codes with"
          + " the exact sentence that supports each. Every suggestion is verified (the code exists, the"
          + " quote is verbatim in the answer); what fails is dropped and counted.",
      "--apply writes the accepted codes into the front matter and tags the sentences as '> sentence #code'"
          + " quotes, touching nothing else; the change is shown as a diff first. A suggestion whose sentence holds"
          + " none of the code's keywords or label words is shown but not applied unless --trust-model."
    },
    footer = {"%nExit: 0 ok; 2 usage or input error, unreachable model or unusable reply (nothing written)."})
public final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin OutputMixin output;
  @Mixin WriteMixin write;

  @Option(names = "--opp", required = true, paramLabel = "ID", description = "The interview (its deal's opp_id).")
  String opp;

  @Option(names = "--assist", paramLabel = "HOW", defaultValue = "keywords",
      description = "keywords (default: the codebook's labels and keywords, deterministic), embeddings (in-process model,"
          + " optional build), llm (the chat model configured in win-loss/winloss.yaml).")
  String assist;

  @Option(names = "--apply", description = "Write the verified suggestions into the write-up.")
  boolean apply;

  @Option(names = "--only", split = ",", paramLabel = "CODE", description = "Accept only these codes (comma-separated) with --apply.")
  List<String> only = new ArrayList<>();

  @Option(names = "--trust-model", description = "Also apply suggestions whose sentence holds none of the code's keywords or"
      + " label words (by default they are shown, never applied: an interview may hold instructions aimed at the model).")
  boolean trustModel;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json"));
    Path root = corpus.root();
    Corpus c = corpus.readAsWritten(); // the write-up is edited as written; what is shown is redacted
    Coding.Result r = Coding.run(c, new Coding.Request(opp, apply, new LinkedHashSet<>(only), trustModel),
        Assistants.named(assist, root, System::getenv));
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(Coding.jsonText(r));
    } else {
      out.print(Coding.markdown(r));
    }
    if (r.file() != null) {
      // JSON stays parseable on stdout: what was written goes to stderr
      write.publish(format.equals("json") ? spec.commandLine().getErr() : out, root, List.of(r.file()), "code " + opp);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
