package winloss.core.crm;

/**
 * The field separator of a CSV export. Spreadsheets in locales whose decimal mark is a comma
 * (most of Europe) save "CSV" with {@code ;} between fields; some tools write tabs. The separator
 * is the one of {@code ,}, {@code ;} and tab that splits the header line (outside quotes) into the
 * most fields; a comma wins ties.
 */
final class Delimiters {
  private Delimiters() {}

  static char detect(String text) {
    String header = firstLine(text);
    int commas = count(header, ',');
    int semis = count(header, ';');
    int tabs = count(header, '\t');
    if (semis > commas && semis >= tabs) {
      return ';';
    }
    if (tabs > commas && tabs > semis) {
      return '\t';
    }
    return ',';
  }

  /** How the separator is named in messages. */
  static String describe(char d) {
    return switch (d) {
      case ';' -> "';'-separated (as European Excel saves CSV)";
      case '\t' -> "tab-separated";
      default -> "comma-separated";
    };
  }

  /** The separator a single header cell seems to hold ({@code ;}, tab or {@code |}), or 0. */
  static char likelySeparator(String cell) {
    for (char c : new char[] {';', '\t', '|'}) {
      if (cell.indexOf(c) >= 0) {
        return c;
      }
    }
    return 0;
  }

  private static String firstLine(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    int end = text.indexOf('\n', i);
    return end < 0 ? text.substring(i) : text.substring(i, end);
  }

  /** Occurrences of {@code c} outside double quotes. */
  private static int count(String line, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == c && !quoted) {
        n++;
      }
    }
    return n;
  }
}
