package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  static final Path CRM = Path.of("..", "core", "src", "test", "resources", "crm");

  @TempDir Path dir;

  Path corpus() {
    return TestCorpus.copy(TestCorpus.SMALL, dir.resolve("corpus"));
  }

  static String crm(String name) {
    return CRM.resolve(name).toAbsolutePath().toString();
  }

  @Test
  void importsMergesAndIsIdempotent() throws IOException {
    Path c = corpus();
    Path deals = c.resolve("win-loss/deals.csv");
    CliRun.run("import", "crm", crm("salesforce-dataloader.csv"), "--from", "salesforce", "--corpus", c.toString())
        .exits(0)
        .stdoutContains("import crm: 5 rows read from", "(Salesforce)", "imported  4: 006A0000001, 006A0000002, 006A0000004, 006A0000005",
            "skipped   1", "1 open deals (not closed yet): line 4", "wrote ", "win-loss/deals.csv")
        .stderrEmpty();
    String after = Files.readString(deals);
    assertThat(after).contains("OPP-1,Acme Freight,won,2026-04-06,82000,mid-market", "006A0000001,Acme Freight,won");
    List<String> ids = after.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(ids).isSorted().hasSize(13);
    CliRun.run("check", "--corpus", c.toString()).exits(0);
    CliRun.run("import", "crm", crm("salesforce-dataloader.csv"), "--from", "salesforce", "--corpus", c.toString())
        .exits(0)
        .stdoutContains("imported  0", "updated   0", "unchanged 4", "unchanged /", "/win-loss/deals.csv");
    assertThat(Files.readString(deals)).isEqualTo(after);
  }

  @Test
  void failedImportLeavesDealsCsvUntouched() throws IOException {
    Path c = corpus();
    Path deals = c.resolve("win-loss/deals.csv");
    byte[] before = Files.readAllBytes(deals);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, Files.readString(CRM.resolve("hubspot.csv")).replace(",45000,", ",45k,"));
    CliRun.run("import", "crm", bad.toString(), "--from", "hubspot", "--corpus", c.toString())
        .exits(2)
        .stderrContains("bad.csv: 1 row could not be read; nothing was imported", ":3: Amount '45k' is not an amount written as 1,234.56")
        .noStackTrace();
    assertThat(Files.readAllBytes(deals)).isEqualTo(before);
    try (Stream<Path> s = Files.list(deals.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void unknownStageRefusesAndListsThem() throws IOException {
    Path c = corpus();
    byte[] before = Files.readAllBytes(c.resolve("win-loss/deals.csv"));
    Path bad = dir.resolve("stages.csv");
    Files.writeString(bad, Files.readString(CRM.resolve("hubspot.csv")).replace("contractsent", "verbal-yes"));
    CliRun.run("import", "crm", bad.toString(), "--from", "hubspot", "--corpus", c.toString())
        .exits(2)
        .stderrContains("unknown stage value 'verbal-yes' (first at line 4) in column Deal Stage; nothing was imported");
    assertThat(Files.readAllBytes(c.resolve("win-loss/deals.csv"))).isEqualTo(before);
  }

  @Test
  void genericNeedsAMappingAndUsesIt() {
    Path c = corpus();
    CliRun.run("import", "crm", crm("generic.csv"), "--from", "generic", "--corpus", c.toString())
        .exits(2)
        .stderrContains("--from generic needs --mapping FILE");
    CliRun.run("import", "crm", crm("generic.csv"), "--from", "generic", "--mapping", crm("generic-mapping.yaml"), "--corpus", c.toString())
        .exits(0)
        .stdoutContains("imported  3: G-1, G-2, G-3", "1 open deals (not closed yet): line 5");
  }

  @Test
  void unknownFromIsAUsageError() {
    CliRun.run("import", "crm", crm("generic.csv"), "--from", "pipedrive", "--corpus", corpus().toString())
        .exits(2)
        .stderrContains("--from pipedrive is not known; use salesforce, hubspot or generic");
  }

  @Test
  void dryRunWritesNothingAndCommitCommitsDealsCsv() throws Exception {
    Path c = corpus();
    byte[] before = Files.readAllBytes(c.resolve("win-loss/deals.csv"));
    CliRun.run("import", "crm", crm("hubspot.csv"), "--from", "hubspot", "--dry-run", "--corpus", c.toString())
        .exits(0)
        .stdoutContains("imported  3", "dry run: would write ");
    assertThat(Files.readAllBytes(c.resolve("win-loss/deals.csv"))).isEqualTo(before);
    try (Git git = Git.init().setDirectory(c.toFile()).call()) {
      git.getRepository().getConfig().setString("user", null, "name", "Test");
      git.getRepository().getConfig().setString("user", null, "email", "test@example.com");
      git.getRepository().getConfig().save();
      CliRun.run("import", "crm", crm("hubspot.csv"), "--from", "hubspot", "--commit", "--corpus", c.toString())
          .exits(0)
          .stdoutContains("committed ", "winloss: import crm (hubspot export)");
      assertThat(git.log().call().iterator().next().getFullMessage()).isEqualTo("winloss: import crm (hubspot export)");
    }
  }

  /** Optional: the real public samples, when this checkout sits beside them. */
  @Test
  void realSalesforceAndMavenSamplesWhenPresent() throws IOException {
    Optional<Path> data = Stream.of(Path.of("..", "..", "shared", "data"), Path.of("..", "..", "..", "shared", "data"))
        .filter(Files::isDirectory).findFirst();
    Assumptions.assumeTrue(data.isPresent(), "no ../shared/data beside this checkout");
    Path c = corpus();
    Files.delete(c.resolve("win-loss/deals.csv"));
    Path sf = data.get().resolve("salesforce-sfdc-assets-data-cloud-workshop/Opportunity.csv").toAbsolutePath();
    CliRun.run("import", "crm", sf.toString(), "--from", "salesforce", "--corpus", c.toString())
        .exits(0).stdoutContains("imported  15", "skipped   35");
    CliRun.run("import", "crm", sf.toString(), "--from", "salesforce", "--corpus", c.toString())
        .exits(0).stdoutContains("unchanged 15", "unchanged /", "/win-loss/deals.csv");
    Path mapping = dir.resolve("maven.yaml");
    Files.writeString(mapping, "columns: {opp_id: opportunity_id, account: account, stage: deal_stage, close_date: close_date,"
        + " acv: close_value, ae: sales_agent}\nstages: {won: [Won], lost: [Lost], open: [Engaging, Prospecting]}\n");
    Files.delete(c.resolve("win-loss/deals.csv"));
    Path maven = data.get().resolve("maven-crm-sales-opportunities/sales_pipeline.csv").toAbsolutePath();
    CliRun.run("import", "crm", maven.toString(), "--from", "generic", "--mapping", mapping.toString(), "--corpus", c.toString())
        .exits(0).stdoutContains("8800 rows", "imported  6711", "skipped   2089");
    String csv = Files.readString(c.resolve("win-loss/deals.csv"));
    assertThat(csv.lines().filter(l -> l.contains(",won,")).count()).isEqualTo(4238);
  }
}
