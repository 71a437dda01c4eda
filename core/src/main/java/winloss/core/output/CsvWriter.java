package winloss.core.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of winloss (commons-csv, RFC 4180 quoting, {@code \n} line ends): every
 * {@code --format csv} output and every CSV file winloss writes goes through it, so every one
 * is safe to open in a spreadsheet.
 *
 * <p>CSV injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return would run as a formula in Excel, LibreOffice or Google Sheets; it is
 * written with a leading apostrophe, the spreadsheet convention for "this is text" ({@code
 * =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}), the rest kept as it was (OWASP's advice).
 * Numbers, booleans and dates are not text and are written as they are; so are the columns a
 * caller names as validated non-text (an id, a date, an amount).
 */
public final class CsvWriter {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private CsvWriter() {}

  /** Whether a spreadsheet would read {@code value} as a formula. */
  public static boolean isFormula(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code value}, prefixed with an apostrophe when a spreadsheet would read it as a formula. */
  public static String neutralise(String value) {
    return isFormula(value) ? "'" + value : value;
  }

  /** A CSV document: the header row, then {@code rows}; every text cell neutralised. */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    return write(header, rows, Set.of());
  }

  /**
   * As {@link #write(List, List)}, writing the cells of {@code verbatimColumns} (header names)
   * as they are: columns the caller has validated as ids, dates or numbers.
   */
  public static String write(List<String> header, List<? extends List<?>> rows, Set<String> verbatimColumns) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(header.stream().map(CsvWriter::neutralise).toList());
      for (List<?> row : rows) {
        Object[] cells = new Object[row.size()];
        for (int i = 0; i < cells.length; i++) {
          boolean verbatim = i < header.size() && verbatimColumns.contains(header.get(i));
          cells[i] = cell(row.get(i), verbatim);
        }
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return w.toString();
  }

  private static String cell(Object v, boolean verbatim) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof java.time.temporal.TemporalAccessor) {
      return v.toString();
    }
    return verbatim ? v.toString() : neutralise(v.toString());
  }
}
