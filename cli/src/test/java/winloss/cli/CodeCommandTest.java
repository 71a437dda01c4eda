package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  @TempDir Path temp;

  private Path corpus() {
    return TestCorpus.copy(TestCorpus.SMALL, temp.resolve("corpus"));
  }

  @Test
  void withoutApplyNothingIsWrittenAndTheOutputIsDeterministic() throws IOException {
    Path root = corpus();
    String before = Files.readString(root.resolve("win-loss/interviews/OPP-1.md"));
    CliRun first = CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-1").exits(0)
        .stdoutContains("code OPP-1 (assist: keywords):", "- #integration-depth (factor): \"Lumen had more logos; you had the connector we needed on day one.\" [keyword 'connector']",
            "1 already tagged",
            "--apply would:");
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-1").exits(0).stdoutContains(first.out);
    assertThat(Files.readString(root.resolve("win-loss/interviews/OPP-1.md"))).isEqualTo(before);
  }

  @Test
  void onlyKeepsTheChosenCodesAndCrlfIsKept() throws IOException {
    Path root = corpus();
    Path file = root.resolve("win-loss/interviews/OPP-1.md");
    Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-1", "--apply", "--only", "integration-depth").exits(0);
    String after = Files.readString(file);
    assertThat(after).doesNotContainPattern("[^\r]\n").contains(
        "Lumen had more logos; you had the connector we needed on day one.\r\n\r\n"
            + "> Lumen had more logos; you had the connector we needed on day one. #integration-depth\r\n");
    assertThat(after).doesNotContain("#price\r\n\r\n> ");
  }

  @Test
  void jsonKeepsStdoutParseable() {
    Path root = corpus();
    CliRun r = CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-1", "--format", "json", "--apply").exits(0);
    assertThat(r.out.strip()).startsWith("{").endsWith("}").contains("\"opp\": \"OPP-1\"", "\"dropped_count\": 0")
        .doesNotContain("wrote ");
    assertThat(r.err).contains("wrote ");
  }

  @Test
  void onlyCompletedInterviewsAreCoded() {
    Path root = corpus();
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-7").exits(2)
        .stderrContains("status is booked; code works on completed interviews");
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-5").exits(2).stderrContains("no write-up");
  }

  @Test
  void embeddingsWithoutTheModuleSaysHowToEnableIt() {
    Path root = corpus();
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-1", "--assist", "embeddings").exits(2)
        .stderrContains("-Pembeddings").noStackTrace();
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-1", "--assist", "magic").exits(2)
        .stderrContains("use keywords, embeddings or llm");
  }
}
