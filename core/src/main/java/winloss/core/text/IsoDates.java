package winloss.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * {@link LocalDate#parse(CharSequence)} with a fast path for the plain {@code YYYY-MM-DD} form a
 * corpus uses (the formatter costs several microseconds per call on a cold JVM, and a corpus has
 * tens of thousands of dates). Anything else, and every invalid date, goes to
 * {@code LocalDate.parse}, so results and exceptions are exactly the same.
 */
public final class IsoDates {
  private IsoDates() {}

  public static LocalDate parse(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          // fall through: LocalDate.parse throws the DateTimeParseException callers expect
        }
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
