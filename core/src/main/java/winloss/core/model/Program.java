package winloss.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The program design from the brief's {@code program:} block, with the spec's defaults.
 *
 * @param startDate {@code program.start_date} (spec v1.1), or null: deals closed before it are not
 *     due, not counted in compliance and raise no alert; readouts are not expected for quarters
 *     that ended before it
 * @param timeZone {@code program.time_zone} as an IANA zone id (default {@code UTC}, checked by the
 *     brief's reader; kept as text so the corpus cache can store it): the zone CRM timestamps with an offset
 *     are read in by {@code import crm}
 * @param fixWithinDays {@code program.fix_within_days} (default 14): days after a loss's close by
 *     which a fix in actions.yaml should name it ({@code winloss fixes} exits 1 past it)
 */
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
    LocalDate startDate,
    String timeZone,
    int fixWithinDays) {

  /** Default for {@code program.fix_within_days}: a loss should have a fix within 14 days of its close. */
  public static final int DEFAULT_FIX_WITHIN_DAYS = 14;

  /** A program with the default {@code fix_within_days}. */
  public Program(BigDecimal acvThreshold, String currency, List<String> topCompetitors, int winInterviewWithinDays,
      int lossInterviewWithinDays, int nudgeAfterDays, int escalateAfterDays, double noDecisionSampleRate,
      double winSampleRate, long sampleSeed, int minThemeInterviews, int synthesisDueDays, Integer transcriptRetentionDays,
      LocalDate startDate) {
    this(acvThreshold, currency, topCompetitors, winInterviewWithinDays, lossInterviewWithinDays, nudgeAfterDays,
        escalateAfterDays, noDecisionSampleRate, winSampleRate, sampleSeed, minThemeInterviews, synthesisDueDays,
        transcriptRetentionDays, startDate, "UTC", DEFAULT_FIX_WITHIN_DAYS);
  }

  /** A program with the default {@code fix_within_days}. */
  public Program(BigDecimal acvThreshold, String currency, List<String> topCompetitors, int winInterviewWithinDays,
      int lossInterviewWithinDays, int nudgeAfterDays, int escalateAfterDays, double noDecisionSampleRate,
      double winSampleRate, long sampleSeed, int minThemeInterviews, int synthesisDueDays, Integer transcriptRetentionDays,
      LocalDate startDate, String timeZone) {
    this(acvThreshold, currency, topCompetitors, winInterviewWithinDays, lossInterviewWithinDays, nudgeAfterDays,
        escalateAfterDays, noDecisionSampleRate, winSampleRate, sampleSeed, minThemeInterviews, synthesisDueDays,
        transcriptRetentionDays, startDate, timeZone, DEFAULT_FIX_WITHIN_DAYS);
  }

  /** True when {@code program.start_date} is set and {@code closeDate} is before it (spec v1.1). */
  public boolean beforeStart(LocalDate closeDate) {
    return !startedBy(closeDate);
  }

  public Program {
    topCompetitors = List.copyOf(topCompetitors);
    timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
    if (noDecisionSampleRate < 0 || noDecisionSampleRate > 1 || winSampleRate < 0 || winSampleRate > 1) {
      throw new IllegalArgumentException("sample rates are between 0 and 1");
    }
  }

  public static Program defaults() {
    return new Program(new BigDecimal(50000), "USD", List.of(), 30, 14, 7, 14, 0.3, 1.0, 0, 3, 21, null, null, "UTC");
  }

  /** True when the program had started by {@code date} (always, without a start date). */
  public boolean startedBy(LocalDate date) {
    return startDate == null || date == null || !date.isBefore(startDate);
  }

  /** {@link #timeZone} as a zone; UTC when it is not a valid zone id. */
  public ZoneId zone() {
    try {
      return ZoneId.of(timeZone);
    } catch (java.time.DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  public boolean isTopCompetitor(String name) {
    return name != null && topCompetitors.stream().anyMatch(c -> c.equalsIgnoreCase(name.trim()));
  }

  /** Days after close within which the interview should happen for this outcome. */
  public int windowDays(Outcome outcome) {
    return outcome == Outcome.WON ? winInterviewWithinDays : lossInterviewWithinDays;
  }
}
