package winloss.cli;

/**
 * The exit codes as the commands spell them: the same constants as {@link
 * winloss.core.diag.ExitCodes}, the one definition shared with core.
 */
public final class ExitCodes {
  /** Ran and found nothing wrong. */
  public static final int OK = winloss.core.diag.ExitCodes.OK;
  /** Ran and found something: check errors, alerts firing, nothing to report. */
  public static final int FINDINGS = winloss.core.diag.ExitCodes.FINDINGS;
  /** The command line or the input was wrong; nothing was written. */
  public static final int USAGE = winloss.core.diag.ExitCodes.USAGE;
  /** A bug (an unexpected exception). */
  public static final int INTERNAL = winloss.core.diag.ExitCodes.INTERNAL;

  private ExitCodes() {}
}
