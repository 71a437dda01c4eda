package winloss.cli;

import java.time.Duration;

/**
 * A command (or its mixin) that may write to the corpus: the factory's execution strategy takes
 * the corpus lock ({@link winloss.core.output.CorpusLock}) around the whole command when {@link
 * #writes()}, before the command reads anything it will change.
 */
interface CorpusWriter {
  /** False for a dry run: nothing is written, so no lock is needed. */
  boolean writes();

  /** How long to wait for another run holding the lock ({@code --wait SECONDS}). */
  Duration lockWait();
}
