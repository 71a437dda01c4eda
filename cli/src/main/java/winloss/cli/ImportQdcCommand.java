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
import winloss.core.corpus.CodebookReader;
import winloss.core.exchange.QdcImport;
import winloss.core.output.Publisher;
import winloss.core.output.WriteOptions;

/** {@code winloss import qdc FILE.qdc [--group CATEGORY] [--dry-run]}. */
@Command(
    name = "qdc",
    mixinStandardHelpOptions = true,
    description = {
      "Merge the codes of a REFI-QDA codebook (.qdc from NVivo, ATLAS.ti, MAXQDA, QualCoder or winloss export qdc) into"
          + " win-loss/schema.yaml. Codes under a top-level code named after a category (Factors, Loss reasons, ...) go to"
          + " that category; all others to the one --group names. Only new codes are added, at the end of their"
          + " category, with comments and everything else in schema.yaml left as they are; nothing is deleted or renamed."
    },
    footer = {"%nExamples:", "  winloss import qdc codebook.qdc --dry-run", "  winloss import qdc nvivo-codes.qdc --group objections",
        "%nExit: 0 imported (or nothing to add); 2 unreadable file, missing or unknown --group, or a schema.yaml that cannot"
            + " be extended; nothing written."})
final class ImportQdcCommand implements Callable<Integer>, CorpusWriter {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin WaitMixin wait;

  @Parameters(index = "0", paramLabel = "FILE.qdc", description = "The REFI-QDA codebook.")
  Path file;

  @Option(names = "--group", paramLabel = "CATEGORY",
      description = "The codebook category (factors, loss_reasons, loss_types, personas, objections, flags) for codes that are"
          + " not under a category of their own.")
  String group;

  @Option(names = "--dry-run", description = "Print what would be added; write nothing.")
  boolean dryRun;

  @Option(names = "--commit", description = "Commit schema.yaml to the corpus's git repository.")
  boolean commit;

  @Override
  public boolean writes() {
    return !dryRun;
  }

  @Override
  public java.time.Duration lockWait() {
    return wait.duration();
  }

  @Override
  public Integer call() {
    Path root = corpus.root();
    QdcImport.Plan plan = QdcImport.plan(root, CorpusMixin.workingDirectory().resolve(file), file.toString(), group);
    PrintWriter out = spec.commandLine().getOut();
    for (QdcImport.Added a : plan.added()) {
      out.println((dryRun ? "would add " : "added ") + a.category() + "." + a.id() + ": " + a.label());
    }
    for (QdcImport.Skipped k : plan.kept()) {
      out.println("kept " + k.category() + "." + k.id() + ": " + k.reason());
    }
    for (QdcImport.Skipped s : plan.skipped()) {
      out.println("skipped '" + s.name() + "': " + s.reason());
    }
    String shown = CorpusMixin.display(root, CodebookReader.FILE);
    if (plan.file() == null) {
      out.println("nothing to add: " + shown + " is unchanged");
      out.flush();
      return ExitCodes.OK;
    }
    String message = "winloss: import qdc " + file.getFileName();
    Publisher.Published p = Publisher.publish(root, List.of(plan.file()), new WriteOptions(false, dryRun), commit ? message : null);
    int n = plan.added().size();
    String codes = n + " code" + (n == 1 ? "" : "s");
    out.println(dryRun ? "dry run: would add " + codes + " to " + shown : "added " + codes + " to " + shown);
    if (commit && !dryRun) {
      out.println(p.commit() == null ? "nothing to commit" : "committed " + p.commit() + " \"" + message + "\"");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
