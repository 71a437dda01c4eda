package winloss.core.synthesis;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import winloss.core.evidence.Tally;

/** Number and text formatting shared by the synthesis documents. */
final class Fmt {
  private Fmt() {}

  static String pct(double r) {
    return Math.round(r * 100) + "%";
  }

  /** The rate, or an em dash when nothing was decided. */
  static String rate(Tally t) {
    return t.decided() == 0 ? "\u2014" : pct(t.rate());
  }

  static String ci(Tally t) {
    return t.decided() == 0 ? "\u2014" : Math.round(t.wilson().low() * 100) + "-" + Math.round(t.wilson().high() * 100) + "%";
  }

  /** "+6 pts", "-12 pts", "0 pts"; an em dash when either side has no decided deals. */
  static String change(Tally now, Tally before) {
    if (now.decided() == 0 || before == null || before.decided() == 0) {
      return "\u2014";
    }
    long pts = Math.round(now.rate() * 100) - Math.round(before.rate() * 100);
    return (pts > 0 ? "+" : "") + pts + " pts";
  }

  /** "small sample (3 decided)" for a slice under the minimum, else "". */
  static String small(Tally t) {
    return t.small() ? "small sample (" + t.decided() + " decided)" : "";
  }

  /** Escapes a table cell. */
  static String cell(String s) {
    return winloss.core.output.Markdown.cell(s);
  }

  static String money(BigDecimal acv, String currency) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(acv) + (currency == null || currency.isBlank() ? "" : " " + currency);
  }

  static String ids(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** "30-day", "60-day", "90-day", "beyond 90 days" or "overdue", counted from {@code from}. */
  static String deadline(LocalDate from, LocalDate due, String status) {
    if (due == null) {
      return "no deadline";
    }
    if (status.equals("done")) {
      return "done";
    }
    long days = ChronoUnit.DAYS.between(from, due);
    if (days < 0) {
      return "overdue";
    }
    return days <= 30 ? "30-day" : days <= 60 ? "60-day" : days <= 90 ? "90-day" : "beyond 90 days";
  }
}
