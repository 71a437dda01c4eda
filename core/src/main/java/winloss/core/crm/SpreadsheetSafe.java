package winloss.core.crm;

/**
 * Keeps CSV text cells from running as formulas when someone opens deals.csv in a spreadsheet
 * ("CSV injection"). A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets a leading apostrophe, the spreadsheet convention for "this is
 * text": {@code =HYPERLINK(...)} is written as {@code '=HYPERLINK(...)}. The rest of the value is
 * kept as it was (the rule is {@link winloss.core.output.CsvWriter}'s). Only text columns are treated: numbers and dates are validated instead, so a
 * negative amount is refused rather than rewritten.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  public static boolean isRisky(String value) {
    return winloss.core.output.CsvWriter.isFormula(value);
  }

  /** The value, prefixed with an apostrophe when a spreadsheet would read it as a formula. */
  public static String text(String value) {
    return isRisky(value) ? "'" + value : value;
  }
}
