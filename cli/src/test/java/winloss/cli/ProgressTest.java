package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line on stderr, with the "stderr is a terminal" flag forced on and off
 * ({@link Main#run} with a {@link Progress.Timing} or null). The timing's clock is fixed so the
 * line is deterministic: shown at once (threshold zero), never (work shorter than the threshold),
 * or with the seconds a moving clock says. No refresh thread (interval zero), so what is on
 * stderr is exactly what the phases printed.
 */
class ProgressTest {
  private static final String ERASE = "\r\u001b[K";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(Progress.Timing terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        System::getenv, Clock.systemDefaultZone(), terminal, args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Progress.Timing at(Duration after, LongSupplier nanoTime) {
    return new Progress.Timing(after, Duration.ZERO, nanoTime);
  }

  private static Progress.Timing atOnce() {
    return at(Duration.ZERO, () -> 0L);
  }

  private Path synthesisCorpus(String name) {
    return TestCorpus.copy(SynthesisCommandsTest.FIXTURE, dir.resolve(name));
  }

  @Test
  void onATerminalEachPhaseIsShownThenErasedBeforeTheOutput() {
    Path c = synthesisCorpus("on");
    Run r = run(atOnce(), "synthesize", "--quarter", "2026-Q2", "--corpus", c.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo(
        "\rwinloss synthesize: reading 13 write-ups and deals.csv (0s)\u001b[K"
            + "\rwinloss synthesize: checking the corpus (0s)\u001b[K"
            + "\rwinloss synthesize: counting the quarter and drawing the readout's charts (0s)\u001b[K"
            + ERASE);
    // the line is erased before the first byte of output; what follows is the command's own output
    Run plain = run(null, "synthesize", "--quarter", "2026-Q2", "--corpus", synthesisCorpus("plain").toString());
    assertThat(r.out().replace(c.toString(), "{c}"))
        .isEqualTo(plain.out().replace(dir.resolve("plain").toString(), "{c}"));
  }

  @Test
  void notATerminalMeansNothingOnStderr() {
    Path c = synthesisCorpus("off");
    Run r = run(null, "synthesize", "--quarter", "2026-Q2", "--corpus", c.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("wrote ");
  }

  @Test
  void workShorterThanTheThresholdShowsNothingEvenOnATerminal() {
    Path c = synthesisCorpus("fast");
    Run r = run(at(Duration.ofSeconds(1), () -> 0L), "synthesize", "--quarter", "2026-Q2", "--corpus", c.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theLineShowsOnlyOnceTheWorkHasRunAboutASecondWithTheSecondsElapsed() {
    Path c = synthesisCorpus("slow");
    // the clock moves 700 ms per reading: start 0, then 0.7 s (not shown), 1.4 s, 2.1 s, ...
    AtomicLong now = new AtomicLong(-700_000_000L);
    Run r = run(at(Duration.ofSeconds(1), () -> now.addAndGet(700_000_000L)), "synthesize", "--quarter", "2026-Q2",
        "--corpus", c.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).doesNotContain("reading 13 write-ups")
        .contains("\rwinloss synthesize: checking the corpus (1s)\u001b[K")
        .endsWith(ERASE);
  }

  @Test
  void publishShowsRenderingTheHtmlAndThePdf() {
    Path c = synthesisCorpus("publish");
    Run r = run(atOnce(), "publish", "--quarter", "2026-Q2", "--corpus", c.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("\rwinloss publish: rendering the HTML page (0s)\u001b[K",
        "\rwinloss publish: rendering the PDF (0s)\u001b[K").endsWith(ERASE);
    assertThat(r.out()).doesNotContain("\r", "\u001b");
  }

  @Test
  void importShowsTheLinesOfTheExport() {
    Path c = TestCorpus.copy(TestCorpus.SMALL, dir.resolve("import"));
    String export = ImportCommandTest.crm("salesforce-dataloader.csv");
    Run r = run(atOnce(), "import", "crm", export, "--from", "salesforce", "--corpus", c.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("\rwinloss import: importing " + export + ", ").contains(" lines after the header (0s)");
    assertThat(run(null, "import", "crm", export, "--from", "salesforce", "--dry-run", "--corpus", c.toString()).err()).isEmpty();
  }

  @Test
  void checkShowsReadingThenChecking() {
    Path c = synthesisCorpus("check");
    Run r = run(atOnce(), "check", "--corpus", c.toString());
    assertThat(r.err()).isEqualTo("\rwinloss check: reading 13 write-ups and deals.csv (0s)\u001b[K"
        + "\rwinloss check: checking the corpus (0s)\u001b[K" + ERASE);
    assertThat(r.out()).startsWith("check: ");
  }

  @Test
  void initAndHelpNeverShowProgress() {
    assertThat(run(atOnce(), "synthesize", "--help").err()).isEmpty();
    Run init = run(atOnce(), "init", dir.resolve("new").toString(), "--company", "Kestrel Shield", "--competitors", "A,B");
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.err()).doesNotContain("\r");
  }
}
