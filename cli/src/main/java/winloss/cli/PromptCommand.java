package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import winloss.core.llm.ChatClient;
import winloss.core.llm.ModelConfig;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;
import winloss.core.output.PlannedFile;
import winloss.core.prompt.PromptPack;
import winloss.core.prompt.ReplyVerifier;

/** {@code winloss prompt NAME}: the prompt pack, filled with the corpus's data; --run sends it to the model. */
@Command(
    name = "prompt",
    mixinStandardHelpOptions = true,
    description = {
      "Print one of the program's prompts filled with the corpus's data, to paste into your own assistant:"
          + " win-script and loss-script (--opp), themes and readout (--quarter), teardown (--competitor).",
      "--run sends it to the model configured in win-loss/winloss.yaml and writes the reply as a draft beside the"
          + " usual document (scripts/, themes/, teardowns/, quarterly-synthesis/: <name>.draft.md, never over the"
          + " generated document) after verifying it. A reply naming an account without consent or using a"
          + " forbidden word is refused; quotes must be cited and verbatim, ids real deals, 'X of N' counts the"
          + " computed ones with X ids listed: failing lines are marked."
    },
    footer = {"%nExit: 0 ok; 1 the reply failed verification (draft written, marked); 2 usage or input error, model"
        + " unreachable, reply refused (nothing written)."})
public final class PromptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WriteMixin write;

  @Parameters(index = "0", paramLabel = "NAME", description = "win-script, loss-script, themes, teardown or readout.")
  String name;

  @Option(names = "--opp", paramLabel = "ID", description = "The deal, for win-script and loss-script.")
  String opp;

  @Option(names = "--quarter", paramLabel = "YYYY-Qn", description = "The quarter, for themes and readout (teardown: the last of its four quarters).")
  String quarter;

  @Option(names = "--competitor", paramLabel = "NAME", description = "The competitor, for teardown.")
  String competitor;

  @Option(names = "--run", description = "Send the prompt to the configured model, verify the reply and write it.")
  boolean run;

  @Override
  public Integer call() {
    Path root = corpus.root();
    Corpus c = corpus.read();
    Quarter q = null;
    if (quarter != null) {
      q = Quarter.parse(quarter).orElseThrow(() -> new WinlossException("--quarter " + quarter + " is not a quarter; write YYYY-Qn, e.g. 2026-Q2"));
    }
    PromptPack.Rendered r = PromptPack.render(c, new PromptPack.Request(name, opp, q, competitor));
    PrintWriter out = spec.commandLine().getOut();
    if (!run) {
      out.print(r.text());
      out.flush();
      return ExitCodes.OK;
    }
    ChatClient client = new ChatClient(ModelConfig.read(root), System::getenv);
    String reply = client.send("You write win/loss program documents. Quote buyers only verbatim from the material given,"
        + " with the citation given; never invent an interview id, a quote or a count.", r.text());
    ReplyVerifier.Checked checked = ReplyVerifier.verify(c, reply, r.facts());
    String command = "prompt " + name + (opp != null ? " --opp " + opp : "") + (quarter != null ? " --quarter " + quarter : "")
        + (competitor != null ? " --competitor " + competitor : "") + " --run";
    write.publish(out, root, List.of(PlannedFile.generated(r.draft(), command, checked.text())), command);
    if (!checked.failures().isEmpty()) {
      for (ReplyVerifier.Failure f : checked.failures()) {
        out.println("unverified: line " + f.line() + ": " + f.reason());
      }
      out.println(checked.failures().size() + " line(s) of the reply failed verification; they are marked in the file");
      out.flush();
      return ExitCodes.FINDINGS;
    }
    out.flush();
    return ExitCodes.OK;
  }
}
