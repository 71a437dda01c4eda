package winloss.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import winloss.core.init.CorpusInit;

/** {@code winloss init [DIR]}: start a new win/loss corpus. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Start a new win/loss corpus in DIR (default: the working directory): the operator brief with the"
        + " program design, a starter codebook, the sixteen questions, an empty deals.csv, actions.yaml,"
        + " win-loss/winloss.yaml, a .gitignore and the CI workflow. Never overwrites a file; runs git init when"
        + " DIR is not in a repository. On a terminal, asks for what the options leave out.",
    footer = {"%nExamples:",
        "  winloss init --company \"Kestrel Shield\" --competitors \"Ironclad Mail,Phalanx Identity,Vantor Defense\" --fiscal-year-start 2",
        "  winloss init win-loss-program --company Northwind --competitors Lumen,Quarry --owner PMM=\"Priya Shah\" --interviewer \"Priya Shah=pmm-lead\"",
        "%nExit: 0 written; 2 usage error or a file already exists (nothing written)."})
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder for the corpus (created when missing).")
  Path dir;

  @Option(names = "--company", paramLabel = "NAME", description = "The company's name, as the readouts show it.")
  String company;

  @Option(names = "--competitors", paramLabel = "A,B,C", split = ",", description = "The top competitors: every loss to one gets an interview.")
  List<String> competitors;

  @Option(names = "--fiscal-year-start", paramLabel = "MONTH", defaultValue = "1",
      description = "The month the fiscal year starts in, 1-12 (default 1: calendar quarters).")
  int fiscalYearStart;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD", description = "The currency of ACV (default USD).")
  String currency;

  @Option(names = "--acv-threshold", paramLabel = "N", defaultValue = "50000",
      description = "Every won or lost deal at or above this ACV gets an interview (default 50000).")
  BigDecimal acvThreshold;

  @Option(names = "--start-date", paramLabel = "DATE", description = "program.start_date: deals closed before it are not due (default: today).")
  String startDate;

  @Option(names = "--owner", paramLabel = "FUNCTION=NAME", mapFallbackValue = "",
      description = "The owner of a function, e.g. --owner PMM=\"Priya Shah\" (repeatable).")
  Map<String, String> owners = new LinkedHashMap<>();

  @Option(names = "--interviewer", paramLabel = "NAME=ROLE",
      description = "Who may interview: pmm-lead, head-of-marketing or external, e.g. --interviewer \"Priya Shah=pmm-lead\" (repeatable).")
  Map<String, String> interviewers = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Console console = System.console();
    if (company == null && console != null) {
      company = ask(console, "Company name: ");
    }
    if (competitors == null && console != null) {
      String line = ask(console, "Top competitors, comma-separated (Enter for none yet): ");
      competitors = line.isBlank() ? List.of() : Arrays.asList(line.split(","));
    }
    if (company == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--company=NAME'");
    }
    List<String> names = new ArrayList<>();
    for (String c : competitors == null ? List.<String>of() : competitors) {
      if (!c.isBlank()) {
        names.add(c.strip());
      }
    }
    LocalDate start;
    try {
      start = startDate == null ? WinlossCommand.today(spec) : LocalDate.parse(startDate.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--start-date " + startDate + " is not a date; write YYYY-MM-DD", e);
    }
    CorpusInit.Answers answers = new CorpusInit.Answers(company.strip(), names, fiscalYearStart, currency.strip(), acvThreshold,
        start, owners, interviewers);
    Path target = dir == null ? CorpusMixin.workingDirectory() : CorpusMixin.workingDirectory().resolve(dir);
    CorpusInit.Result r = CorpusInit.create(target, answers);
    out.println("init: a win/loss corpus for " + answers.company() + " in " + CorpusMixin.display(r.root(), Path.of("")));
    for (Path f : r.files()) {
      out.println("  wrote " + f.toString().replace('\\', '/'));
    }
    out.println(r.gitInitialized() ? "git init: a new repository in " + CorpusMixin.display(r.root(), Path.of(""))
        : "in the existing git repository (nothing committed)");
    out.println("Next:");
    Path shown = dir == null ? null : Path.of(CorpusMixin.display(r.root(), Path.of("")));
    int n = 1;
    for (String c : CorpusInit.nextCommands(shown)) {
      out.println("  " + n++ + ". " + c);
    }
    out.println("Then winloss check, and docs/getting-started.md for the first readout.");
    out.flush();
    return ExitCodes.OK;
  }

  private static String ask(Console console, String prompt) {
    String line = console.readLine("%s", prompt);
    return line == null ? "" : line.strip();
  }
}
