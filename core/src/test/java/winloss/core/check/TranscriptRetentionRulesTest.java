package winloss.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.Diagnostic;

class TranscriptRetentionRulesTest {
  @TempDir Path temp;

  private Path corpus(String retention) throws IOException {
    Path src = Path.of("src", "test", "resources", "fixtures", "small");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path t = temp.resolve(src.relativize(p).toString());
        Files.createDirectories(t.getParent());
        Files.copy(p, t);
      }
    }
    Path brief = temp.resolve("operator-brief.md");
    Files.writeString(brief, Files.readString(brief).replace("  synthesis_due_days: 21\n", "  synthesis_due_days: 21\n" + retention));
    Files.createDirectories(temp.resolve("win-loss/transcripts"));
    Files.writeString(temp.resolve("win-loss/transcripts/OPP-1.vtt"), "WEBVTT\n");
    Files.writeString(temp.resolve("win-loss/transcripts/OPP-7.txt"), "x: y\n");
    return temp;
  }

  private static java.util.List<String> messages(Path root, LocalDate today) {
    return CorpusChecker.check(CorpusReader.read(root), today).diagnostics().stream()
        .filter(d -> d.file().toString().contains("transcripts")).map(Diagnostic::format).toList();
  }

  @Test
  void agesFromTheInterviewDateElseTheCloseDate() throws IOException {
    Path root = corpus("  transcript_retention_days: 90\n");
    // OPP-1 interviewed 2026-04-20: 91 days on 2026-07-20; OPP-7 (no interview date) closed 2026-06-22: 28 days
    assertThat(messages(root, LocalDate.parse("2026-07-20"))).containsExactly(
        "win-loss/transcripts/OPP-1.vtt:0:0: warning: transcript is 91 days old (from 2026-04-20), over the brief's"
            + " transcript_retention_days of 90; delete it (git rm) to honor the customer's data terms");
    assertThat(messages(root, LocalDate.parse("2026-07-19"))).isEmpty();
  }

  @Test
  void noRetentionSetNoWarning() throws IOException {
    Path root = corpus("");
    assertThat(messages(root, LocalDate.parse("2030-01-01"))).isEmpty();
  }
}
