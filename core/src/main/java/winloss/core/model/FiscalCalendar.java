package winloss.core.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Quarters as the brief defines them. With {@code startMonth} 2 and {@code namedByEnd}, the year
 * running February 2026 to January 2027 is FY2027, so 2026-02-01 falls in 2027-Q1.
 */
public record FiscalCalendar(int startMonth, boolean namedByEnd) {
  public FiscalCalendar {
    if (startMonth < 1 || startMonth > 12) {
      throw new IllegalArgumentException("fiscal_year_start_month is 1 to 12: " + startMonth);
    }
  }

  public static FiscalCalendar calendar() {
    return new FiscalCalendar(1, true);
  }

  public Quarter quarterOf(LocalDate date) {
    int monthsIn = Math.floorMod(date.getMonthValue() - startMonth, 12);
    int startYear = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
    int fiscalYear = (namedByEnd && startMonth != 1) ? startYear + 1 : startYear;
    return new Quarter(fiscalYear, monthsIn / 3 + 1);
  }

  /** First day of a fiscal quarter. */
  public LocalDate start(Quarter q) {
    int startYear = (namedByEnd && startMonth != 1) ? q.year() - 1 : q.year();
    return YearMonth.of(startYear, startMonth).plusMonths(3L * (q.number() - 1)).atDay(1);
  }

  /** Last day of a fiscal quarter. */
  public LocalDate end(Quarter q) {
    return start(q).plusMonths(3).minusDays(1);
  }
}
