package winloss.cli;

/** The exit codes, decided once: every command uses these and only these. */
public final class ExitCodes {
  /** Ran and found nothing wrong. */
  public static final int OK = 0;
  /** Ran and found something: check errors, alerts firing, nothing to report. */
  public static final int FINDINGS = 1;
  /** The command line or the input was wrong; nothing was written. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
