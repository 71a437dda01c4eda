package winloss.core.crm;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as CRM exports write them: a plain number ({@code 62400}, {@code 62400.00}), with
 * thousands separators ({@code 62,400.00}), with a currency symbol or ISO code before or after it
 * ({@code $62,400.00}, {@code USD 50,000.00}, {@code 58.000,00 EUR}, {@code 1 250,50 €}).
 *
 * <p>Which character is the decimal mark is never guessed from the value: it is the mapping's
 * {@code locale} when it states one (de-DE: {@code 58.000,00}; fr-FR: {@code 58 000,00}; de-CH:
 * {@code 58'000.00}), else {@code 1,234.56} for a comma-separated file and {@code 1.234,56} for a
 * {@code ;}-separated one (European Excel writes {@code ;} because its locale's decimal mark is a
 * comma). A value that does not fit the style is refused, so {@code 41000,50} is never read as
 * 4100050.
 */
public final class CrmAmounts {
  /** Symbols and prefixed dollar forms, to ISO 4217 codes; a bare {@code $} is {@link #DOLLAR}. */
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("US$", "USD"), Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("A$", "AUD"),
      Map.entry("AU$", "AUD"), Map.entry("NZ$", "NZD"), Map.entry("S$", "SGD"), Map.entry("HK$", "HKD"),
      Map.entry("R$", "BRL"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"),
      Map.entry("₩", "KRW"), Map.entry("CHF", "CHF"), Map.entry("kr", "SEK"), Map.entry("zł", "PLN"));
  /** A bare dollar sign: the program's currency when that is a dollar, else USD. */
  public static final String DOLLAR = "$";
  private static final Pattern PREFIX = Pattern.compile("^(US\\$|CA?\\$|AU?\\$|NZ\\$|S\\$|HK\\$|R\\$|\\$|€|£|¥|₹|₩|[A-Z]{3})\\s*(.*)$");
  private static final Pattern SUFFIX = Pattern.compile("^(.*?)\\s*(\\$|€|£|¥|₹|₩|kr|zł|[A-Z]{3})$");

  private CrmAmounts() {}

  /**
   * How numbers are written.
   *
   * @param decimal the decimal mark
   * @param grouping the thousands separators accepted
   * @param example how 1234.56 looks in this style, for messages
   */
  public record Style(char decimal, Set<Character> grouping, String example) {
    public static final Style POINT = new Style('.', Set.of(','), "1,234.56");
    public static final Style COMMA = new Style(',', Set.of('.', ' ', '\u00A0', '\u202F'), "1.234,56");

    /** The style of a locale (its decimal mark and grouping separator). */
    public static Style of(Locale locale) {
      DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
      Set<Character> g = new LinkedHashSet<>();
      char sep = s.getGroupingSeparator();
      g.add(sep);
      if (Character.isSpaceChar(sep) || Character.isWhitespace(sep)) {
        g.addAll(Set.of(' ', '\u00A0', '\u202F'));
      }
      if (sep == '\u2019' || sep == '\'') {
        g.addAll(Set.of('\u2019', '\''));
      }
      char dec = s.getDecimalSeparator();
      return new Style(dec, g, "1" + sep + "234" + dec + "56");
    }
  }

  /**
   * An amount read from a cell.
   *
   * @param value the number, never negative
   * @param currency the ISO code the cell names, {@link #DOLLAR} for a bare {@code $}, or null when it names none
   */
  public record Amount(BigDecimal value, String currency) {}

  /** Thrown with a message (without the line) saying what is wrong with a cell. */
  public static final class BadAmount extends Exception {
    private static final long serialVersionUID = 1L;

    BadAmount(String message) {
      super(message);
    }

    BadAmount(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Reads {@code text} (not empty) written in {@code style}. */
  public static Amount parse(String text, Style style) throws BadAmount {
    String t = text.strip();
    String currency = null;
    Matcher pre = PREFIX.matcher(t);
    if (pre.matches() && !pre.group(2).isEmpty() && !Character.isLetter(pre.group(2).charAt(0))) {
      currency = code(pre.group(1));
      t = pre.group(2).strip();
    } else {
      Matcher suf = SUFFIX.matcher(t);
      if (suf.matches() && !suf.group(1).isEmpty()) {
        currency = code(suf.group(2));
        t = suf.group(1).strip();
      }
    }
    if (t.startsWith("-") || t.startsWith("(") || t.startsWith("\u2212")) {
      throw new BadAmount("is negative; an amount is 0 or more");
    }
    BigDecimal value = number(t, style);
    if (value == null) {
      throw new BadAmount("is not an amount written as " + style.example()
          + " (a currency symbol or ISO code before or after it is fine)");
    }
    return new Amount(value, currency);
  }

  private static String code(String symbolOrCode) throws BadAmount {
    if (symbolOrCode.equals(DOLLAR)) {
      return DOLLAR;
    }
    String iso = SYMBOLS.get(symbolOrCode);
    if (iso != null) {
      return iso;
    }
    try {
      return Currency.getInstance(symbolOrCode).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw new BadAmount("names '" + symbolOrCode + "', which is not an ISO 4217 currency code", e);
    }
  }

  /** The ISO 4217 code {@code code} names (upper-cased), or null when it is not one. */
  public static String isoCode(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    try {
      return Currency.getInstance(c).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True when {@code cellCurrency} (from an amount cell) is consistent with the ISO code {@code iso}. */
  public static boolean compatible(String cellCurrency, String iso) {
    if (cellCurrency == null) {
      return true;
    }
    if (cellCurrency.equals(DOLLAR)) {
      return isDollar(iso);
    }
    return cellCurrency.equals(iso);
  }

  /** True for the currencies written with a bare {@code $}. */
  public static boolean isDollar(String iso) {
    return Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD").contains(iso);
  }

  private static BigDecimal number(String t, Style style) {
    if (t.isEmpty()) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    int decimalAt = t.indexOf(style.decimal());
    String whole = decimalAt < 0 ? t : t.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : t.substring(decimalAt + 1);
    if (decimalAt >= 0 && (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit))) {
      return null;
    }
    if (whole.isEmpty() || !Character.isDigit(whole.charAt(0))) {
      return null;
    }
    Character sep = null;
    int groupLen = 0;
    boolean grouped = false;
    int firstGroup = 0;
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      if (Character.isDigit(c) && c < 128) {
        digits.append(c);
        groupLen++;
        continue;
      }
      if (!style.grouping().contains(c) || (sep != null && !sameSeparator(sep, c))) {
        return null;
      }
      if (!grouped) {
        firstGroup = groupLen;
        if (firstGroup < 1 || firstGroup > 3) {
          return null;
        }
      } else if (groupLen != 3) {
        return null;
      }
      grouped = true;
      sep = c;
      groupLen = 0;
    }
    if (grouped && groupLen != 3) {
      return null;
    }
    if (!fraction.isEmpty()) {
      digits.append('.').append(fraction);
    }
    try {
      return new BigDecimal(digits.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean sameSeparator(char a, char b) {
    return a == b || (Character.isSpaceChar(a) && Character.isSpaceChar(b));
  }
}
