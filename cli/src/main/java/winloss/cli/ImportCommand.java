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
import winloss.core.crm.CrmImport;
import winloss.core.crm.CrmSource;
import winloss.core.output.Publisher;
import winloss.core.output.WriteOptions;

/** {@code winloss import crm FILE --from salesforce|hubspot|generic [--mapping FILE]}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import data into the corpus.",
    subcommands = {ImportCommand.CrmCommand.class, ImportQdcCommand.class})
public final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "crm",
      mixinStandardHelpOptions = true,
      description = {
        "Merge a CRM export of opportunities into win-loss/deals.csv, by opp id.",
        "Closed deals are added or updated (only in the columns the export has); deals absent from the export are kept;"
            + " open deals are skipped. The result is sorted by opp id. Any unreadable row or unknown stage value refuses"
            + " the whole import: deals.csv is fully updated or untouched."
      },
      footer = {"%nExit: 0 imported (or nothing to change); 2 unreadable export, unknown layout or stage; nothing written."})
  static final class CrmCommand implements Callable<Integer>, CorpusWriter {
    @Spec CommandSpec spec;
    @Mixin CorpusMixin corpus;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CRM export (CSV, UTF-8).")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "KIND", description = "salesforce, hubspot or generic.")
    String from;

    @Option(names = "--mapping", paramLabel = "FILE",
        description = "YAML mapping of columns, stage values, date format and defaults (required with --from generic;"
            + " extends the built-in layout otherwise).")
    Path mapping;

    @Option(names = "--date-format", paramLabel = "PATTERN",
        description = "How the export writes close dates, e.g. dd/MM/yyyy or MM/dd/yyyy (wins over the mapping's date_format)."
            + " Needed when slash dates could be read both ways.")
    String dateFormat;

    @Option(names = "--dry-run", description = "Print the report; write nothing.")
    boolean dryRun;

    @Option(names = "--commit", description = "Commit deals.csv to the corpus's git repository.")
    boolean commit;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
        description = "Wait up to SECONDS for another winloss run writing to the corpus to finish (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Override
    public boolean writes() {
      return !dryRun;
    }

    @Override
    public java.time.Duration lockWait() {
      return java.time.Duration.ofSeconds(Math.max(0, waitSeconds));
    }

    @Override
    public Integer call() {
      CrmSource source = CrmSource.parse(from).orElseThrow(() -> new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--from " + from + " is not known; use salesforce, hubspot or generic"));
      Path root = corpus.root();
      Path cwd = Path.of("").toAbsolutePath();
      CrmImport.Plan plan = CrmImport.plan(root, cwd.resolve(file), file.toString(), source,
          mapping == null ? null : cwd.resolve(mapping), mapping == null ? null : mapping.toString(), dateFormat, corpus.progress());
      // the message says which CRM, not the export's file name: a name such as "Acme Corp lost.csv" may name
      // an account without consent, and a commit message stays in the history for good
      String message = "winloss: import crm (" + source.name().toLowerCase(java.util.Locale.ROOT) + " export)";
      Publisher.Published p = Publisher.publish(root, List.of(plan.file()), new WriteOptions(false, dryRun),
          commit ? message : null);
      PrintWriter out = spec.commandLine().getOut();
      plan.report().lines().forEach(out::println);
      String shown = CorpusMixin.display(root, plan.file().path());
      if (dryRun) {
        out.println(p.result().unchanged().isEmpty() ? "dry run: would write " + shown : "dry run: " + shown + " would not change");
      } else if (!p.result().written().isEmpty()) {
        out.println("wrote " + shown);
      } else {
        out.println("unchanged " + shown);
      }
      if (commit && !dryRun) {
        out.println(p.commit() == null ? "nothing to commit" : "committed " + p.commit() + " \"" + message + "\"");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
