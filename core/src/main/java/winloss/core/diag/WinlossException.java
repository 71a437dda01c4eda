package winloss.core.diag;

/**
 * A failure the user can fix: bad input, a refused operation, a missing file. The message says
 * what went wrong and what to do; the CLI prints it without a stack trace and exits with
 * {@link #exitCode()}.
 */
public class WinlossException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Exit code for a usage or input error. */
  public static final int INPUT = 2;
  /** Exit code for "ran, and found something" (errors in check, alerts firing, nothing to report). */
  public static final int FINDINGS = 1;

  private final int exitCode;

  public WinlossException(String message) {
    this(message, INPUT, null);
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
