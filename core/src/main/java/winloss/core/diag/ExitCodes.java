package winloss.core.diag;

/**
 * The exit codes, decided once for core and cli: every command and every {@link WinlossException}
 * uses these and only these.
 */
public final class ExitCodes {
  /** Ran and found nothing wrong. */
  public static final int OK = 0;
  /** Ran and found something: check errors, alerts firing, nothing to report. */
  public static final int FINDINGS = 1;
  /** The command line or the input was wrong (or the corpus was busy); nothing was written. */
  public static final int USAGE = 2;
  /** A bug in winloss: an exception nobody expected. The message asks the user to report it. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
