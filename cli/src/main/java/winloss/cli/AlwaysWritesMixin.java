package winloss.cli;

import java.time.Duration;
import picocli.CommandLine.Mixin;

/**
 * For a command that writes on every run ({@code export qdpx}, {@code export qdc}): it reads the
 * corpus and writes a file under the corpus lock, so it never exports a half-written update, and
 * waits for another writer as long as its {@code --wait} says.
 */
public final class AlwaysWritesMixin implements CorpusWriter {
  @Mixin WaitMixin wait;

  @Override
  public boolean writes() {
    return true;
  }

  @Override
  public Duration lockWait() {
    return wait.duration();
  }
}
