package winloss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  @Test
  void calendarQuartersAgreeWhateverTheNaming() {
    assertThat(new FiscalCalendar(1, true).quarterOf(LocalDate.parse("2026-05-31"))).hasToString("2026-Q2");
    assertThat(new FiscalCalendar(1, false).quarterOf(LocalDate.parse("2026-05-31"))).hasToString("2026-Q2");
  }

  @Test
  void februaryFiscalYearNamedByItsEnd() {
    FiscalCalendar fy = new FiscalCalendar(2, true);
    assertThat(fy.quarterOf(LocalDate.parse("2026-02-01"))).hasToString("2027-Q1");
    assertThat(fy.quarterOf(LocalDate.parse("2026-04-30"))).hasToString("2027-Q1");
    assertThat(fy.quarterOf(LocalDate.parse("2026-05-01"))).hasToString("2027-Q2");
    assertThat(fy.quarterOf(LocalDate.parse("2027-01-31"))).hasToString("2027-Q4");
    assertThat(fy.quarterOf(LocalDate.parse("2026-01-31"))).hasToString("2026-Q4");
    assertThat(fy.start(new Quarter(2027, 1))).hasToString("2026-02-01");
    assertThat(fy.end(new Quarter(2027, 4))).hasToString("2027-01-31");
  }

  @Test
  void februaryFiscalYearNamedByItsStart() {
    FiscalCalendar fy = new FiscalCalendar(2, false);
    assertThat(fy.quarterOf(LocalDate.parse("2026-02-01"))).hasToString("2026-Q1");
    assertThat(fy.start(new Quarter(2026, 1))).hasToString("2026-02-01");
  }

  @Test
  void quartersParseAndStep() {
    assertThat(Quarter.parse("2026-Q2")).contains(new Quarter(2026, 2));
    assertThat(Quarter.parse("2026-Q5")).isEmpty();
    assertThat(Quarter.parse("Q2")).isEmpty();
    assertThat(new Quarter(2026, 1).previous()).hasToString("2025-Q4");
    assertThat(new Quarter(2026, 4).next()).hasToString("2027-Q1");
  }
}
