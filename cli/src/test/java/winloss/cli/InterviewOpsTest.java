package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end, in-process, on temp copies of the fixture corpora: due, request, script and new. */
class InterviewOpsTest {
  @TempDir Path dir;

  private Path small() {
    return TestCorpus.copy(TestCorpus.SMALL, dir.resolve("corpus"));
  }

  private static String read(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static void replaceIn(Path p, String from, String to) throws Exception {
    String s = read(p);
    assertThat(s).contains(from);
    Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void scriptMinutesSumToTheCallLengthForEveryOutcome() throws Exception {
    Path c = small();
    Pattern minutes = Pattern.compile("^\\*(\\d+) min ", Pattern.MULTILINE);
    for (String[] want : new String[][] {{"OPP-1", "30"}, {"OPP-2", "25"}, {"OPP-5", "25"}}) {
      CliRun.run("script", "--corpus", c.toString(), "--opp", want[0]).exits(0);
      String text = read(c.resolve("win-loss/scripts/" + want[0] + ".md"));
      Matcher m = minutes.matcher(text);
      int sum = 0;
      int questions = 0;
      while (m.find()) {
        sum += Integer.parseInt(m.group(1));
        questions++;
      }
      assertThat(questions).as(want[0]).isEqualTo(8);
      assertThat(sum).as(want[0]).isEqualTo(Integer.parseInt(want[1]));
      assertThat(text).contains("(" + want[1] + " minutes)").contains("Probe, if").contains("Signal of a real theme");
    }
  }

  @Test
  void scriptsNeverNameTheAccountNorAForbiddenWord() throws Exception {
    Path c = small();
    // put the account's name into the AE's field: the script must describe, not name
    replaceIn(c.resolve("win-loss/deals.csv"), "\"Connector depth, and the POC went well\"", "\"Acme Freight loved the connectors\"");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1").exits(0);
    String text = read(c.resolve("win-loss/scripts/OPP-1.md"));
    assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("acme freight", "world-class", "synergy");
    assertThat(text).contains("The AE's \"why we won\": the account loved the connectors");
    for (String opp : List.of("OPP-2", "OPP-5", "OPP-9")) {
      CliRun.run("script", "--corpus", c.toString(), "--opp", opp).exits(0);
      String s = read(c.resolve("win-loss/scripts/" + opp + ".md")).toLowerCase(Locale.ROOT);
      assertThat(s).doesNotContain("birch health", "ember bank", "iris foods", "world-class", "synergy");
    }
  }

  @Test
  void aForbiddenWordFromTheCorpusFailsLoudlyNamingWhereItComesFrom() throws Exception {
    Path c = small();
    replaceIn(c.resolve("win-loss/deals.csv"), "OPP-2,Birch Health,lost,2026-04-13,120000,enterprise,healthcare,Helix,Tom Reyes,,90,Price,",
        "OPP-2,Birch Health,lost,2026-04-13,120000,enterprise,healthcare,Helix,Tom Reyes,,90,No Synergy with their stack,");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-2")
        .exits(2)
        .stderrContains("'synergy', a forbidden word", "win-loss/deals.csv line 3 (ae_reason)", "nothing was written")
        .noStackTrace();
    assertThat(c.resolve("win-loss/scripts/OPP-2.md")).doesNotExist();
  }

  @Test
  void aForbiddenWordInATemplateOverrideNamesTheTemplate() throws Exception {
    Path c = small();
    Files.createDirectories(c.resolve("templates"));
    Files.writeString(c.resolve("templates/request.md.mustache"), "# Request {{opp}}\n\nA World-Class conversation.\n");
    CliRun.run("request", "--corpus", c.toString(), "--opp", "OPP-2")
        .exits(2)
        .stderrContains("'world-class', a forbidden word", "the template templates/request.md.mustache");
    assertThat(c.resolve("win-loss/requests/OPP-2.md")).doesNotExist();
  }

  @Test
  void theDealsAeAndCsmAndAnAeRoleAreRefusedStatingTheRule() {
    Path c = small();
    String rule = "the deal's AE or CSM, and anyone with role ae or csm, never runs a win/loss interview";
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1", "--interviewer", "Mia Chen")
        .exits(2).stderrContains("Mia Chen is the AE of OPP-1", rule);
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1", "--interviewer", "lee park")
        .exits(2).stderrContains("lee park is the CSM of OPP-1", rule);
    CliRun.run("request", "--corpus", c.toString(), "--opp", "OPP-2", "--interviewer", "Mia Chen")
        .exits(2).stderrContains("Mia Chen has role ae on the roster", rule);
    assertThat(c.resolve("win-loss/scripts")).doesNotExist();
    assertThat(c.resolve("win-loss/requests")).doesNotExist();
  }

  @Test
  void anInterviewerOffTheRosterGetsTheClosestName() {
    Path c = small();
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-2", "--interviewer", "Priya Sha")
        .exits(2)
        .stderrContains("'Priya Sha' is not on the interviewer roster", "(did you mean 'Priya Shah'?)");
  }

  @Test
  void aJuniorInterviewersScriptNamesTheReviewer() throws Exception {
    Path c = small();
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-2", "--interviewer", "Sam Ortiz").exits(0);
    assertThat(read(c.resolve("win-loss/scripts/OPP-2.md"))).contains("- Interviewer: Sam Ortiz (junior-pmm", "- Reviewer: Priya Shah");
  }

  @Test
  void routingSendsLossesToTheExternalAndWinsToThePmmLead() throws Exception {
    Path c = small();
    CliRun.run("request", "--corpus", c.toString(), "--opp", "OPP-2", "--as-of", "2026-04-14").exits(0);
    CliRun.run("request", "--corpus", c.toString(), "--opp", "OPP-1", "--as-of", "2026-04-14").exits(0);
    String loss = read(c.resolve("win-loss/requests/OPP-2.md"));
    assertThat(loss).contains("Send from: Halden Research (external)", "not a sales call", "Book the call by: 2026-04-27 (14 days");
    assertThat(read(c.resolve("win-loss/requests/OPP-1.md"))).contains("Send from: Priya Shah (pmm-lead)", "2026-05-06 (30 days")
        .doesNotContain("Acme Freight");
  }

  @Test
  void unknownOppSuggestsCloseIdsAndBadIdsAreRefusedBeforeAnyPath() {
    Path c = small();
    CliRun.run("script", "--corpus", c.toString(), "--opp", "opp-7")
        .exits(2).stderrContains("no deal with opp_id 'opp-7'", "did you mean 'OPP-7'");
    CliRun.run("new", "--corpus", c.toString(), "--opp", "../../etc/x")
        .exits(2).stderrContains("'../../etc/x' is not an opp id");
  }

  @Test
  void aTemplateOverrideInTheCorpusIsPickedUp() throws Exception {
    Path c = small();
    Files.createDirectories(c.resolve("templates"));
    Files.writeString(c.resolve("templates/script.md.mustache"),
        "# Our own script for {{opp}} ({{minutes}} min)\n{{#questions}}\n{{number}}. {{text}} [{{minutes}}]\n{{/questions}}\n");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1").exits(0);
    String text = read(c.resolve("win-loss/scripts/OPP-1.md"));
    assertThat(text).contains("# Our own script for OPP-1 (30 min)", "8. What almost made you choose Lumen? [3]")
        .doesNotContain("## Deal context");
  }

  @Test
  void aTemplateSyntaxErrorNamesTheFileAndLine() throws Exception {
    Path c = small();
    Files.createDirectories(c.resolve("templates"));
    Files.writeString(c.resolve("templates/script.md.mustache"), "# Script {{opp}}\n\n{{#questions}}\n{{text}}\n{{/question}}\n");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1")
        .exits(2)
        .stderrContains("templates/script.md.mustache:5: template syntax error")
        .noStackTrace();
    assertThat(c.resolve("win-loss/scripts/OPP-1.md")).doesNotExist();
  }

  @Test
  void sameInputsSameBytesAndHandEditsNeedForce() throws Exception {
    Path c = small();
    Path script = c.resolve("win-loss/scripts/OPP-1.md");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1").exits(0).stdoutContains("wrote ");
    byte[] first = Files.readAllBytes(script);
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1").exits(0).stdoutContains("unchanged ");
    assertThat(Files.readAllBytes(script)).isEqualTo(first);

    Files.writeString(script, read(script) + "\nmy own note\n");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1")
        .exits(2).stderrContains("win-loss/scripts/OPP-1.md was edited by hand", "--force");
    assertThat(read(script)).contains("my own note");
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-1", "--force").exits(0);
    assertThat(Files.readAllBytes(script)).isEqualTo(first);
  }

  @Test
  void dryRunPrintsAndWritesNothing() {
    Path c = small();
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-2", "--dry-run")
        .exits(0)
        .stdoutContains("(would write)", "# Interview script: OPP-2, loss (25 minutes)", "dry run: nothing written");
    assertThat(c.resolve("win-loss/scripts")).doesNotExist();
  }

  @Test
  void newScaffoldsAWriteUpThatChecksCleanAndNeverOverwrites() throws Exception {
    Path c = small();
    CliRun.run("new", "--corpus", c.toString(), "--opp", "OPP-9", "--requested", "2026-06-26").exits(0);
    Path f = c.resolve("win-loss/interviews/OPP-9.md");
    String text = read(f);
    assertThat(text).startsWith("---\nopp: OPP-9\noutcome: lost\nstatus: requested\nrequested: 2026-06-26\n")
        .contains("  attribute: false\n", "  winner: Bramble\n", "## 1. When did you make the decision to go with Bramble?",
            "## 8. If a peer asked you about us", "    > They built the connector live while we watched. #integration-depth")
        .doesNotContain("Iris Foods", "<!-- generated by");
    CliRun.run("check", "--corpus", c.toString()).exits(0).stdoutContains("0 errors");

    Files.writeString(f, text + "\nMy notes.\n");
    CliRun.run("new", "--corpus", c.toString(), "--opp", "OPP-9", "--force")
        .exits(2).stderrContains("win-loss/interviews/OPP-9.md already exists", "never overwrites");
    assertThat(read(f)).endsWith("My notes.\n");
  }

  @Test
  void aDealWhoseOutcomeTheFrameworkLacksIsRefused() throws Exception {
    Path c = small();
    Path fw = c.resolve("win-loss/eight-questions.md");
    String s = read(fw);
    Files.writeString(fw, s.substring(0, s.indexOf("## Loss interview")));
    CliRun.run("script", "--corpus", c.toString(), "--opp", "OPP-5")
        .exits(2).stderrContains("win-loss/eight-questions.md:1:1: error: no '## Loss interview' section", "run winloss check");
    assertThat(c.resolve("win-loss/scripts")).doesNotExist();
  }

  @Test
  void anUnreadableCorpusIsRefusedWithTheReason() throws Exception {
    Path c = small();
    replaceIn(c.resolve("win-loss/deals.csv"), "OPP-9,Iris Foods,lost,", "OPP-9,Iris Foods,pending,");
    CliRun.run("due", "--corpus", c.toString(), "--as-of", "2026-07-01")
        .exits(2).stderrContains("win-loss/deals.csv:10", "outcome 'pending'", "run winloss check");
  }

  @Test
  void dueCsvIsRfc4180WithOneRowPerRequiredDeal() throws Exception {
    Path c = TestCorpus.copy(Path.of("..", "core", "src", "test", "resources", "fixtures", "due"), dir.resolve("due"));
    CliRun r = CliRun.run("due", "--corpus", c.toString(), "--as-of", "2026-05-20", "--format", "csv").exits(0);
    try (CSVParser p = CSVParser.parse(new StringReader(r.out), CSVFormat.RFC4180.builder().setHeader().get())) {
      List<CSVRecord> rows = p.getRecords();
      assertThat(p.getHeaderNames()).startsWith("opp", "outcome", "acv", "close_date", "days_since_close");
      assertThat(rows).extracting(x -> x.get("opp")).containsExactly("D-9", "D-2", "D-10", "D-11", "D-6", "D-13", "D-8", "D-1", "D-16", "D-5");
      assertThat(rows).filteredOn(x -> x.get("nudge").equals("true")).extracting(x -> x.get("opp")).containsExactly("D-8", "D-1", "D-16");
    }
    CliRun.run("due", "--corpus", c.toString(), "--as-of", "2026-05-20", "--format", "yaml").exits(2)
        .stderrContains("--format yaml is not supported here");
    CliRun.run("due", "--corpus", c.toString(), "--as-of", "2026-13-01").exits(2).stderrContains("--as-of");
  }

  /**
   * Without --as-of, "today" is the injected clock's date: on the window's last day the request
   * still proposes the window's end; the day after, it says the window closed and proposes a
   * date a week from today (never a date in the past). The script reads the same way.
   */
  @Test
  void aClosedWindowIsSaidPlainlyAndTheProposedDateIsNeverInThePast() throws Exception {
    Path c = small();
    Path request = c.resolve("win-loss/requests/OPP-7.md");
    CliRun.runOn(java.time.LocalDate.of(2026, 7, 6), "request", "--corpus", c.toString(), "--opp", "OPP-7").exits(0);
    assertThat(read(request)).contains("- Book the call by: 2026-07-06 (14 days after the close on 2026-06-22)")
        .doesNotContain("window closed");
    CliRun.runOn(java.time.LocalDate.of(2026, 7, 7), "request", "--corpus", c.toString(), "--opp", "OPP-7").exits(0);
    assertThat(read(request))
        .contains("- Book the call by: 2026-07-14 (7 days from 2026-07-07). The 14-day window closed on 2026-07-06, 1 day ago")
        .contains("minutes by 2026-07-14")
        .doesNotContain("by 2026-07-06");
    // --as-of wins over the clock
    CliRun.runOn(java.time.LocalDate.of(2026, 7, 7), "script", "--corpus", c.toString(), "--opp", "OPP-7", "--as-of", "2026-10-21")
        .exits(0);
    assertThat(read(c.resolve("win-loss/scripts/OPP-7.md")))
        .contains("- Hold the call by 2026-10-28 (7 days from 2026-10-21). The 14-day window closed on 2026-07-06, 107 days ago");
  }
}
