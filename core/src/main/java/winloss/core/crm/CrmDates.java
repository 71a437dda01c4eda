package winloss.core.crm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Close dates as CRMs write them. Built in: ISO dates ({@code 2026-04-14}), ISO date-times with or
 * without an offset ({@code 2024-01-19T09:42:24.000+0000}, {@code 2026-04-14 10:00}), and US
 * dates ({@code 04/14/26}, {@code 4/14/2026}, optionally followed by a time). A date-time keeps
 * the calendar date as written; it is not moved to another time zone. Two-digit years are
 * 2000-2099.
 */
public final class CrmDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern US = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?");

  /** What the built-in forms are, for error messages. */
  public static final String EXPECTED = "YYYY-MM-DD, an ISO date-time such as 2024-01-19T09:42:24.000+0000, or MM/DD/YY";

  private CrmDates() {}

  /** The date, or empty when {@code text} is in none of the accepted forms. */
  public static Optional<LocalDate> parse(String text, String pattern) {
    String t = text.trim();
    try {
      if (pattern != null) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
        return Optional.of(LocalDate.parse(t, f));
      }
      Matcher iso = ISO.matcher(t);
      if (iso.matches()) {
        if (iso.group(2) != null && (Integer.parseInt(iso.group(2)) > 23 || Integer.parseInt(iso.group(3)) > 59)) {
          return Optional.empty();
        }
        return Optional.of(LocalDate.parse(iso.group(1)));
      }
      Matcher us = US.matcher(t);
      if (us.matches()) {
        int year = Integer.parseInt(us.group(3));
        if (us.group(3).length() == 2) {
          year += 2000;
        }
        return Optional.of(LocalDate.of(year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2))));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
