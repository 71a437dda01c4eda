package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue 11 about files, paths and git, end to end on copies of the fixture
 * {@code fixtures/safety} (the shape of the corpus the cases start from).
 */
class SafetyCasesTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "safety");

  @TempDir Path dir;

  private Path corpus() {
    return TestCorpus.copy(FIXTURE, dir.resolve("corpus"));
  }

  private static java.util.List<String> list(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder).filter(Files::isRegularFile)) { // chart bundle folders aside
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Case kill9-temp-litter: a killed run's temp files are removed by the next run. */
  @Test
  void leftoverTempFilesOfAKilledSynthesizeAreRemovedByTheNextOne() throws Exception {
    Path c = corpus();
    Path folder = Files.createDirectories(c.resolve("win-loss/quarterly-synthesis"));
    Files.writeString(folder.resolve(".2026-Q3.md1234567890.tmp"), "half");
    Files.writeString(folder.resolve(".2026-Q3.md.9f8e7d6c.winloss.tmp"), "half");
    CliRun.run("synthesize", "--quarter", "2026-Q3", "--corpus", c.toString())
        .exits(0)
        .stdoutContains("removed leftover ", ".2026-Q3.md1234567890.tmp", "wrote ");
    assertThat(list(folder)).containsExactly("2026-Q3.md");
  }

  /** Case symlink-output-escapes. */
  @Test
  void aSymlinkedTeardownsFolderCannotWriteOutsideTheCorpus() throws Exception {
    Path c = corpus();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(c.resolve("win-loss/teardowns"), outside);
    CliRun.run("teardown", "--competitor", "Rival", "--corpus", c.toString())
        .exits(2)
        .stderrContains("would be written outside the corpus")
        .noStackTrace();
    assertThat(list(outside)).isEmpty();
  }

  private Git repo(Path c) throws Exception {
    Git git = Git.init().setDirectory(c.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", "T");
    config.setString("user", null, "email", "t@x");
    config.save();
    git.add().addFilepattern(".").call();
    git.commit().setMessage("base").call();
    return git;
  }

  /** Case commit-jgit-internal-error, path 1: a hand-edited committed file regenerated with --force --commit. */
  @Test
  void forceRegeneratingACommittedFileToItsCommittedBytesIsNothingToCommit() throws Exception {
    Path c = corpus();
    try (Git git = repo(c)) {
      CliRun.run("script", "--opp", "D-4", "--commit", "--corpus", c.toString()).exits(0).stdoutContains("committed ");
      Files.writeString(c.resolve("win-loss/scripts/D-4.md"), "edit\n", StandardOpenOption.APPEND);
      CliRun.run("script", "--opp", "D-4", "--force", "--commit", "--corpus", c.toString())
          .exits(0)
          .stdoutContains("wrote ", "nothing to commit")
          .stderrEmpty();
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  /** Case commit-jgit-internal-error, path 2: the output folder is in .gitignore. */
  @Test
  void anIgnoredOutputFolderIsRefusedAndNothingWritten() throws Exception {
    Path c = corpus();
    try (Git git = repo(c)) {
      Files.writeString(c.resolve(".gitignore"), "win-loss/scripts/\n");
      CliRun.run("script", "--opp", "D-4", "--commit", "--corpus", c.toString())
          .exits(2)
          .stderrContains("win-loss/scripts/D-4.md is ignored by git")
          .stderrLacks("internal error");
      assertThat(c.resolve("win-loss/scripts")).doesNotExist();
    }
  }

  /** Case commit-jgit-internal-error, path 3: a merge in progress. */
  @Test
  void aMergeInProgressIsRefusedAndNothingWrittenOrStaged() throws Exception {
    Path c = corpus();
    try (Git git = repo(c)) {
      Files.writeString(git.getRepository().getDirectory().toPath().resolve("MERGE_HEAD"),
          git.getRepository().resolve("HEAD").name() + "\n");
      CliRun.run("script", "--opp", "D-4", "--commit", "--corpus", c.toString())
          .exits(2)
          .stderrContains("in the middle of a merge")
          .stderrLacks("internal error");
      assertThat(c.resolve("win-loss/scripts")).doesNotExist();
      assertThat(git.status().call().getAdded()).isEmpty();
    }
  }

  /** Case commit-identity-fallback: surefire points HOME and XDG_CONFIG_HOME at empty folders. */
  @Test
  void noGitIdentityIsRefusedWithTheFixInsteadOfCommittingAsRoot() throws Exception {
    Path c = corpus();
    try (Git git = Git.init().setDirectory(c.toFile()).setInitialBranch("main").call()) {
      CliRun.run("script", "--opp", "D-4", "--commit", "--corpus", c.toString())
          .exits(2)
          .stderrContains("git has no identity", "git config --global user.name", "git config --global user.email")
          .noStackTrace();
      assertThat(c.resolve("win-loss/scripts")).doesNotExist();
      assertThat(git.getRepository().resolve("HEAD")).isNull();
    }
  }

  /** Case template-partial-reads-any-file. */
  @Test
  void aTemplatePartialCannotReadFilesOutsideTheTemplates() throws Exception {
    Path c = corpus();
    Files.createDirectories(c.resolve("templates"));
    Files.writeString(c.resolve("templates/script.md.mustache"), "{{> /etc/passwd}}\n# Script {{opp}}\n");
    CliRun.run("script", "--opp", "D-4", "--dry-run", "--corpus", c.toString())
        .exits(2)
        .stderrContains("templates/script.md.mustache:1: template name '/etc/passwd' is not a path inside templates/")
        .stdoutLacks("root:")
        .noStackTrace();
    Files.writeString(c.resolve("templates/script.md.mustache"), "# Script {{opp}}\n{{> ../operator-brief.md}}\n");
    CliRun.run("script", "--opp", "D-4", "--dry-run", "--corpus", c.toString())
        .exits(2).stderrContains("templates/script.md.mustache:2:").stdoutLacks("Operator Brief");
  }

  /** Case template-unknown-name-silent. */
  @Test
  void anUnknownNameInATemplateIsAnErrorNamingFileAndLine() throws Exception {
    Path c = corpus();
    Files.createDirectories(c.resolve("templates"));
    Files.writeString(c.resolve("templates/script.md.mustache"),
        "{{#noSuchSection}}x{{/noSuchSection}}{{#hasReviewer}}{{noSuchValue}}{{/hasReviewer}}\n# Script {{opp}}\n");
    CliRun.run("script", "--opp", "D-4", "--dry-run", "--corpus", c.toString())
        .exits(2)
        .stderrContains("templates/script.md.mustache:1: unknown name 'noSuchSection'")
        .noStackTrace();
    Files.writeString(c.resolve("templates/script.md.mustache"), "# Script {{opp}}\n{{#hasReviewer}}{{noSuchValue}}{{/hasReviewer}}\n");
    CliRun.run("script", "--opp", "D-4", "--dry-run", "--corpus", c.toString())
        .exits(2)
        .stderrContains("templates/script.md.mustache:2: unknown name 'noSuchValue'");
  }

  @Test
  void checkWarnsOnATemplateFileWinlossNeverUses() throws Exception {
    Path c = corpus();
    Files.createDirectories(c.resolve("templates/prompts"));
    Files.writeString(c.resolve("templates/scirpt.md.mustache"), "# typo\n");
    Files.writeString(c.resolve("templates/script.md.mustache"), "# Script {{opp}}\n{{> parts/footer}}\n");
    Files.createDirectories(c.resolve("templates/parts"));
    Files.writeString(c.resolve("templates/parts/footer"), "-- \n");
    CliRun run = CliRun.run("check", "--corpus", c.toString());
    assertThat(run.out + run.err).contains("templates/scirpt.md.mustache:0:0: warning: no built-in template has this name")
        .doesNotContain("templates/script.md.mustache:0:0: warning")
        .doesNotContain("templates/parts/footer:0:0: warning");
  }

  /** Case due-csv-formula: every command's CSV goes through the one writer that neutralises formulas. */
  @Test
  void noCsvOutputHoldsACellThatRunsAsAFormula() throws Exception {
    Path c = TestCorpus.copy(Path.of("src", "test", "resources", "fixtures", "due-csv-formula"), dir.resolve("corpus"));
    CliRun due = CliRun.run("due", "--as-of", "2026-10-01", "--format", "csv", "--corpus", c.toString()).exits(0);
    assertThat(due.out).contains("'=HYPERLINK(\"\"http://x\"\")");
    CliRun plays = CliRun.run("plays", "--format", "csv", "--corpus", c.toString());
    assertThat(plays.out).contains("'=HYPERLINK(");
    for (String csv : List.of(due.out, plays.out)) {
      for (org.apache.commons.csv.CSVRecord rec : org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
        for (String cell : rec) {
          assertThat(cell).as(csv).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\t");
          if (cell.startsWith("-")) {
            assertThat(cell).as(csv).matches("-\\d+(\\.\\d+)?");
          }
        }
      }
    }
  }

  /** Case competitor-name-breaks-header, and file names that stay one per competitor. */
  @Test
  void aCompetitorNameCannotBreakTheHeaderOrTheDocument() throws Exception {
    Path c = corpus();
    Files.writeString(c.resolve("win-loss/deals.csv"), Files.readString(c.resolve("win-loss/deals.csv")).replace(
        "D-4,Quiet Inc,lost,2026-09-12,40000,smb,Retail,Rival,", "D-4,Quiet Inc,lost,2026-09-12,40000,smb,Retail,\"Two\nLines\",")
        + "D-5,Arrow Co,lost,2026-09-15,40000,smb,Retail,Arrow --> Labs | <b>x</b>,Al Rep,,30,,price,CFO,p1\n");
    CliRun.run("teardown", "--competitor", "Two\nLines", "--corpus", c.toString()).exits(0);
    Path doc = c.resolve("win-loss/teardowns/two-lines.md");
    String first = Files.readAllLines(doc).get(0);
    assertThat(first).startsWith("<!-- generated by winloss teardown --competitor \"Two\\nLines\"").endsWith(" -->");
    assertThat(winloss.core.output.GeneratedHeader.inspect(Files.readString(doc)))
        .isEqualTo(winloss.core.output.GeneratedHeader.State.INTACT);
    CliRun.run("teardown", "--competitor", "Two\nLines", "--as-of", "2026-10-15", "--corpus", c.toString()).exits(0).stderrEmpty();

    CliRun.run("teardown", "--competitor", "Arrow --> Labs | <b>x</b>", "--corpus", c.toString()).exits(0);
    String arrow = Files.readString(c.resolve("win-loss/teardowns/arrow-labs-b-x-b.md"));
    String header = arrow.lines().findFirst().orElseThrow();
    assertThat(header.indexOf("-->")).isEqualTo(header.length() - 3);
    assertThat(arrow.substring(header.length())).doesNotContain("<b>").contains("&lt;b>").contains("Win rate against Arrow --#gt; Labs | #lt;b#gt;x");
    assertThat(arrow.lines().filter(l -> l.startsWith("    title ")).findFirst().orElseThrow()).doesNotContain("\n");
  }

  @Test
  void competitorsWhoseNamesSlugAlikeAreRefusedNamingBothAndNonAsciiLettersAreKept() throws Exception {
    Path c = corpus();
    Files.writeString(c.resolve("win-loss/deals.csv"), Files.readString(c.resolve("win-loss/deals.csv"))
        + "D-6,A1,lost,2026-09-15,40000,smb,Retail,Acme Corp,Al Rep,,30,,price,CFO,p1\n"
        + "D-7,A2,lost,2026-09-15,40000,smb,Retail,Acme-Corp!,Al Rep,,30,,price,CFO,p1\n"
        + "D-8,A3,lost,2026-09-15,40000,smb,Retail,Zoë,Al Rep,,30,,price,CFO,p1\n"
        + "D-9,A4,lost,2026-09-15,40000,smb,Retail,Zoe,Al Rep,,30,,price,CFO,p1\n");
    CliRun.run("teardown", "--competitor", "Acme Corp", "--corpus", c.toString())
        .exits(2)
        .stderrContains("'Acme Corp' and 'Acme-Corp!' would both be written to win-loss/teardowns/acme-corp.md");
    assertThat(c.resolve("win-loss/teardowns")).doesNotExist();
    CliRun.run("teardown", "--competitor", "Zoë", "--corpus", c.toString()).exits(0);
    CliRun.run("teardown", "--competitor", "Zoe", "--corpus", c.toString()).exits(0);
    assertThat(list(c.resolve("win-loss/teardowns"))).containsExactly("zoe.md", "zoë.md");
  }

  /**
   * Case yaml-deep-nesting: front matter and schema.yaml nested 10,000 deep are input that cannot
   * be read at all: check lists it with the other findings and exits 2 naming the file and line;
   * a report refuses with exit 2, --allow-errors or not, and writes nothing (docs/check.md).
   */
  @Test
  void deeplyNestedYamlIsAnInputErrorNamingTheFileAndLine() throws Exception {
    Path c = corpus();
    Path d3 = c.resolve("win-loss/interviews/D-3.md");
    Files.writeString(d3, Files.readString(d3).replace("outcome: lost\n", "outcome: lost\nnote: " + "[".repeat(10_000) + "\n"));
    CliRun check = CliRun.run("check", "--corpus", c.toString()).exits(2).noStackTrace()
        .stderrContains("win-loss/interviews/D-3.md:4 could not be read at all", "more than 100 levels deep",
            "fix it and run check again");
    assertThat(check.out).contains("win-loss/interviews/D-3.md:4:1: error: YAML nests lists or mappings more than 100 levels deep")
        .contains("check: ");
    assertThat(check.out + check.err).doesNotContain("StackOverflowError");
    CliRun.run("check", "--corpus", c.toString(), "--format", "json").exits(2).stderrContains("D-3.md:4 could not be read at all");
    for (List<String> report : List.of(List.of("synthesize", "--quarter", "2026-Q3"), List.of("synthesize", "--quarter", "2026-Q3",
        "--allow-errors"), List.of("kpis", "--quarter", "2026-Q3", "--allow-errors"))) {
      List<String> args = new java.util.ArrayList<>(report);
      args.addAll(List.of("--corpus", c.toString()));
      CliRun.run(args.toArray(String[]::new)).exits(2).noStackTrace()
          .stderrContains("win-loss/interviews/D-3.md:4 could not be read at all", "nothing was written");
    }
    assertThat(c.resolve("win-loss/readouts")).doesNotExist();
    CliRun.run("script", "--opp", "D-3", "--dry-run", "--corpus", c.toString()).noStackTrace().stderrLacks("internal error");

    Path fresh = TestCorpus.copy(FIXTURE, dir.resolve("corpus2"));
    Path schema = fresh.resolve("win-loss/schema.yaml");
    Files.writeString(schema, Files.readString(schema) + "extra: " + "{a: ".repeat(10_000) + "\n");
    CliRun.run("check", "--corpus", fresh.toString()).exits(2).noStackTrace()
        .stderrContains("win-loss/schema.yaml:", "could not be read at all", "levels deep");

    // an ordinary mistake stays a finding: malformed YAML is exit 1, not an input error
    Path third = TestCorpus.copy(FIXTURE, dir.resolve("corpus3"));
    Path d2 = third.resolve("win-loss/interviews/D-2.md");
    Files.writeString(d2, Files.readString(d2).replace("outcome: lost\n", "outcome: lost\nnote: [unclosed\n"));
    CliRun.run("check", "--corpus", third.toString()).exits(1).stderrEmpty();
  }

  /** The account-name guard checks only text from the deal's data, not the template's own words. */
  @Test
  void anAccountNamedWithACommonWordIsNotFoundInTheTemplatesWords() throws Exception {
    Path c = corpus();
    Files.writeString(c.resolve("win-loss/deals.csv"), Files.readString(c.resolve("win-loss/deals.csv"))
        .replace("D-4,Quiet Inc,", "D-4,Pitch,").replace("Lost on price,price,CFO,p1\n", "Pitch wanted a lower price,price,CFO,p1\n"));
    CliRun script = CliRun.run("script", "--opp", "D-4", "--dry-run", "--corpus", c.toString()).exits(0).stderrEmpty();
    assertThat(script.out).contains("pitch").doesNotContain("Pitch wanted");
    CliRun.run("request", "--opp", "D-4", "--dry-run", "--corpus", c.toString()).exits(0).stderrEmpty();
  }

  /** A bug exits 3 with "internal error ... please report", the causes listed, the stack traces with --stacktrace. */
  @Test
  void anUnexpectedExceptionIsAnInternalErrorWithExitThreeAndItsCauses() {
    RuntimeException bug = new IllegalStateException("state", new java.io.IOException("disk"));
    java.io.StringWriter plain = new java.io.StringWriter();
    assertThat(CommandLineFactory.internalError(new java.io.PrintWriter(plain), bug, false)).isEqualTo(3);
    assertThat(plain.toString()).contains("winloss: error: internal error", "please report", "caused by: java.io.IOException: disk")
        .doesNotContain("\tat ");
    java.io.StringWriter traced = new java.io.StringWriter();
    assertThat(CommandLineFactory.internalError(new java.io.PrintWriter(traced), bug, true)).isEqualTo(3);
    assertThat(traced.toString()).contains("Caused by: java.io.IOException: disk", "\tat ");
    assertThat(ExitCodes.INTERNAL).isEqualTo(winloss.core.diag.ExitCodes.INTERNAL).isEqualTo(3);
  }
}
