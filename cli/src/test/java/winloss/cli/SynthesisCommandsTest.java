package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesisCommandsTest {
  static final Path FIXTURE = Path.of("..", "core", "src", "test", "resources", "fixtures", "synthesis");
  static final Path READOUT = Path.of("win-loss/quarterly-synthesis/2026-Q2.md");

  @TempDir Path dir;

  @Test
  void refusesACorpusWithCheckErrorsUnlessAllowed() throws Exception {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    Path iv = corpus.resolve("win-loss/interviews/S-203.md");
    Files.writeString(iv, Files.readString(iv).replace("decisive: [time-to-value]", "decisive: [time-to-valu]"));
    for (String[] cmd : new String[][] {{"synthesize", "--quarter", "2026-Q2"}, {"themes", "--month", "2026-05"}, {"teardown", "--competitor", "Lumen"}}) {
      String[] args = new String[cmd.length + 2];
      System.arraycopy(cmd, 0, args, 0, cmd.length);
      args[cmd.length] = "--corpus";
      args[cmd.length + 1] = corpus.toString();
      CliRun.run(args).exits(1).stderrContains("the corpus has 1 check error", "run winloss check").noStackTrace();
    }
    assertThat(corpus.resolve("win-loss/quarterly-synthesis")).doesNotExist();
    CliRun.run("synthesize", "--quarter", "2026-Q2", "--allow-errors", "--corpus", corpus.toString()).exits(0);
    assertThat(corpus.resolve(READOUT)).isRegularFile();
  }

  @Test
  void generatingTwiceGivesByteIdenticalFiles() throws Exception {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    for (String[] cmd : new String[][] {{"synthesize", "--quarter", "2026-Q2"}, {"themes", "--month", "2026-05"}, {"teardown", "--competitor", "Lumen"}}) {
      String[] args = {cmd[0], cmd[1], cmd[2], "--corpus", corpus.toString()};
      CliRun first = CliRun.run(args).exits(0).stdoutContains("wrote ");
      String file = first.out.substring(first.out.indexOf("wrote ") + 6).trim();
      byte[] bytes = Files.readAllBytes(Path.of(file));
      CliRun.run(args).exits(0).stdoutContains("unchanged ").stdoutLacks("wrote ");
      assertThat(Files.readAllBytes(Path.of(file))).isEqualTo(bytes);
    }
  }

  @Test
  void shortQuarterIsTheLatestClosedByAsOf() {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    CliRun.run("synthesize", "--quarter", "Q2", "--as-of", "2026-07-15", "--corpus", corpus.toString())
        .exits(0).stdoutContains("2026-Q2: Win rate 44%");
    assertThat(corpus.resolve(READOUT)).content().contains("Readout date 2026-07-15.");
    // without --as-of the last close date (2026-06-24) decides: Q2 2026 had not closed yet
    CliRun.run("synthesize", "--quarter", "Q2", "--corpus", corpus.toString())
        .exits(1).stderrContains("no deals closed in 2025-Q2", "--quarter 2026-Q2, or pass --as-of");
  }

  @Test
  void everyCommandRefusesAMalformedAsOfTheSameWay() {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    for (String[] args : new String[][] {{"synthesize", "--quarter", "Q2"}, {"teardown", "--competitor", "Lumen"}, {"due"}, {"kpis", "--quarter", "2026-Q2"}}) {
      String[] line = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--as-of", "15/07/2026", "--corpus", corpus.toString()))
          .toArray(String[]::new);
      CliRun.run(line).exits(2).stderrContains("winloss: error: --as-of 15/07/2026 is not a date; write YYYY-MM-DD").noStackTrace();
    }
  }

  @Test
  void dryRunWritesNothingAndAnEditedReadoutNeedsForce() throws Exception {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    CliRun.run("synthesize", "--quarter", "2026-Q2", "--dry-run", "--corpus", corpus.toString())
        .exits(0).stdoutContains("(would write)", "## 1. The number", "dry run: nothing written");
    assertThat(corpus.resolve(READOUT)).doesNotExist();
    CliRun.run("synthesize", "--quarter", "2026-Q2", "--corpus", corpus.toString()).exits(0);
    Path f = corpus.resolve(READOUT);
    Files.writeString(f, Files.readString(f).replace("## 2. Why we won", "## 2. Why we won (edited)"));
    CliRun.run("synthesize", "--quarter", "2026-Q2", "--corpus", corpus.toString())
        .exits(2).stderrContains("was edited by hand", "--force");
    CliRun.run("synthesize", "--quarter", "2026-Q2", "--force", "--corpus", corpus.toString()).exits(0).stdoutContains("wrote ");
    assertThat(f).content().doesNotContain("(edited)");
  }

  @Test
  void commitRecordsExactlyTheReadout() throws Exception {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    try (Git git = Git.init().setDirectory(corpus.toFile()).call()) {
      StoredConfig c = git.getRepository().getConfig();
      c.setString("user", null, "name", "Test PMM");
      c.setString("user", null, "email", "pmm@example.com");
      c.save();
      CliRun.run("synthesize", "--quarter", "2026-Q2", "--commit", "--corpus", corpus.toString())
          .exits(0).stdoutContains("committed ", "\"winloss: synthesize --quarter 2026-Q2\"");
      var log = git.log().call().iterator().next();
      assertThat(log.getFullMessage()).isEqualTo("winloss: synthesize --quarter 2026-Q2");
      assertThat(git.status().call().getUntracked()).contains("operator-brief.md").doesNotContain(READOUT.toString());
    }
  }

  @Test
  void jsonPrintsTheModelAndWritesNothing() {
    Path corpus = TestCorpus.copy(FIXTURE, dir);
    CliRun r = CliRun.run("themes", "--month", "2026-05", "--format", "json", "--corpus", corpus.toString()).exits(0);
    assertThat(r.out).startsWith("{").contains("\"month\": \"2026-05\"", "\"themes\"", "\"emerging\"", "\"summary\"", "\"stance\": ");
    CliRun t = CliRun.run("teardown", "--competitor", "Helix", "--format", "json", "--corpus", corpus.toString()).exits(0);
    assertThat(t.out).contains("\"competitor\": \"Helix\"", "\"by_quarter\"");
    assertThat(corpus.resolve("win-loss/themes")).doesNotExist();
    assertThat(corpus.resolve("win-loss/teardowns")).doesNotExist();
  }

  @Test
  void helpShowsExamples() {
    CliRun.run("synthesize", "--help").exits(0).stdoutContains("--quarter", "--as-of", "--allow-errors", "--format", "winloss synthesize --quarter 2026-Q2");
    CliRun.run("themes", "--help").exits(0).stdoutContains("--month");
    CliRun.run("teardown", "--help").exits(0).stdoutContains("--competitor", "--months", "default: 12");
    CliRun.run("teardown", "--competitor", "Lumen", "--months", "0", "--corpus", TestCorpus.copy(FIXTURE, dir).toString())
        .exits(2).stderrContains("--months 0 is out of range");
  }
}
