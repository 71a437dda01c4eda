package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.check.CheckJson;
import winloss.core.check.CheckReport;
import winloss.core.check.CorpusChecker;
import winloss.core.diag.Diagnostic;

/** {@code winloss check}: validate the corpus against the format's rules. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Validate the whole corpus (brief, codebook, questions, deals.csv, interviews, actions)."
            + " Prints one finding per line, path:line:col: error|warning: message, then a summary.",
    footer = {"%nExit: 0 no errors; 1 errors (or warnings with --strict); 2 usage error, no corpus, or a file that could not"
        + " be read at all (over its size limit, not UTF-8, nested beyond the safe limits; still listed with the findings)."})
public final class CheckCommand implements Callable<Integer>, CachedReport {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin OutputMixin output;

  @Option(names = "--strict", description = "Warnings fail the check too.")
  boolean strict;

  /** {@link CachedReport}: check only reads the corpus and prints. */
  @Override
  public boolean cacheable() {
    return true;
  }

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json"));
    Path root = corpus.root();
    winloss.core.model.Corpus read = corpus.readAsWritten();
    corpus.progress().phase("checking the corpus");
    CheckReport report = CorpusChecker.check(read);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.print(CheckJson.render(report, d -> CorpusMixin.display(root, d.file())));
    } else {
      for (Diagnostic d : report.diagnostics()) {
        out.println(new Diagnostic(Path.of(CorpusMixin.display(root, d.file())), d.line(), d.col(), d.severity(), d.message()).format());
      }
      out.println("check: " + report.summary());
    }
    out.flush();
    String unreadable = report.unreadableSummary(d -> CorpusMixin.display(root, d.file()));
    if (!unreadable.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("winloss: error: " + unreadable + "; fix it and run check again");
      err.flush();
      return ExitCodes.USAGE;
    }
    boolean failed = report.errors() > 0 || (strict && report.warnings() > 0);
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
