package winloss.core.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast reader for the plain CSV that deals.csv almost always is: one record per line, fields
 * separated by commas, a field either unquoted (no quote in it) or wholly quoted on one line with
 * {@code ""} for a quote. It returns exactly the records and start lines that commons-csv gives
 * with {@link DealsReader#format()}, and null - "use commons-csv" - for anything else (a quote
 * inside an unquoted field, a quoted field spanning lines, text after a closing quote, a quote
 * never closed), so every malformed-CSV message still comes from commons-csv.
 */
final class FastCsv {
  /** One record: its fields and the 1-based line it starts on. */
  record Row(String[] fields, int line) {}

  private FastCsv() {}

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>(16);
    int n = text.length();
    int pos = 0;
    int line = 1;
    while (pos < n) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = n;
      }
      if (eol == pos) { // an empty line: skipped
        pos = eol + 1;
        line++;
        continue;
      }
      fields.clear();
      int f = pos;
      while (true) {
        if (f < eol && text.charAt(f) == '"') {
          StringBuilder b = null;
          int i = f + 1;
          int chunk = i;
          while (true) {
            int q = text.indexOf('"', i);
            if (q < 0 || q >= eol) {
              return null; // unclosed on this line: a multi-line field or an error
            }
            if (q + 1 < eol && text.charAt(q + 1) == '"') {
              if (b == null) {
                b = new StringBuilder();
              }
              b.append(text, chunk, q + 1);
              i = q + 2;
              chunk = i;
              continue;
            }
            String value = b == null ? text.substring(chunk, q) : b.append(text, chunk, q).toString();
            fields.add(value);
            f = q + 1;
            break;
          }
          if (f == eol) {
            break;
          }
          if (text.charAt(f) != ',') {
            return null; // text after the closing quote
          }
          f++;
          continue;
        }
        int comma = f;
        while (comma < eol) {
          char c = text.charAt(comma);
          if (c == ',') {
            break;
          }
          if (c == '"' || c == '\r') {
            return null;
          }
          comma++;
        }
        fields.add(text.substring(f, comma));
        if (comma == eol) {
          break;
        }
        f = comma + 1;
      }
      rows.add(new Row(fields.toArray(new String[0]), line));
      pos = eol + 1;
      line++;
    }
    return rows;
  }
}
