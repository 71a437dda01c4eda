package winloss.core.init;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import winloss.core.corpus.BriefReader;
import winloss.core.corpus.DealsReader;
import winloss.core.diag.WinlossException;
import winloss.core.model.FiscalCalendar;
import winloss.core.output.OutputWriter;
import winloss.core.output.PlannedFile;
import winloss.core.output.Templates;
import winloss.core.output.WriteOptions;

/**
 * {@code winloss init}: a complete, valid corpus for a new program, from a few answers. Every
 * file is human-owned from then on (the brief, the codebook, the framework, actions.yaml) or
 * imported (deals.csv); none is ever overwritten: one existing file refuses the whole run and
 * nothing is written. The text of each file is a template under {@code templates/init/}.
 */
public final class CorpusInit {
  /** Interviewer roles the brief accepts as interviewers (ae and csm are refused there). */
  private static final List<String> ROLES = List.of("pmm-lead", "head-of-marketing", "external", "junior-pmm");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private CorpusInit() {}

  /**
   * The answers {@code init} needs.
   *
   * @param company the company's name, as the brief and every readout title show it
   * @param competitors the top competitors, in the order the readout covers them
   * @param fiscalYearStart the month (1-12) the fiscal year starts in; 1 = calendar quarters
   * @param currency ISO 4217 code of {@code acv} (e.g. USD)
   * @param acvThreshold the ACV at or above which every won or lost deal gets an interview
   * @param startDate {@code program.start_date}: deals closed before it are not due
   * @param owners function to person (e.g. PMM=Priya Shah), in order
   * @param interviewers person to role (pmm-lead, head-of-marketing, external, junior-pmm), in order
   */
  public record Answers(String company, List<String> competitors, int fiscalYearStart, String currency,
      BigDecimal acvThreshold, LocalDate startDate, Map<String, String> owners, Map<String, String> interviewers) {
    public Answers {
      Objects.requireNonNull(startDate, "startDate");
      competitors = List.copyOf(competitors);
      owners = new LinkedHashMap<>(owners);
      interviewers = new LinkedHashMap<>(interviewers);
    }
  }

  /** What init wrote: the corpus folder, the files (relative to it), and whether it ran git init. */
  public record Result(Path root, List<Path> files, boolean gitInitialized) {}

  /** The files a new corpus holds, in the order they are listed to the user. */
  public static List<PlannedFile> plan(Answers a) {
    validate(a);
    Map<String, Object> v = view(a);
    Templates t = Templates.builtIn();
    List<PlannedFile> files = new ArrayList<>();
    files.add(PlannedFile.scaffold(BriefReader.FILE, t.render("init/operator-brief.md.mustache", v)));
    files.add(PlannedFile.scaffold(Path.of("win-loss", "schema.yaml"), t.render("init/schema.yaml.mustache", v)));
    files.add(PlannedFile.scaffold(Path.of("win-loss", "eight-questions.md"), t.render("init/eight-questions.md.mustache", v)));
    files.add(PlannedFile.scaffold(Path.of("win-loss", "deals.csv"), String.join(",", DealsReader.COLUMNS) + "\n"));
    files.add(PlannedFile.scaffold(Path.of("win-loss", "actions.yaml"), t.render("init/actions.yaml.mustache", v)));
    files.add(PlannedFile.scaffold(Path.of("win-loss", "winloss.yaml"), t.render("init/winloss.yaml.mustache", v)));
    files.add(PlannedFile.scaffold(Path.of("win-loss", "interviews", ".gitkeep"), ""));
    files.add(PlannedFile.scaffold(Path.of(".gitignore"), t.render("init/gitignore.mustache", v)));
    files.add(PlannedFile.scaffold(Path.of(".github", "workflows", "win-loss.yml"), t.render("init/win-loss.yml.mustache", v)));
    return files;
  }

