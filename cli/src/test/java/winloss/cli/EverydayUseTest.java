package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code due --open} and the completion candidates {@code winloss complete} gives the shell. */
class EverydayUseTest {
  @TempDir Path dir;

  @Test
  void dueOpenListsOnlyTheDealsThatStillNeedSomething() {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
    CliRun all = CliRun.run("due", "--corpus", corpus.toString(), "--as-of", "2026-10-05").exits(0).stderrEmpty();
    CliRun open = CliRun.run("due", "--corpus", corpus.toString(), "--as-of", "2026-10-05", "--open").exits(0).stderrEmpty();
    assertThat(open.out).contains("Still open (--open): 8 of 63; completed, declined and no-response interviews are left out.")
        .doesNotContain("| completed |");
    assertThat(all.out).contains("| completed |").doesNotContain("Still open");
    long rows = open.out.lines().filter(l -> l.startsWith("| OPP-")).count();
    assertThat(rows).isEqualTo(8);
    assertThat(open.out.lines().filter(l -> l.startsWith("| OPP-")))
        .allSatisfy(l -> assertThat(l).containsAnyOf("| no request yet |", "| requested |", "| booked |"));
    CliRun json = CliRun.run("due", "--corpus", corpus.toString(), "--as-of", "2026-10-05", "--open", "--format", "json").exits(0);
    assertThat(json.out).doesNotContain("\"state\": \"completed\"");
  }

  @Test
  void completionCandidatesComeFromTheCorpus() {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
    CliRun.run("complete", "quarter", "--corpus", corpus.toString()).exits(0).stderrEmpty()
        .stdoutContains("2026-Q1\n2026-Q2\n2026-Q3\n");
    CliRun.run("complete", "competitor", "--corpus", corpus.toString()).exits(0).stdoutContains("Helix\n", "Lumen\n", "Quarry\n");
    CliRun opp = CliRun.run("complete", "opp", "--corpus", corpus.toString()).exits(0);
    assertThat(opp.out.lines()).contains("OPP-1003", "OPP-1391").hasSize(135);
    CliRun.run("--help").exits(0).stdoutLacks("  complete ");
  }
}
