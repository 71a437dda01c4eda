package winloss.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --wait SECONDS} for a command that writes without {@link WriteMixin} ({@code export},
 * {@code import qdc}, {@code alerts --notify}): how long to wait for another run holding the
 * corpus lock.
 */
public final class WaitMixin {
  /** The wait when a command has no {@code --wait} of its own. */
  static final Duration DEFAULT = Duration.ofSeconds(10);

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "Wait up to SECONDS for another winloss run writing to the corpus to finish (default: ${DEFAULT-VALUE}).")
  int waitSeconds = 10;

  /** The wait, never negative. */
  public Duration duration() {
    return Duration.ofSeconds(Math.max(0, waitSeconds));
  }
}
