package winloss.core.text;

/**
 * A file could not be read as text: the line it happened at (0 if none) and what to do.
 * {@link #unreadable()} marks a file a reader refuses outright (over its size limit, not UTF-8,
 * nested or aliased beyond the safe limits): nothing in it can be read, so every command, {@code
 * check} included, exits 2 naming it (docs/check.md), where an ordinary mistake is a finding.
 */
public final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final boolean unreadable;

  public InputProblem(int line, String message) {
    this(line, message, null, false);
  }

  private InputProblem(int line, String message, Throwable cause, boolean unreadable) {
    super(message, cause);
    this.line = line;
    this.unreadable = unreadable;
  }

  /** A file beyond a reader's safety limits or not text at all: an input error, not a finding. */
  public static InputProblem unreadable(int line, String message) {
    return new InputProblem(line, message, null, true);
  }

  /** As {@link #unreadable(int, String)}, keeping the exception that revealed it. */
  public static InputProblem unreadable(int line, String message, Throwable cause) {
    return new InputProblem(line, message, cause, true);
  }

  /** True when the file could not be read at all (see the class comment). */
  public boolean unreadable() {
    return unreadable;
  }

  /** As {@link #InputProblem(int, String)}, keeping the exception that revealed the problem. */
  public InputProblem(int line, String message, Throwable cause) {
    this(line, message, cause, false);
  }

  public int line() {
    return line;
  }
}
