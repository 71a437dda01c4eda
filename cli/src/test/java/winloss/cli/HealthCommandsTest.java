package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandsTest {
  @TempDir Path dir;

  Path corpus() {
    return TestCorpus.copy(TestCorpus.SMALL, dir.resolve("corpus"));
  }

  @Test
  void alertsExitZeroWhenNothingFiresAndOneWhenSomethingDoes() {
    Path c = corpus();
    CliRun.run("alerts", "--as-of", "2026-01-15", "--corpus", c.toString())
        .exits(0).stdoutContains("alerts as of 2026-01-15 (quarter 2026-Q1): none of 14 rules fired").stderrEmpty();
    CliRun.run("alerts", "--as-of", "2026-01-15", "--format", "json", "--corpus", c.toString())
        .exits(0).stdoutContains("\"alerts\": []");
    CliRun.run("alerts", "--as-of", "2026-06-28", "--corpus", c.toString())
        .exits(1).stdoutContains("[unknown-competitor] loss to Bramble", "to: PMM (Priya Shah), market intelligence");
  }

  @Test
  void badDatesQuartersAndFormatsAreUsageErrors() {
    Path c = corpus();
    CliRun.run("alerts", "--as-of", "28/06/2026", "--corpus", c.toString()).exits(2).stderrContains("--as-of 28/06/2026 is not a date; write YYYY-MM-DD");
    CliRun.run("kpis", "--quarter", "Q2", "--corpus", c.toString()).exits(2).stderrContains("--quarter Q2 is not a quarter");
    CliRun.run("plays", "--format", "xml", "--corpus", c.toString()).exits(2).stderrContains("--format xml is not supported here");
    CliRun.run("digest", "--week", "2026-16", "--corpus", c.toString()).exits(2).stderrContains("write it as YYYY-Www").noStackTrace();
  }

  @Test
  void aCorpusWithErrorsIsRefused() throws Exception {
    Path c = corpus();
    Path deals = c.resolve("win-loss/deals.csv");
    Files.writeString(deals, Files.readString(deals).replace("OPP-9,Iris Foods,lost,2026-06-25", "OPP-9,Iris Foods,lost,25.06.2026"));
    CliRun.run("alerts", "--as-of", "2026-06-28", "--corpus", c.toString())
        .exits(1).stderrContains("the corpus has 1 check error", "deals.csv:", "run winloss check", "--allow-errors");
  }

  @Test
  void kpisJsonAndPlaysCsv() {
    Path c = corpus();
    CliRun r = CliRun.run("kpis", "--quarter", "2026-Q2", "--as-of", "2026-07-25", "--format", "json", "--corpus", c.toString()).exits(0);
    assertThat(r.out).contains("\"quarter\": \"2026-Q2\"", "\"key\": \"compliance\"", "\"status\": \"met\"", "\"due\": \"2026-07-21\"");
    CliRun.run("plays", "--format", "csv", "--as-of", "2026-06-30", "--corpus", c.toString())
        .exits(0).stdoutContains("segment,play,won,n,rate,low,high,", ",bc-lumen,2,4,0.5000,0.1500,0.8500,0,true,false,"); // 1 of 2 recent: a small sample, never a decline
  }

  @Test
  void digestRefusesAHandEditedFileUnlessForcedAndCommits() throws Exception {
    Path c = corpus();
    try (Git git = Git.init().setDirectory(c.toFile()).call()) {
      git.getRepository().getConfig().setString("user", null, "name", "Test");
      git.getRepository().getConfig().setString("user", null, "email", "test@example.com");
      git.getRepository().getConfig().save();
      CliRun.run("digest", "--week", "2026-W27", "--commit", "--corpus", c.toString())
          .exits(0).stdoutContains("wrote ", "committed ", "winloss: digest 2026-W27");
      Path f = c.resolve("win-loss/digests/2026-W27.md");
      Files.writeString(f, Files.readString(f) + "my note\n");
      CliRun.run("digest", "--week", "2026-W27", "--corpus", c.toString()).exits(2).stderrContains("was edited by hand");
      CliRun.run("digest", "--week", "2026-W27", "--force", "--corpus", c.toString()).exits(0);
      assertThat(Files.readString(f)).doesNotContain("my note");
      CliRun.run("actions", "--dry-run", "--as-of", "2026-08-20", "--corpus", c.toString())
          .exits(0).stdoutContains("(would write)", "| A-2026Q2-1 | integration-depth |", "overdue", "dry run: nothing written");
      assertThat(c.resolve("win-loss/action-tracker.md")).doesNotExist();
    }
  }
}