  /**
   * Writes the new corpus into {@code dir} (created when missing), then runs {@code git init}
   * there unless {@code dir} already lies in a git work tree.
   *
   * @throws WinlossException (exit 2) naming the first file that already exists; nothing is written
   */
  public static Result create(Path dir, Answers a) {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new WinlossException(dir + " is a file; init needs a folder (new or existing)");
    }
    List<PlannedFile> files = plan(a);
    for (PlannedFile f : files) {
      if (Files.exists(root.resolve(f.path()))) {
        throw new WinlossException(root.resolve(f.path()) + " already exists; init never overwrites a file, so nothing was"
            + " written (start in an empty folder, or move that file away first)");
      }
    }
    OutputWriter.write(root, files, new WriteOptions(false, false));
    boolean initialized = false;
    if (new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile()).getGitDir() == null) {
      try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
        initialized = true;
      } catch (GitAPIException e) {
        throw new WinlossException("the corpus was written but git init failed in " + root + ": " + e.getMessage()
            + "; run git init there yourself", e);
      }
    }
    return new Result(root, files.stream().map(PlannedFile::path).toList(), initialized);
  }

  private static void validate(Answers a) {
    if (a.company() == null || a.company().isBlank()) {
      throw new WinlossException("--company is required: the company's name as the readouts should show it");
    }
    if (a.company().contains("\n") || a.company().contains("\"")) {
      throw new WinlossException("--company '" + a.company() + "': a name on one line, without double quotes");
    }
    for (String c : a.competitors()) {
      if (c.isBlank() || c.contains("\n") || c.contains("[") || c.contains("]") || c.contains("\"")) {
        throw new WinlossException("--competitors: '" + c + "' is not a competitor name; separate names with commas, e.g."
            + " --competitors \"Lumen,Quarry,Helix\"");
      }
    }
    if (a.fiscalYearStart() < 1 || a.fiscalYearStart() > 12) {
      throw new WinlossException("--fiscal-year-start " + a.fiscalYearStart() + ": a month, 1 (January) to 12");
    }
    if (!CURRENCY.matcher(a.currency()).matches()) {
      throw new WinlossException("--currency " + a.currency() + ": an ISO 4217 code of three capital letters, e.g. USD or EUR");
    }
    if (a.acvThreshold().signum() < 0) {
      throw new WinlossException("--acv-threshold " + a.acvThreshold().toPlainString() + ": an amount of 0 or more");
    }
    for (Map.Entry<String, String> e : a.interviewers().entrySet()) {
      if (!ROLES.contains(e.getValue())) {
        throw new WinlossException("--interviewer " + e.getKey() + "=" + e.getValue() + ": the role is one of "
            + String.join(", ", ROLES) + " (AEs and CSMs never run the interview)");
      }
      if (e.getValue().equals("junior-pmm")) {
        throw new WinlossException("--interviewer " + e.getKey() + "=junior-pmm: a junior PMM needs a reviewer; add them"
            + " to the brief's interviewers with reviewer: <a senior on the roster> after init");
      }
    }
  }

  private static Map<String, Object> view(Answers a) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", yamlScalar(a.company()));
    v.put("fiscalYearStart", a.fiscalYearStart());
    v.put("startDate", a.startDate().toString());
    v.put("acvThreshold", a.acvThreshold().stripTrailingZeros().toPlainString());
    v.put("currency", a.currency());
    v.put("competitorList", String.join(", ", a.competitors().stream().map(CorpusInit::yamlScalar).toList()));
    v.put("competitorSentence", a.competitors().isEmpty() ? "a top competitor" : String.join(" or ", a.competitors()));
    v.put("competitors", a.competitors().stream().map(c -> Map.of("name", c)).toList());
    v.put("sampleSeed", a.startDate().getYear());
    v.put("hasInterviewers", !a.interviewers().isEmpty());
    v.put("interviewers", a.interviewers().entrySet().stream()
        .map(e -> Map.of("name", yamlScalar(e.getKey()), "role", e.getValue())).toList());
    v.put("hasOwners", !a.owners().isEmpty());
    v.put("owners", a.owners().entrySet().stream()
        .map(e -> Map.of("function", yamlScalar(e.getKey()), "name", yamlScalar(e.getValue()))).toList());
    v.put("exampleQuarter", new FiscalCalendar(a.fiscalYearStart(), true).quarterOf(a.startDate()).toString().replace("-", ""));
    return v;
  }

  /** A name as a YAML flow scalar: plain when safe, double-quoted otherwise. */
  static String yamlScalar(String s) {
    String t = s.strip();
    boolean plain = t.matches("[A-Za-z][A-Za-z0-9 .&'()/_-]*") && !t.toLowerCase(Locale.ROOT).matches("yes|no|true|false|null|on|off");
    return plain ? t : "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The next commands a new user runs, in order, to get from init to the first readout. */
  public static List<String> nextCommands(Path shownDir) {
    String cd = shownDir == null ? "" : "cd " + shownDir + " && ";
    return List.of(
        cd + "$EDITOR operator-brief.md    # fill the numbered sections, the roster and the owners",
        "winloss import crm Opportunity.csv --from salesforce    # your CRM's closed deals (or hubspot, or generic --mapping FILE)",
        "winloss due    # which closed deals need an interview, and by when");
  }
}
