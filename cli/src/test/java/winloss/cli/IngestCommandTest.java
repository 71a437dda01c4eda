package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  static final Path TRANSCRIPTS = Path.of("..", "core", "src", "test", "resources", "transcripts");

  @TempDir Path temp;

  private Path corpus() {
    return TestCorpus.copy(TestCorpus.SMALL, temp.resolve("corpus"));
  }

  private static String transcript(String name) {
    return TRANSCRIPTS.resolve(name).toAbsolutePath().toString();
  }

  @Test
  void existingBodyIsKeptWithoutForceAndReplacedWithIt() throws IOException {
    Path root = corpus();
    Path file = root.resolve("win-loss/interviews/OPP-2.md");
    byte[] before = Files.readAllBytes(file);
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-2", transcript("voices.vtt"))
        .exits(2).stderrContains("already has a body", "--force").noStackTrace();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);

    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-2", "--force", transcript("voices.vtt"))
        .exits(0).stdoutContains("2 of 8 questions answered (2, 4)");
    String after = Files.readString(file);
    String front = new String(before, StandardCharsets.UTF_8);
    front = front.substring(0, front.indexOf("---\n", 4) + 4);
    assertThat(after).startsWith(front)
        .contains("## 2. What ultimately made them the right choice for you?\n\n**Jordan Blake:** The connector catalog")
        .contains("## 4. Was price a factor, and if so, how?\n\n**(unnamed):** Not really, no. It was the connectors.");
  }

  @Test
  void noKnownInterviewerListsTheSpeakers() throws IOException {
    Path root = corpus();
    Path t = Files.writeString(temp.resolve("call.txt"), "Alex Doe: Hello there?\nJordan Blake: Hi.\n");
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-9", t.toString())
        .exits(2).stderrContains("no turn by a known interviewer", "the speakers are: Alex Doe, Jordan Blake",
            "--interviewer-speaker").noStackTrace();
    assertThat(root.resolve("win-loss/interviews/OPP-9.md")).doesNotExist();
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-9", "--interviewer-speaker", "Nobody", t.toString())
        .exits(2).stderrContains("--interviewer-speaker Nobody: no such speaker", "Alex Doe, Jordan Blake");
  }

  @Test
  void namedInterviewerSpeakerCreatesANewWriteUp() throws IOException {
    Path root = corpus();
    Path t = Files.writeString(temp.resolve("call.txt"),
        "Alex Doe: When did you decide to go with Bramble?\nJordan Blake: In June.\n");
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-9", "--interviewer-speaker", "alex doe",
        "--interviewed", "2026-06-30", t.toString()).exits(0).stdoutContains("1 of 8 questions answered (1)");
    assertThat(Files.readString(root.resolve("win-loss/interviews/OPP-9.md"))).isEqualTo("""
        ---
        opp: OPP-9
        outcome: lost
        status: completed
        interviewed: 2026-06-30
        consent:
          attribute: false
          external_use: false
        ---
        ## 1. When did you make the decision to go with Bramble?

        In June.

        ## 2. What ultimately made them the right choice for you?

        ## 3. What was the single biggest concern you had about going with us?

        ## 4. Was price a factor, and if so, how?

        ## 5. If we had done one thing differently, would the outcome have changed?

        ## 6. How did our sales process compare to the competitor's?

        ## 7. Was there a moment when you almost chose us instead?

        ## 8. If a peer asked you about us, what would you tell them?
        """);
  }

  @Test
  void crlfFrontMatterIsKeptByteForByte() throws IOException {
    Path root = corpus();
    Path file = root.resolve("win-loss/interviews/OPP-7.md");
    String crlf = Files.readString(file).replace("\n", "\r\n");
    Files.writeString(file, crlf);
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-7", transcript("teams-bom-crlf.vtt")).exits(0);
    String after = Files.readString(file);
    assertThat(after).startsWith(crlf).contains("## 1. When did you make the decision to go with Lumen?\r\n\r\nIn June. Right after")
        .doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void unknownFormatWritesNothing() throws IOException {
    Path root = corpus();
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-7", transcript("not-a-transcript.txt"))
        .exits(2).stderrContains("not a transcript format winloss reads; tried WebVTT").noStackTrace();
    assertThat(Files.readString(root.resolve("win-loss/interviews/OPP-7.md"))).doesNotContain("##");
  }

  @Test
  void keptTranscriptsOlderThanTheRetentionAreFlaggedByCheck() throws IOException {
    Path root = corpus();
    Path brief = root.resolve("operator-brief.md");
    Files.writeString(brief, Files.readString(brief).replace("  synthesis_due_days: 21\n",
        "  synthesis_due_days: 21\n  transcript_retention_days: 30\n"));
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-7", "--keep-transcript", transcript("teams-bom-crlf.vtt"))
        .exits(0).stdoutContains("win-loss/transcripts/OPP-7.vtt");
    assertThat(Files.readString(root.resolve("win-loss/transcripts/OPP-7.vtt"))).startsWith("WEBVTT\n");
    // OPP-7 has no interview date yet: its age counts from the deal's close, 2026-06-22, long before today
    CliRun.run("check", "--corpus", root.toString())
        .stdoutContains("win-loss/transcripts/OPP-7.vtt", "over the brief's transcript_retention_days of 30");
  }

  @Test
  void newThenIngestFillsTheScaffoldWithoutForceAndInterviewedCompletesIt() throws IOException {
    Path root = corpus();
    CliRun.run("new", "--corpus", root.toString(), "--opp", "OPP-9", "--requested", "2026-06-26").exits(0);
    Path file = root.resolve("win-loss/interviews/OPP-9.md");
    String scaffold = Files.readString(file);
    Path t = Files.writeString(temp.resolve("call.vtt"), "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n"
        + "Priya Shah (she/her): When did you make the decision to go with Bramble?\n\n2\n00:00:04.500 --> 00:00:09.000\n"
        + "Maya Lind (she/her): In late June, after their pilot.\nBottom line: the pilot decided it.\n\n"
        + "3\n00:00:09.500 --> 00:00:12.000\nPriya Shah (she/her): Was price a factor, and if so, how?\n\n"
        + "4\n00:00:12.500 --> 00:00:16.000\n14155550123: Not really. They were within five percent.\n");
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-9", "--interviewed", "2026-07-01", t.toString())
        .exits(0).stdoutContains("interviewer Priya Shah (she/her)", "2 of 8 questions answered (1, 4)").stderrEmpty();
    String after = Files.readString(file);
    String front = scaffold.substring(0, scaffold.indexOf("\n---\n") + 5);
    assertThat(after).startsWith(front.replace("status: requested", "status: completed").replace("interviewed:\n",
        "interviewed: 2026-07-01\n"));
    assertThat(after).contains("<!--\nWrite-up for OPP-9")
        .contains("## 1. When did you make the decision to go with Bramble?\n\n**Maya Lind (she/her):** In late June, after their"
            + " pilot. Bottom line: the pilot decided it.\n")
        .contains("## 4. Was price a factor, and if so, how?\n\n**14155550123:** Not really. They were within five percent.\n")
        .doesNotContain("(she/her): When");
    // now the body holds answers: a second ingest needs --force
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-9", t.toString())
        .exits(2).stderrContains("already has a body", "--force");
  }

  @Test
  void interviewerSpeakerNamesALabelWithPronouns() throws IOException {
    Path root = corpus();
    Path t = Files.writeString(temp.resolve("call.txt"), "Alex Doe (he/him): When did you make the decision to go with Bramble?\n"
        + "Jordan Blake | Iris Foods: In June.\n");
    CliRun.run("ingest", "--corpus", root.toString(), "--opp", "OPP-9", "--interviewer-speaker", "Alex Doe", "--dry-run",
        t.toString()).exits(0).stdoutContains("interviewer Alex Doe (he/him); 1 buyer turns: 1 of 8 questions answered (1)");
  }
}
