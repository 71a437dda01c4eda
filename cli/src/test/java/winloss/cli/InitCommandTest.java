package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code winloss init} end to end: the issue's own command line, every file compared with its
 * golden copy under {@code init/expected/}, a real git repository, {@code check} passing on the
 * result, refusal to overwrite, and {@code program.start_date} honoured by {@code due}.
 * {@code UPDATE_GOLDEN=1} rewrites the golden copies.
 */
class InitCommandTest {
  static final Path EXPECTED = Path.of("src", "test", "resources", "init", "expected");

  @TempDir Path dir;

  private CliRun kestrel(Path target) {
    return CliRun.run("init", target.toString(), "--company", "Kestrel Shield", "--competitors",
        "Ironclad Mail,Phalanx Identity,Vantor Defense", "--fiscal-year-start", "2", "--start-date", "2026-03-01",
        "--owner", "PMM=Ana Ruiz", "--interviewer", "Ana Ruiz=pmm-lead");
  }

  @Test
  void writesAValidCorpusInANewGitRepositoryAndSaysWhatToDoNext() throws Exception {
    Path target = dir.resolve("kestrel");
    CliRun run = kestrel(target).exits(0).stderrEmpty();
    if (System.getenv("UPDATE_GOLDEN") != null) {
      Files.writeString(EXPECTED.resolveSibling("stdout"), run.out.replace(target.toString(), "{dir}"));
    }
    assertThat(run.out.replace(target.toString(), "{dir}")).isEqualTo(Files.readString(EXPECTED.resolveSibling("stdout")));

    Map<String, String> written = snapshot(target);
    if (System.getenv("UPDATE_GOLDEN") != null) {
      for (Map.Entry<String, String> e : written.entrySet()) {
        Path p = EXPECTED.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
    }
    Map<String, String> golden = snapshot(EXPECTED);
    assertThat(written.keySet()).containsExactlyElementsOf(golden.keySet());
    written.forEach((k, v) -> assertThat(v).as(k).isEqualTo(golden.get(k)));
    assertThat(written.keySet()).contains("operator-brief.md", "win-loss/schema.yaml", "win-loss/eight-questions.md",
        "win-loss/deals.csv", "win-loss/actions.yaml", "win-loss/winloss.yaml", ".gitignore", ".github/workflows/win-loss.yml");

    try (Git git = Git.open(target.toFile())) {
      assertThat(git.getRepository().getWorkTree().toPath()).isEqualTo(target);
      assertThat(git.status().call().getUntracked()).contains("operator-brief.md");
    }
    CliRun.run("check", "--corpus", target.toString()).exits(0).stderrEmpty()
        .stdoutContains("check: 0 errors, 0 warnings in 0 deals and 0 interviews");
  }

  @Test
  void theIssuesCommandLineInAnEmptyFolderThenCheckExitsZero() throws IOException {
    Path target = Files.createDirectories(dir.resolve("empty"));
    CliRun.run("init", target.toString(), "--company", "Kestrel Shield", "--competitors", "Ironclad Mail,Phalanx Identity,Vantor Defense",
        "--fiscal-year-start", "2").exits(0).stderrEmpty().stdoutContains("git init: a new repository", "Next:", "  3. winloss due");
    assertThat(Files.readString(target.resolve("operator-brief.md")))
        .contains("top_competitors: [Ironclad Mail, Phalanx Identity, Vantor Defense]", "fiscal_year_start_month: 2", "start_date: 20");
    CliRun.run("check", "--corpus", target.toString()).exits(0).stderrEmpty();
  }

  @Test
  void refusesToOverwriteAnyFileAndWritesNothing() throws IOException {
    Path target = Files.createDirectories(dir.resolve("taken"));
    Files.createDirectories(target.resolve("win-loss"));
    Files.writeString(target.resolve("win-loss/deals.csv"), "mine\n");
    kestrel(target).exits(2).stderrContains("win-loss/deals.csv already exists; init never overwrites a file, so nothing was written")
        .noStackTrace();
    assertThat(snapshot(target).keySet()).containsExactly("win-loss/deals.csv");
    assertThat(target.resolve(".git")).doesNotExist();
    assertThat(Files.readString(target.resolve("win-loss/deals.csv"))).isEqualTo("mine\n");
  }

  @Test
  void insideAnExistingRepositoryItDoesNotRunGitInit() throws Exception {
    Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
    Path target = dir.resolve("program");
    kestrel(target).exits(0).stdoutContains("in the existing git repository (nothing committed)");
    assertThat(target.resolve(".git")).doesNotExist();
  }

  @Test
  void badAnswersAreUsageErrorsNamingTheOption() {
    CliRun.run("init", dir.resolve("a").toString(), "--competitors", "Lumen").exits(2).stderrContains("--company");
    CliRun.run("init", dir.resolve("b").toString(), "--company", "X", "--fiscal-year-start", "13").exits(2)
        .stderrContains("--fiscal-year-start 13: a month, 1 (January) to 12");
    CliRun.run("init", dir.resolve("c").toString(), "--company", "X", "--interviewer", "Al Ames=ae").exits(2)
        .stderrContains("--interviewer Al Ames=ae: the role is one of");
    CliRun.run("init", dir.resolve("d").toString(), "--company", "X", "--start-date", "March").exits(2)
        .stderrContains("--start-date March is not a date; write YYYY-MM-DD");
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("c")).doesNotExist();
  }

