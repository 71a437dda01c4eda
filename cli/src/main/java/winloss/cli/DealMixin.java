package winloss.cli;

import picocli.CommandLine.Option;

/** {@code --opp ID} and {@code --interviewer NAME}: the deal a command prepares, and who runs the call. */
public final class DealMixin {
  @Option(names = "--opp", required = true, paramLabel = "ID", description = "The deal's opp_id in deals.csv.")
  String opp;

  @Option(names = "--interviewer", paramLabel = "NAME",
      description = "Who runs the call (on the roster; never the deal's AE or CSM). Default: the external interviewer"
          + " for losses and no-decisions when the roster has one, else the PMM lead.")
  String interviewer;
}
