package winloss.core.synthesis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.model.Deal;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Quarter;

/** Reading the periods the synthesis commands take: quarters, months, trailing windows. */
public final class Periods {
  private static final Pattern SHORT_QUARTER = Pattern.compile("[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  private Periods() {}

  /**
   * A quarter argument: {@code 2026-Q2} as written, or {@code Q2} meaning the latest fiscal Q2
   * that has closed (its last day is before {@code reference}). Throws a usage error (exit 2)
   * on anything else.
   *
   * @param reference {@code --as-of}, or null: then the day after the latest close date in
   *     deals.csv, so the answer never depends on the wall clock
   */
  public static Quarter quarter(String arg, FiscalCalendar cal, LocalDate reference, Collection<Deal> deals) {
    String s = arg == null ? "" : arg.trim();
    Optional<Quarter> full = Quarter.parse(s);
    if (full.isPresent()) {
      return full.get();
    }
    Matcher m = SHORT_QUARTER.matcher(s);
    if (!m.matches()) {
      throw new WinlossException("--quarter '" + arg + "' is not a quarter; write it as 2026-Q2, or Q2 for the latest Q2 that has closed");
    }
    LocalDate ref = reference != null ? reference : latestClose(deals).map(d -> d.plusDays(1)).orElse(null);
    if (ref == null) {
      throw new WinlossException("--quarter " + s + " needs a year when deals.csv is empty; write it as 2026-" + s.toUpperCase());
    }
    return latestClosed(Integer.parseInt(m.group(1)), cal, ref);
  }

  /** The latest fiscal quarter numbered {@code n} whose last day is before {@code ref}. */
  public static Quarter latestClosed(int n, FiscalCalendar cal, LocalDate ref) {
    Quarter q = cal.quarterOf(ref);
    while (q.number() != n || !cal.end(q).isBefore(ref)) {
      q = q.previous();
    }
    return q;
  }

  /** A month argument {@code YYYY-MM}; throws a usage error (exit 2) otherwise. */
  public static YearMonth month(String arg) {
    String s = arg == null ? "" : arg.trim();
    Matcher m = MONTH.matcher(s);
    if (!m.matches()) {
      throw new WinlossException("--month '" + arg + "' is not a month; write it as YYYY-MM, e.g. 2026-05");
    }
    try {
      return YearMonth.parse(s);
    } catch (DateTimeParseException e) {
      throw new WinlossException("--month '" + arg + "' is not a month: " + m.group(2) + " is not 01 to 12", e);
    }
  }

  /** An {@code --as-of} date, or null when absent. */
  /** The {@code --as-of} argument of any command, or null when not given; one parser for all. */
  public static LocalDate asOf(String arg) {
    if (arg == null || arg.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(arg.trim());
    } catch (DateTimeParseException e) {
      throw new WinlossException("--as-of " + arg + " is not a date; write YYYY-MM-DD", e);
    }
  }

  public static Optional<LocalDate> latestClose(Collection<Deal> deals) {
    return deals.stream().map(Deal::closeDate).max(LocalDate::compareTo);
  }

  /** Deal close dates between {@code from} and {@code to}, both inclusive. */
  public static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
