package winloss.core.diag;

/**
 * A failure the user can fix: bad input, a refused operation, a missing file. The message says
 * what went wrong and what to do; the CLI prints it without a stack trace and exits with
 * {@link #exitCode()}.
 */
public class WinlossException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Exit code for a usage or input error. */
  public static final int INPUT = ExitCodes.USAGE;
  /** Exit code for "ran, and found something" (errors in check, alerts firing, nothing to report). */
  public static final int FINDINGS = ExitCodes.FINDINGS;

  private final int exitCode;

  public WinlossException(String message) {
    this(message, INPUT, null);
  }

  /** An input error (exit 2) caused by {@code cause}, which is kept for {@code --stacktrace}. */
  public WinlossException(String message, Throwable cause) {
    this(message, INPUT, cause);
  }

  public WinlossException(String message, int exitCode) {
    this(message, exitCode, null);
  }

  public WinlossException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
