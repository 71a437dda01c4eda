package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void cleanCorpusPassesWithSummary() {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir);
    CliRun.run("check", "--corpus", corpus.toString())
        .exits(0)
        .stdoutContains("check: 0 errors, 0 warnings in 9 deals and 6 interviews")
        .stderrEmpty();
  }

  @Test
  void strictTurnsWarningsIntoFailure() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir);
    untagDecisiveQuote(corpus);
    CliRun.run("check", "--corpus", corpus.toString()).exits(0).stdoutContains("0 errors, 1 warning");
    CliRun.run("check", "--strict", "--corpus", corpus.toString()).exits(1);
  }

  @Test
  void errorsExitOneAndNameFileAndLine() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir);
    Path iv = corpus.resolve("win-loss/interviews/OPP-6.md");
    Files.writeString(iv, Files.readString(iv).replace("decisive: [integration-depth]", "decisive: [integration-dept]"));
    CliRun.run("check", "--corpus", corpus.toString())
        .exits(1)
        .stdoutContains("win-loss/interviews/OPP-6.md:15:1: error: unknown factor code 'integration-dept' in codes.decisive (did you mean 'integration-depth'?)");
  }

  @Test
  void oneSalesforceDealUnderItsFifteenAndEighteenCharacterIdsIsAnErrorNamingBothLines() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir);
    Path deals = corpus.resolve("win-loss/deals.csv");
    Files.writeString(deals, Files.readString(deals)
        + "006bm00000QrTbX,Fenwick Tools,won,2026-06-06,72000,mid-market,logistics,Lumen,Tom Reyes,,30,,,,\n"
        + "006bm00000QrTbY,Larchmont Freight,lost,2026-06-09,64000,mid-market,logistics,Lumen,Mia Chen,,30,Price,price,,\n"
        + "006bm00000QrTbXAAV,Fenwick Tools,won,2026-06-06,72000,mid-market,logistics,Lumen,Tom Reyes,,30,,,,\n");
    CliRun.run("check", "--corpus", corpus.toString())
        .exits(1)
        .stdoutContains("win-loss/deals.csv:13:1: error: opp_id 006bm00000QrTbXAAV (line 13) and 006bm00000QrTbX (line 11) are one"
            + " Salesforce opportunity under its 15- and 18-character ids: every win rate and slice would count the deal twice;"
            + " keep the row 006bm00000QrTbX (the first row) and delete the row 006bm00000QrTbXAAV",
            "1 error")
        .stderrEmpty();
    // ids that only look alike (another record, or a wrong checksum) are different deals
    Files.writeString(deals, Files.readString(deals).replace("006bm00000QrTbXAAV", "006bm00000QrTbXAAW"));
    CliRun.run("check", "--corpus", corpus.toString()).exits(0).stdoutContains("0 errors");
  }

  @Test
  void jsonCarriesTheSameFindings() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir);
    untagDecisiveQuote(corpus);
    CliRun r = CliRun.run("check", "--format", "json", "--corpus", corpus.toString()).exits(0);
    assertThat(r.out).contains("\"errors\": 0", "\"warnings\": 1", "\"severity\": \"warning\"", "win-loss/interviews/OPP-6.md", "\"line\": 15");
  }

  @Test
  void missingCorpusIsAUsageError() {
    CliRun.run("check", "--corpus", dir.resolve("nope").toString())
        .exits(2)
        .stderrContains("winloss: error: --corpus", "no such folder")
        .noStackTrace();
  }

  @Test
  void unsupportedFormatIsAUsageError() {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir);
    CliRun.run("check", "--format", "csv", "--corpus", corpus.toString())
        .exits(2)
        .stderrContains("--format csv is not supported here");
  }

  @Test
  void unknownOptionSuggestsAndExitsTwo() {
    CliRun.run("check", "--stirct").exits(2).stderrContains("winloss: error: Unknown option: '--stirct'", "--strict");
  }

  @Test
  void helpAndVersion() {
    CliRun.run("--help").exits(0).stdoutContains("Usage: winloss", "check", "Exit codes:");
    CliRun.run("--version").exits(0).stdoutContains("winloss ");
    CliRun.run("check", "--help").exits(0).stdoutContains("--strict", "--corpus", "--format");
  }

  /** OPP-6's only quote loses its tag, so its decisive code has no quote: one warning. */
  private static void untagDecisiveQuote(Path corpus) throws Exception {
    Path iv = corpus.resolve("win-loss/interviews/OPP-6.md");
    Files.writeString(iv, Files.readString(iv).replace("catalog. #integration-depth", "catalog."));
  }
}
