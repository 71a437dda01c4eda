package winloss.core.model;

import java.math.BigDecimal;
import java.util.List;

/** The program design from the brief's {@code program:} block, with the spec's defaults. */
public record Program(
    BigDecimal acvThreshold,
    String currency,
    List<String> topCompetitors,
    int winInterviewWithinDays,
    int lossInterviewWithinDays,
    int nudgeAfterDays,
    int escalateAfterDays,
    double noDecisionSampleRate,
    double winSampleRate,
    long sampleSeed,
    int minThemeInterviews,
    int synthesisDueDays,
    Integer transcriptRetentionDays,
    java.time.LocalDate startDate,
    int fixWithinDays) {

  /** Default for {@code program.fix_within_days}: a loss should have a fix within 14 days of its close. */
  public static final int DEFAULT_FIX_WITHIN_DAYS = 14;

  /** A program without {@code start_date} and with the default {@code fix_within_days}. */
  public Program(BigDecimal acvThreshold, String currency, List<String> topCompetitors, int winInterviewWithinDays,
      int lossInterviewWithinDays, int nudgeAfterDays, int escalateAfterDays, double noDecisionSampleRate,
      double winSampleRate, long sampleSeed, int minThemeInterviews, int synthesisDueDays, Integer transcriptRetentionDays) {
    this(acvThreshold, currency, topCompetitors, winInterviewWithinDays, lossInterviewWithinDays, nudgeAfterDays,
        escalateAfterDays, noDecisionSampleRate, winSampleRate, sampleSeed, minThemeInterviews, synthesisDueDays,
        transcriptRetentionDays, null, DEFAULT_FIX_WITHIN_DAYS);
  }

  /** True when {@code program.start_date} is set and {@code closeDate} is before it (spec v1.1). */
  public boolean beforeStart(java.time.LocalDate closeDate) {
    return startDate != null && closeDate.isBefore(startDate);
  }

  public Program {
    topCompetitors = List.copyOf(topCompetitors);
    if (noDecisionSampleRate < 0 || noDecisionSampleRate > 1 || winSampleRate < 0 || winSampleRate > 1) {
      throw new IllegalArgumentException("sample rates are between 0 and 1");
    }
  }

  public static Program defaults() {
    return new Program(new BigDecimal(50000), "USD", List.of(), 30, 14, 7, 14, 0.3, 1.0, 0, 3, 21, null);
  }

  public boolean isTopCompetitor(String name) {
    return name != null && topCompetitors.stream().anyMatch(c -> c.equalsIgnoreCase(name.trim()));
  }

  /** Days after close within which the interview should happen for this outcome. */
  public int windowDays(Outcome outcome) {
    return outcome == Outcome.WON ? winInterviewWithinDays : lossInterviewWithinDays;
  }
}
