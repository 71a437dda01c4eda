package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.diag.WinlossException;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;

class PeriodsTest {
  static final FiscalCalendar FEB_END = new FiscalCalendar(2, true);
  static final FiscalCalendar FEB_START = new FiscalCalendar(2, false);
  static final FiscalCalendar CAL = FiscalCalendar.calendar();

  @Test
  void februaryFiscalYearNamedByItsEnd() {
    assertThat(FEB_END.quarterOf(LocalDate.of(2026, 2, 1))).isEqualTo(new Quarter(2027, 1));
    assertThat(FEB_END.quarterOf(LocalDate.of(2026, 4, 30))).isEqualTo(new Quarter(2027, 1));
    assertThat(FEB_END.quarterOf(LocalDate.of(2026, 5, 1))).isEqualTo(new Quarter(2027, 2));
    assertThat(FEB_END.quarterOf(LocalDate.of(2027, 1, 31))).isEqualTo(new Quarter(2027, 4));
    assertThat(FEB_END.quarterOf(LocalDate.of(2026, 1, 31))).isEqualTo(new Quarter(2026, 4));
    assertThat(FEB_END.start(new Quarter(2027, 1))).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(FEB_END.end(new Quarter(2027, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(FEB_END.end(new Quarter(2027, 4))).isEqualTo(LocalDate.of(2027, 1, 31));
  }

  @Test
  void februaryFiscalYearNamedByItsStart() {
    assertThat(FEB_START.quarterOf(LocalDate.of(2026, 2, 1))).isEqualTo(new Quarter(2026, 1));
    assertThat(FEB_START.quarterOf(LocalDate.of(2027, 1, 15))).isEqualTo(new Quarter(2026, 4));
    assertThat(FEB_START.start(new Quarter(2026, 4))).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void quarterArithmeticCrossesTheFiscalYear() {
    assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
    assertThat(FEB_END.end(new Quarter(2027, 1).previous()).plusDays(1)).isEqualTo(FEB_END.start(new Quarter(2027, 1)));
    assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
  }

  @Test
  void shortQuarterIsTheLatestThatHasClosedByAsOf() {
    // FY2027 Q2 runs May to July 2026
    assertThat(Periods.quarter("Q2", FEB_END, LocalDate.of(2026, 8, 15), List.of())).isEqualTo(new Quarter(2027, 2));
    assertThat(Periods.quarter("Q2", FEB_END, LocalDate.of(2026, 8, 1), List.of())).isEqualTo(new Quarter(2027, 2));
    assertThat(Periods.quarter("Q2", FEB_END, LocalDate.of(2026, 7, 31), List.of()))
        .as("still open on its last day").isEqualTo(new Quarter(2026, 2));
    assertThat(Periods.quarter("q1", FEB_END, LocalDate.of(2026, 8, 1), List.of())).isEqualTo(new Quarter(2027, 1));
    assertThat(Periods.quarter("Q4", FEB_END, LocalDate.of(2026, 8, 1), List.of())).isEqualTo(new Quarter(2026, 4));
    assertThat(Periods.quarter("Q2", CAL, LocalDate.of(2026, 7, 1), List.of())).isEqualTo(new Quarter(2026, 2));
    assertThat(Periods.quarter("Q3", CAL, LocalDate.of(2026, 7, 1), List.of())).isEqualTo(new Quarter(2025, 3));
  }

  @Test
  void withoutAsOfTheLatestCloseDateDecides() {
    var deals = List.of(StatisticsTest.deal("A", Outcome.WON), StatisticsTest.deal("B", Outcome.LOST));
    // both close 2026-05-01: Q2 2026 has not closed by then, so Q1 is 2026-Q1 and Q2 is 2025-Q2
    assertThat(Periods.quarter("Q1", CAL, null, deals)).isEqualTo(new Quarter(2026, 1));
    assertThat(Periods.quarter("Q2", CAL, null, deals)).isEqualTo(new Quarter(2025, 2));
    assertThat(Periods.quarter("2026-Q2", CAL, null, deals)).isEqualTo(new Quarter(2026, 2));
  }

  @Test
  void malformedPeriodsAreUsageErrors() {
    for (String bad : List.of("2026-Q5", "Q0", "26-Q1", "2026Q2", "", "last quarter")) {
      assertThatThrownBy(() -> Periods.quarter(bad, CAL, LocalDate.of(2026, 7, 1), List.of()))
          .isInstanceOf(WinlossException.class)
          .hasMessageContaining("is not a quarter")
          .satisfies(e -> assertThat(((WinlossException) e).exitCode()).isEqualTo(2));
    }
    for (String bad : List.of("2026-13", "2026-5", "May 2026", "2026-00")) {
      assertThatThrownBy(() -> Periods.month(bad)).isInstanceOf(WinlossException.class).hasMessageContaining("is not a month");
    }
    assertThat(Periods.month("2026-05")).isEqualTo(YearMonth.of(2026, 5));
    assertThatThrownBy(() -> Periods.asOf("15/07/2026")).isInstanceOf(WinlossException.class).hasMessageContaining("YYYY-MM-DD");
  }
}
