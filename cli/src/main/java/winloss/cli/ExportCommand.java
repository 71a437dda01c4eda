package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import winloss.core.exchange.CodeTree;
import winloss.core.exchange.ExportFile;
import winloss.core.exchange.RefiQdaExport;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;
import winloss.core.synthesis.Periods;

/** {@code winloss export qdpx|qdc OUT}: REFI-QDA exchange files for NVivo, ATLAS.ti, MAXQDA, QualCoder. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the corpus for other tools: REFI-QDA projects (.qdpx) and codebooks (.qdc).",
    subcommands = {ExportCommand.QdpxCommand.class, ExportCommand.QdcCommand.class})
public final class ExportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "qdpx",
      mixinStandardHelpOptions = true,
      description = {
        "Write a REFI-QDA 1.5 project (.qdpx): the codebook as a code tree, each completed interview as a text source"
            + " (accounts without consent.attribute redacted as [account]), each tagged quote as a coded selection with"
            + " exact character offsets, the front matter's codes coded on the whole source, and the deal's outcome,"
            + " segment, competitor, ACV and quarter as case variables."
      },
      footer = {"%nExamples:", "  winloss export qdpx win-loss.qdpx", "  winloss export qdpx --quarter 2026-Q3 q3.qdpx",
          "%nExit: 0 written; 1 check errors in the corpus, or no completed interview to export; 2 usage error, or OUT"
              + " exists without --force; nothing written."})
  static final class QdpxCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CorpusMixin corpus;
    @Mixin ReportMixin report;
    @Mixin AlwaysWritesMixin writes;

    @Parameters(index = "0", paramLabel = "OUT.qdpx", description = "The file to write.")
    Path out;

    @Option(names = "--quarter", paramLabel = "Q", description = "Only interviews of deals closed in this quarter (2026-Q3, or Q3).")
    String quarter;

    @Option(names = "--force", description = "Replace OUT.qdpx if it exists.")
    boolean force;

    @Override
    public Integer call() {
      Path root = corpus.root();
      Corpus c = report.read(corpus);
      Quarter q = quarter == null ? null : Periods.quarter(quarter, c.fiscal(), null, c.deals());
      RefiQdaExport.Project p = RefiQdaExport.project(c, q);
      ExportFile.write(CorpusMixin.workingDirectory().resolve(out), out.toString(), p.bytes(), force);
      PrintWriter w = spec.commandLine().getOut();
      int codes = CodeTree.of(c.codebook()).stream().mapToInt(n -> n.children().size()).sum();
      w.println("wrote " + out + ": " + p.interviews().size() + " interviews as sources, " + p.selections()
          + " coded selections, " + codes + " codes" + (p.redacted().isEmpty() ? ""
              : "; account names redacted in " + p.redacted().size() + " (" + String.join(", ", p.redacted()) + ")"));
      w.flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "qdc",
      mixinStandardHelpOptions = true,
      description = "Write the codebook (win-loss/schema.yaml) as a REFI-QDA codebook (.qdc): one top-level code per"
          + " category, each code named by its label, its code, brief and keywords in its description.",
      footer = {"%nExample:", "  winloss export qdc codebook.qdc",
          "%nExit: 0 written; 1 check errors in the corpus; 2 usage error, or OUT exists without --force; nothing written."})
  static final class QdcCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CorpusMixin corpus;
    @Mixin ReportMixin report;
    @Mixin AlwaysWritesMixin writes;

    @Parameters(index = "0", paramLabel = "OUT.qdc", description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace OUT.qdc if it exists.")
    boolean force;

    @Override
    public Integer call() {
      Corpus c = report.read(corpus);
      ExportFile.write(CorpusMixin.workingDirectory().resolve(out), out.toString(), RefiQdaExport.codebook(c.codebook()), force);
      int codes = CodeTree.of(c.codebook()).stream().mapToInt(n -> n.children().size()).sum();
      PrintWriter w = spec.commandLine().getOut();
      w.println("wrote " + out + ": " + codes + " codes in " + CodeTree.CATEGORIES.size() + " categories");
      w.flush();
      return ExitCodes.OK;
    }
  }
}
