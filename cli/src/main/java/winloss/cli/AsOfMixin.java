package winloss.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import winloss.core.model.Quarter;
import winloss.core.synthesis.Periods;

/** {@code --as-of DATE} for the program-health commands, and their shared parsing. */
public final class AsOfMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (YYYY-MM-DD).")
  String asOf;

  /** The --as-of date, or null when not given. */
  public LocalDate asOfOrNull() {
    return Periods.asOf(asOf);
  }

  /** The --as-of date, or today by the clock the command line was built with. */
  public LocalDate asOfOrToday() {
    LocalDate d = asOfOrNull();
    return d != null ? d : WinlossCommand.today(mixee);
  }

  /** The reference date for a request or script: --as-of (named in the document's header), or today. */
  public winloss.core.ops.InterviewDocuments.AsOf reference() {
    return new winloss.core.ops.InterviewDocuments.AsOf(asOfOrToday(), asOfOrNull() != null);
  }

  public Quarter quarter(String text) {
    return Quarter.parse(text).orElseThrow(() -> new ParameterException(mixee.commandLine(),
        "--quarter " + text + " is not a quarter; write it as YYYY-Qn, e.g. 2026-Q2 (the fiscal year)"));
  }
}
