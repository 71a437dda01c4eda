package winloss.core.progress;

/**
 * Told which phase a long-running command is in ("reading 1,204 write-ups", "rendering the
 * PDF"), so the command line can show it on a terminal while the work takes more than about a
 * second. A phase is a short lower-case phrase, never part of any output: what a listener shows
 * goes to stderr on a terminal only, and {@link #NONE} (every library caller's default) shows
 * nothing. Implementations must be thread-safe and return at once.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Shows nothing. */
  ProgressListener NONE = what -> {};

  /** The phase the work has entered, e.g. {@code "reading 63 write-ups"}. */
  void phase(String what);
}
