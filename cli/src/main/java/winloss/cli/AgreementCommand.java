package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import winloss.core.agreement.Agreement;
import winloss.core.agreement.AgreementFormat;
import winloss.core.agreement.RevisionReader;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

/** {@code winloss agreement REV_A REV_B}: how far two coders agree, across git revisions. */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the coding of the interviews completed in both of two git revisions (branches, tags or commits, read"
          + " without checking anything out): percent agreement, Cohen's kappa and Krippendorff's alpha per"
          + " single-valued field and per code of the multi-valued fields, quote-tag agreement, and a reconciliation"
          + " worklist of every disagreement. Deals and labels come from the working tree.",
    },
    footer = {"%nExamples:",
        "  winloss agreement main coder-b",
        "  winloss agreement main coder-b --quarter 2026-Q3 --min-alpha 0.8",
        "  winloss agreement main coder-b --format json",
        "%nExit: 0 compared; 1 alpha for decisive under --min-alpha (or undefined); 2 usage error, unknown revision,"
            + " or an unreadable write-up in a revision."})
public final class AgreementCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin OutputMixin output;

  @Parameters(index = "0", paramLabel = "REV_A", description = "The first coder's revision (e.g. main).")
  String revA;

  @Parameters(index = "1", paramLabel = "REV_B", description = "The second coder's revision (e.g. coder-b).")
  String revB;

  @Option(names = "--interviews", paramLabel = "ID,...", split = ",", description = "Compare only these interviews (opp ids).")
  List<String> interviews = new ArrayList<>();

  @Option(names = "--quarter", paramLabel = "Q", description = "Compare only interviews of deals closed in this quarter (2026-Q3, or Q3).")
  String quarter;

  @Option(names = "--min-alpha", paramLabel = "ALPHA",
      description = "Exit 1 when Krippendorff's alpha for decisive is under this (0 to 1), e.g. 0.8 in a pull request check.")
  Double minAlpha;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "csv"));
    if (minAlpha != null && (minAlpha.isNaN() || minAlpha < -1 || minAlpha > 1)) {
      throw new ParameterException(spec.commandLine(), "--min-alpha " + minAlpha + " is not an alpha; give a number from 0 to 1, e.g. 0.8");
    }
    Path root = corpus.root();
    Corpus c = CorpusReader.read(root);
    List<RevisionReader.Snapshot> snaps = RevisionReader.read(root, List.of(revA, revB));
    Agreement.Result r = Agreement.compare(c, snaps.get(0), snaps.get(1), interviews.stream().map(String::trim).toList(), quarter);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "json" -> AgreementFormat.json(r, minAlpha);
      case "csv" -> AgreementFormat.csv(r);
      default -> AgreementFormat.markdown(r, root, minAlpha);
    });
    out.flush();
    if (minAlpha != null && !AgreementFormat.passes(r, minAlpha)) {
      PrintWriter err = spec.commandLine().getErr();
      Double alpha = r.field(AgreementFormat.GATED).overall().alpha();
      err.println("winloss: agreement: Krippendorff's alpha for " + AgreementFormat.GATED.key() + " is "
          + (alpha == null ? "undefined" : String.format(java.util.Locale.ROOT, "%.3f", alpha))
          + ", under --min-alpha " + minAlpha + "; reconcile the worklist and run it again");
      err.flush();
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }
}
