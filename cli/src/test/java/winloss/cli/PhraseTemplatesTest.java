package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prose inside other outputs (alert messages, the alerts text, play verdict reasons, repeat
 * losses and fixes that are not holding) comes from templates under {@code templates/}: the
 * corpus's copy rewords it, {@code templates eject} copies it, and a broken override is a clear
 * error. The built-in wording is guarded byte for byte by the golden cases and DemoDocumentsTest.
 */
class PhraseTemplatesTest {
  @TempDir Path dir;

  private Path demo() {
    return TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
  }

  /**
   * Copies the built-in template {@code name} into the corpus's templates/ (or takes the copy
   * already there), with {@code from} replaced by {@code to}.
   */
  private static void override(Path corpus, String name, String from, String to) throws IOException {
    Path target = corpus.resolve("templates").resolve(name);
    String text = Files.readString(Files.exists(target) ? target : Path.of("..", "templates", name));
    assertThat(text).as(name).contains(from);
    Files.createDirectories(target.getParent());
    Files.writeString(target, text.replace(from, to));
  }

  @Test
  void ejectCopiesThePhraseTemplates() {
    Path c = demo();
    CliRun.run("templates", "eject", "--dry-run", "--corpus", c.toString()).exits(0).stderrEmpty()
        .stdoutContains("templates/alerts.txt.mustache", "templates/phrases/alerts.txt.mustache", "templates/phrases/fixes.txt.mustache",
            "templates/phrases/plays.txt.mustache", "templates/phrases/notify.txt.mustache");
  }

  @Test
  void alertMessagesAndTheAlertsTextAreTemplates() throws IOException {
    Path c = demo();
    CliRun before = CliRun.run("alerts", "--as-of", "2026-10-05", "--corpus", c.toString()).exits(1).stderrEmpty();
    before.stdoutContains("is not requested 13 days after close (nudge at 7); draft the request: winloss request --opp OPP-1353",
        "1 repeat loss since the fix shipped on 2026-08-20 (OPP-1284); the fix is not holding");
    override(c, "phrases/alerts.txt.mustache", "draft the request: winloss request --opp {{opp}}", "ask {{opp}}'s AE for an intro");
    override(c, "phrases/fixes.txt.mustache", "since the fix shipped on {{shipped}}", "after {{shipped}}");
    override(c, "alerts.txt.mustache", "  to: {{to}}", "  for: {{to}}");
    CliRun after = CliRun.run("alerts", "--as-of", "2026-10-05", "--corpus", c.toString()).exits(1).stderrEmpty();
    after.stdoutContains("is not requested 13 days after close (nudge at 7); ask OPP-1353's AE for an intro",
        "1 repeat loss after 2026-08-20 (OPP-1284); the fix is not holding", "  for: VP Marketing\n");
    assertThat(after.out).doesNotContain("  to: ", "draft the request");
    CliRun json = CliRun.run("alerts", "--as-of", "2026-10-05", "--format", "json", "--corpus", c.toString()).exits(1);
    json.stdoutContains("ask OPP-1353's AE for an intro");
  }

  @Test
  void playVerdictReasonsAreTemplates() throws IOException {
    Path c = demo();
    CliRun.run("plays", "--corpus", c.toString()).exits(0).stdoutContains("12 of the 50 decided deals a verdict needs");
    override(c, "phrases/plays.txt.mustache", "{{decided}} of the {{needed}} decided deals a verdict needs",
        "{{needed}} decided deals needed, {{decided}} so far");
    CliRun.run("plays", "--corpus", c.toString()).exits(0).stderrEmpty().stdoutContains("50 decided deals needed, 12 so far");
  }

  @Test
  void repeatLossesAndTheTeardownsFixNotHoldingAreTemplates() throws IOException {
    Path c = demo();
    CliRun.run("fixes", "--quarter", "2026-Q2", "--corpus", c.toString()).exits(1)
        .stdoutContains("2 repeat losses since the fix shipped on 2026-05-08 (OPP-1229, OPP-1153)");
    override(c, "phrases/fixes.txt.mustache", "{{#one}}repeat loss{{/one}}{{^one}}repeat losses{{/one}} since the fix shipped on",
        "{{#one}}loss{{/one}}{{^one}}losses{{/one}} again after the fix of");
    override(c, "phrases/fixes.txt.mustache", "is not holding: {{repeats}}.", "does not hold: {{repeats}}.");
    CliRun.run("fixes", "--quarter", "2026-Q2", "--corpus", c.toString()).exits(1).stderrEmpty()
        .stdoutContains("2 losses again after the fix of 2026-05-08 (OPP-1229, OPP-1153)");
    CliRun.run("teardown", "--competitor", "Quarry", "--dry-run", "--corpus", c.toString()).exits(0)
        .stdoutContains("does not hold: ", "losses again after the fix of 2026-05-08");
  }

  @Test
  void anOverrideWithoutAPhrasesSectionOrWithAnUnknownNameIsAnErrorNamingTheFile() throws IOException {
    Path c = demo();
    Path file = c.resolve("templates/phrases/alerts.txt.mustache");
    override(c, "phrases/alerts.txt.mustache", "{{#nudge}}", "{{#nudges}}");
    override(c, "phrases/alerts.txt.mustache", "{{/nudge}}", "{{/nudges}}");
    CliRun.run("alerts", "--as-of", "2026-10-05", "--corpus", c.toString()).exits(2)
        .stderrContains("templates/phrases/alerts.txt.mustache", "unknown name 'nudges'").noStackTrace();
    Files.writeString(file, Files.readString(file).replace("{{#nudges}}", "{{#escalate}}").replace("{{/nudges}}", "{{/escalate}}"));
    CliRun.run("alerts", "--as-of", "2026-10-05", "--corpus", c.toString()).exits(2)
        .stderrContains("templates/phrases/alerts.txt.mustache says nothing for 'nudge'").noStackTrace();
  }
}
