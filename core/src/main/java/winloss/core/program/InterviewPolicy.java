package winloss.core.program;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.model.Program;

/**
 * The program's structural rule: which closed deals must get an interview. Every win or loss at
 * or above the ACV threshold, every loss to a top competitor whatever its ACV, and a randomized
 * sample of no-decisions (and of qualifying wins when {@code win_sample_rate} is below 1). A deal
 * closed before {@code program.start_date} is never required (spec v1.1).
 *
 * <p>The sample draw is a pure function of {@code sample_seed} and the opp id, so a deal's
 * membership never changes when other deals are added, and anyone can reproduce it.
 */
public final class InterviewPolicy {
  private final Program program;

  public InterviewPolicy(Program program) {
    this.program = program;
  }

  /** Whether a deal is required, and the reason in words. */
  public record Requirement(boolean required, String reason) {}

  public Requirement requirement(Deal deal) {
    if (!program.startedBy(deal.closeDate())) {
      return new Requirement(false, "closed before the program started on " + program.startDate());
    }
    boolean overThreshold = deal.acv().compareTo(program.acvThreshold()) >= 0;
    String threshold = program.acvThreshold().stripTrailingZeros().toPlainString();
    return switch (deal.outcome()) {
      case WON -> {
        if (!overThreshold) {
          yield new Requirement(false, "won below the ACV threshold of " + threshold);
        }
        if (program.winSampleRate() >= 1.0) {
          yield new Requirement(true, "won at or above the ACV threshold");
        }
        yield drawn(deal, program.winSampleRate())
            ? new Requirement(true, "won at or above the threshold, drawn in the win sample")
            : new Requirement(false, "won at or above the threshold, not drawn in the " + rate(program.winSampleRate()) + " win sample");
      }
      case LOST -> {
        if (deal.hasCompetitor() && program.isTopCompetitor(deal.competitor())) {
          yield new Requirement(true, "lost to top competitor " + deal.competitor());
        }
        yield overThreshold
            ? new Requirement(true, "lost at or above the ACV threshold")
            : new Requirement(false, "lost below the ACV threshold, not to a top competitor");
      }
      case NO_DECISION -> drawn(deal, program.noDecisionSampleRate())
          ? new Requirement(true, "no-decision drawn in the " + rate(program.noDecisionSampleRate()) + " sample")
          : new Requirement(false, "no-decision not drawn in the " + rate(program.noDecisionSampleRate()) + " sample");
    };
  }

  public boolean required(Deal deal) {
    return requirement(deal).required();
  }

  /** True when the deal falls in a sample of the given rate (seeded, per opp id). */
  public boolean drawn(Deal deal, double rate) {
    return draw(program.sampleSeed(), deal.oppId()) < rate;
  }

  /** A uniform number in [0, 1) from SHA-256 of "seed:oppId": stable across runs and machines. */
  public static double draw(long seed, String oppId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + ":" + oppId).getBytes(StandardCharsets.UTF_8));
      long bits = 0;
      for (int i = 0; i < 7; i++) {
        bits = (bits << 8) | (h[i] & 0xff);
      }
      return (bits >>> 3) / (double) (1L << 53);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rate(double r) {
    return Math.round(r * 100) + "%";
  }

  /** The deal's outcome, for callers that group by it. */
  public static boolean isDecided(Deal d) {
    return d.outcome() != Outcome.NO_DECISION;
  }
}
