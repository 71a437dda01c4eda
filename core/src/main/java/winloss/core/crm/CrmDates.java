package winloss.core.crm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Close dates as CRMs write them. Built in: ISO dates ({@code 2026-04-14}), ISO date-times with or
 * without an offset ({@code 2024-01-19T09:42:24.000+0000}, {@code 2026-10-01T01:12:40Z},
 * {@code 2026-04-14 10:00}), and slash dates ({@code 4/14/2026}, {@code 14/04/26}, optionally
 * followed by a time). Two-digit years are 2000-2099.
 *
 * <p>A date-time with an offset is an instant: its date is taken in the program's time zone
 * ({@code program.time_zone}), so {@code 2026-10-01T01:12:40Z} is 30 September in New York. A
 * date-time without one keeps its calendar date.
 *
 * <p>Slash dates are month-first in the US and day-first almost everywhere else, and a value
 * such as {@code 03/10/2026} does not say which: {@link #slashOrder} decides it for a whole column
 * from a value that can only be read one way (a day over 12), and otherwise the mapping's
 * {@code date_format} (or {@code --date-format}) must say it.
 */
public final class CrmDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern SLASH = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?");

  /** What the built-in forms are, for error messages. */
  public static final String EXPECTED = "YYYY-MM-DD, an ISO date-time such as 2024-01-19T09:42:24.000+0000, or a slash date such as"
      + " 10/23/2026";

  private CrmDates() {}

  /** Which part of a slash date is the month. */
  public enum SlashOrder {
    MONTH_FIRST("MM/DD/YYYY (month first, US)"),
    DAY_FIRST("DD/MM/YYYY (day first)");

    private final String label;

    SlashOrder(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * How a column's slash dates are to be read.
   *
   * @param order the order, or null when no value decides it (see {@link #ambiguousLine})
   * @param decidingLine the line of the value that decided it (0 when none was needed or none decides)
   * @param decidingValue that value
   * @param ambiguousLine the first line whose value reads as two different dates (0 when none)
   * @param ambiguousValue that value
   * @param conflictLine when values decide both ways: the line of one deciding the other way (0 otherwise)
   */
  public record SlashAnalysis(SlashOrder order, int decidingLine, String decidingValue, int ambiguousLine, String ambiguousValue,
      int conflictLine, String conflictValue) {
    public boolean needsFormat() {
      return order == null && ambiguousLine > 0;
    }
  }

  /** A cell of the column: its line and text. */
  public record Cell(int line, String text) {}

  /** Decides the slash order of a column from its values (ISO and unreadable values are ignored). */
  public static SlashAnalysis slashOrder(List<Cell> cells) {
    int monthLine = 0;
    String monthValue = null;
    int dayLine = 0;
    String dayValue = null;
    int ambiguousLine = 0;
    String ambiguousValue = null;
    for (Cell c : cells) {
      Matcher m = SLASH.matcher(c.text().strip());
      if (!m.matches()) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a > 12 && b <= 12) {
        if (dayLine == 0) {
          dayLine = c.line();
          dayValue = c.text().strip();
        }
      } else if (b > 12 && a <= 12) {
        if (monthLine == 0) {
          monthLine = c.line();
          monthValue = c.text().strip();
        }
      } else if (a != b && a >= 1 && b >= 1 && a <= 12 && b <= 12 && ambiguousLine == 0) {
        ambiguousLine = c.line();
        ambiguousValue = c.text().strip();
      }
    }
    if (monthLine > 0 && dayLine > 0) {
      return new SlashAnalysis(null, monthLine, monthValue, ambiguousLine, ambiguousValue, dayLine, dayValue);
    }
    if (monthLine > 0) {
      return new SlashAnalysis(SlashOrder.MONTH_FIRST, monthLine, monthValue, ambiguousLine, ambiguousValue, 0, null);
    }
    if (dayLine > 0) {
      return new SlashAnalysis(SlashOrder.DAY_FIRST, dayLine, dayValue, ambiguousLine, ambiguousValue, 0, null);
    }
    // no value decides; when none is ambiguous either (01/01/2026, 5/5/26), either order gives the same dates
    return new SlashAnalysis(ambiguousLine == 0 ? SlashOrder.MONTH_FIRST : null, 0, null, ambiguousLine, ambiguousValue, 0, null);
  }

  /**
   * A date read from a cell.
   *
   * @param date the calendar date in the program's time zone
   * @param writtenDate the calendar date as written, when a zoned date-time moved it to another day; else null
   */
  public record Read(LocalDate date, LocalDate writtenDate) {
    public boolean moved() {
      return writtenDate != null;
    }
  }

  /**
   * Reads a close date.
   *
   * @param pattern a {@link DateTimeFormatter} pattern from the mapping or the command line, or null
   * @param order how to read slash dates when there is no pattern (null: month first)
   * @param zone the program's time zone, for date-times with an offset
   * @return the date, or empty when {@code text} is in none of the accepted forms
   */
  public static Optional<Read> parse(String text, String pattern, SlashOrder order, ZoneId zone) {
    String t = text.strip();
    try {
      Matcher iso = ISO.matcher(t);
      if (iso.matches()) {
        LocalDate written = LocalDate.parse(iso.group(1));
        if (iso.group(2) == null) {
          return Optional.of(new Read(written, null));
        }
        int h = Integer.parseInt(iso.group(2));
        int min = Integer.parseInt(iso.group(3));
        int sec = iso.group(4) == null ? 0 : Integer.parseInt(iso.group(4));
        if (h > 23 || min > 59 || sec > 59) {
          return Optional.empty();
        }
        if (iso.group(6) == null) {
          return Optional.of(new Read(written, null));
        }
        ZoneOffset offset = offset(iso.group(6));
        LocalDate local = LocalDateTime.of(written, java.time.LocalTime.of(h, min, sec)).atOffset(offset)
            .atZoneSameInstant(zone).toLocalDate();
        return Optional.of(new Read(local, local.equals(written) ? null : written));
      }
      if (pattern != null) {
        DateTimeFormatter f = formatter(pattern);
        try {
          return Optional.of(new Read(LocalDate.parse(t, f), null));
        } catch (DateTimeException e) {
          int space = t.indexOf(' ');
          if (space > 0) {
            return Optional.of(new Read(LocalDate.parse(t.substring(0, space), f), null)); // the date part of a date and time
          }
          throw e;
        }
      }
      Matcher slash = SLASH.matcher(t);
      if (slash.matches()) {
        int year = Integer.parseInt(slash.group(3));
        if (slash.group(3).length() == 2) {
          year += 2000;
        }
        int a = Integer.parseInt(slash.group(1));
        int b = Integer.parseInt(slash.group(2));
        LocalDate d = order == SlashOrder.DAY_FIRST ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        return Optional.of(new Read(d, null));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static ZoneOffset offset(String s) {
    if (s.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = s.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    return ZoneOffset.ofHoursMinutes(s.charAt(0) == '-' ? -hours : hours, s.charAt(0) == '-' ? -minutes : minutes);
  }

  /**
   * A date pattern as users write it: {@link DateTimeFormatter} letters ({@code dd/MM/yyyy}), or
   * the spreadsheet habit of upper-case {@code DD/MM/YYYY}, which is read the same way. Day and
   * month take one or two digits either way.
   */
  public static DateTimeFormatter formatter(String pattern) {
    String p = pattern.strip();
    if (p.contains("DD") || p.contains("YY")) {
      p = p.replace('D', 'd').replace('Y', 'y');
    }
    // one or two digits for day and month whatever the pattern says (10/6/2026 and 10/06/2026 alike)
    p = p.replaceAll("(?<!M)MM(?!M)", "M").replaceAll("(?<!d)dd(?!d)", "d");
    return DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