  @Test
  void dealsClosedBeforeTheStartDateAreNotDue() throws IOException {
    Path target = dir.resolve("started");
    kestrel(target).exits(0);
    Files.writeString(target.resolve("win-loss/deals.csv"), String.join("\n",
        "opp_id,account,outcome,close_date,acv,segment,industry,competitor,ae,csm,cycle_days,ae_reason,crm_loss_reason,champion_title,plays",
        "K-1,Old Co,lost,2026-02-20,90000,enterprise,Defense,Ironclad Mail,Bo Li,,60,,,,",
        "K-2,New Co,lost,2026-03-05,90000,enterprise,Defense,Ironclad Mail,Bo Li,,60,,,,", ""));
    CliRun due = CliRun.run("due", "--corpus", target.toString(), "--as-of", "2026-03-30", "--format", "json").exits(0);
    assertThat(due.out).contains("\"K-2\"").contains("closed before the program started on 2026-03-01");
    assertThat(due.out).containsPattern("\"reason\": \"closed before the program started on 2026-03-01\",\\s*\"count\": 1,\\s*\"opps\": \\[\\s*\"K-1\"");
    assertThat(due.out).contains("\"required\": 1,");
  }

  /**
   * The workflow {@code init} writes is the GitHub Actions recipe of docs/ci.md, byte for byte
   * (GitHub's {@code ${{ }}} expressions survive the template's set-delimiter tag), and it is a
   * workflow: YAML with the check, daily, weekly, monthly and quarterly jobs on their cron lines,
   * each scheduled job opening a pull request.
   */
  @Test
  void theWorkflowIsTheFullScheduleOfDocsCiMd() throws Exception {
    Path target = dir.resolve("ci");
    kestrel(target).exits(0);
    String workflow = Files.readString(target.resolve(".github/workflows/win-loss.yml"), StandardCharsets.UTF_8);
    String doc = Files.readString(Path.of("..", "docs", "ci.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## GitHub Actions"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    assertThat(workflow).isEqualTo(section.substring(start, section.indexOf("```\n", start)));
    assertThat(workflow).contains("${{ secrets.WINLOSS_SLACK_WEBHOOK_URL }}", "${{ github.token }}").doesNotContain("<%");

    @SuppressWarnings("unchecked")
    Map<String, Object> yaml = (Map<String, Object>) new Load(
        LoadSettings.builder().build()).loadFromString(workflow);
    @SuppressWarnings("unchecked")
    Map<String, Object> on = (Map<String, Object>) yaml.get("on");
    assertThat(((List<?>) on.get("schedule")).stream().map(c -> String.valueOf(((Map<?, ?>) c).get("cron"))))
        .containsExactly("0 7 * * *", "0 15 * * 5", "0 7 2 * *", "0 7 15 1,4,7,10 *");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) yaml.get("jobs");
    assertThat(jobs.keySet()).containsExactly("check", "daily", "weekly", "monthly", "quarterly");
    assertThat(jobs.get("daily").get("if").toString()).contains("'0 7 * * *'");
    assertThat(jobs.get("weekly").get("if").toString()).contains("'0 15 * * 5'");
    assertThat(jobs.get("monthly").get("if").toString()).contains("'0 7 2 * *'");
    assertThat(jobs.get("quarterly").get("if").toString()).contains("'0 7 15 1,4,7,10 *'");
    assertThat(runs(jobs.get("daily"))).contains("import crm", "request --due --notify", "alerts --notify");
    assertThat(runs(jobs.get("weekly"))).contains("digest --week \"$WEEK\" --notify", "plays --write");
    assertThat(runs(jobs.get("monthly"))).contains("themes --month");
    assertThat(runs(jobs.get("quarterly"))).contains("synthesize --quarter \"$QUARTER\" --commit", "gh pr create");
    for (String job : List.of("daily", "weekly", "monthly")) {
      assertThat(jobs.get(job).get("steps").toString()).as(job).contains("peter-evans/create-pull-request");
    }
  }

  /** The shell of every {@code run:} step of a job, one after the other. */
  private static String runs(Map<String, Object> job) {
    StringBuilder b = new StringBuilder();
    for (Object step : (List<?>) job.get("steps")) {
      Object run = ((Map<?, ?>) step).get("run");
      if (run != null) {
        b.append(run).append('\n');
      }
    }
    return b.toString();
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".git")).toList()) {
        m.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return m;
  }

}
