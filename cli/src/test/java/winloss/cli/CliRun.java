package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Main#run} in-process and asserts on exit code, stdout and stderr, fluently. */
final class CliRun {
  final int exit;
  final String out;
  final String err;
  private final String commandLine;

  private CliRun(int exit, String out, String err, String commandLine) {
    this.exit = exit;
    this.out = out;
    this.err = err;
    this.commandLine = commandLine;
  }

  static CliRun run(String... args) {
    return run(System::getenv, args);
  }

  /** Runs with environment variables read through {@code env} (a test's own, not the process's). */
  static CliRun run(java.util.function.Function<String, String> env, String... args) {
    return run(env, java.time.Clock.systemDefaultZone(), args);
  }

  /** Runs on {@code today} (what a command without {@code --as-of} takes as today's date). */
  static CliRun runOn(java.time.LocalDate today, String... args) {
    return run(System::getenv, java.time.Clock.fixed(today.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC), args);
  }

  static CliRun run(java.util.function.Function<String, String> env, java.time.Clock clock, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, clock,
        args);
    return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), String.join(" ", args));
  }

  private String describe() {
    return "winloss " + commandLine + "\n--- exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }

  CliRun exits(int expected) {
    assertThat(exit).as(describe()).isEqualTo(expected);
    return this;
  }

  CliRun stdoutContains(String... parts) {
    assertThat(out).as(describe()).contains(parts);
    return this;
  }

  CliRun stdoutLacks(String... parts) {
    assertThat(out).as(describe()).doesNotContain(parts);
    return this;
  }

  CliRun stderrContains(String... parts) {
    assertThat(err).as(describe()).contains(parts);
    return this;
  }

  CliRun stderrLacks(String... parts) {
    assertThat(err).as(describe()).doesNotContain(parts);
    return this;
  }

  CliRun stderrEmpty() {
    assertThat(err).as(describe()).isEmpty();
    return this;
  }

  CliRun noStackTrace() {
    assertThat(err).as(describe()).doesNotContain("\tat ", "Exception in thread");
    return this;
  }
}
