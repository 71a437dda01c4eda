package winloss.core.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fiscal quarter, written {@code <YYYY>-Q<n>}. */
public record Quarter(int year, int number) implements Comparable<Quarter> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (number < 1 || number > 4 || year < 1900 || year > 9999) {
      throw new IllegalArgumentException("not a quarter: " + year + "-Q" + number);
    }
  }

  public static Optional<Quarter> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(s.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  public Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
