package winloss.core.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.text.IsoDates;
import winloss.core.text.LineCounter;
import winloss.core.text.TextFiles;

/**
 * Reads win-loss/deals.csv (RFC 4180, header first, column order free, unknown columns kept and
 * ignored). A row that cannot be read is reported with its line and left out; the rest load.
 */
public final class DealsReader {
  public static final Path FILE = Path.of("win-loss", "deals.csv");
  public static final List<String> COLUMNS =
      List.of("opp_id", "account", "outcome", "close_date", "acv", "segment", "industry", "competitor",
          "ae", "csm", "cycle_days", "ae_reason", "crm_loss_reason", "champion_title", "plays");
  public static final List<String> REQUIRED = List.of("opp_id", "account", "outcome", "close_date", "acv", "ae");

  private DealsReader() {}

  public static Optional<List<Deal>> read(Path root, Diagnostics out) {
    return MarkdownDocument.readText(root, FILE, TextFiles.MAX_TABLE_BYTES, out).map(t -> parse(t, FILE, out));
  }

  /**
   * The deal {@code oppId}'s row alone, for commands about one deal (issue 15: preparing a call
   * must not parse every closed deal). The row is found by its id at a line start outside any
   * quoted cell (an even number of quotes before it), then the header and that row are parsed
   * exactly as {@link #parse} parses them. Anything unusual - the id not in the first column, no
   * match or several, a finding on the row - returns empty, and the caller reads the whole file
   * (so an unknown id still gets its suggestions and a broken row its message).
   */
  public static Optional<List<Deal>> readOne(Path root, String oppId, Diagnostics out) {
    Optional<String> text = MarkdownDocument.readText(root, FILE, TextFiles.MAX_TABLE_BYTES, out);
    return text.isEmpty() ? Optional.empty() : findRow(text.get(), oppId);
  }

  /**
   * Every row's account name, without building the deals: for a command about one deal, which
   * must still redact the other accounts' names (none of their write-ups is read, so none has
   * consented). Empty when the file cannot be read; rows the fast reader cannot take are read
   * with the full parser.
   */
  public static List<String> readAccounts(Path root) {
    Optional<String> text = MarkdownDocument.readText(root, FILE, TextFiles.MAX_TABLE_BYTES, new Diagnostics());
    if (text.isEmpty()) {
      return List.of();
    }
    List<FastCsv.Row> rows = FastCsv.parse(text.get());
    if (rows == null || rows.isEmpty()) {
      return parse(text.get(), FILE, new Diagnostics()).stream().map(Deal::account).toList();
    }
    int col = List.of(rows.get(0).fields()).indexOf("account");
    List<String> out = new ArrayList<>();
    for (FastCsv.Row r : rows.subList(1, rows.size())) {
      if (col >= 0 && col < r.fields().length && !r.fields()[col].isBlank()) {
        out.add(r.fields()[col].strip());
      }
    }
    return out;
  }

  /** The fast look-up of {@link #readOne} on text normalized to LF; empty means "parse it all". */
  static Optional<List<Deal>> findRow(String text, String oppId) {
    int headerEnd = text.indexOf('\n');
    if (headerEnd < 0 || !OppIds.isValid(oppId) || !text.startsWith("opp_id,") || text.lastIndexOf('"', headerEnd) >= 0) {
      return Optional.empty();
    }
    String needle = "\n" + oppId + ",";
    int at = text.indexOf(needle, headerEnd - 1);
    if (at < 0 || text.indexOf(needle, at + 1) >= 0) {
      return Optional.empty();
    }
    int quotes = 0;
    int line = 1;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quotes++;
      } else if (c == '\n') {
        line++;
      }
    }
    if ((quotes & 1) != 0) {
      return Optional.empty();
    }
    int end = at + 1;
    boolean quoted = false;
    for (; end < text.length(); end++) {
      char c = text.charAt(end);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        break;
      }
    }
    // the header, then blank lines so the row keeps its own line number, then the row
    String two = text.substring(0, headerEnd + 1) + "\n".repeat(line - 1) + text.substring(at + 1, Math.min(end + 1, text.length()));
    Diagnostics mine = new Diagnostics();
    List<Deal> deals = parse(two, FILE, mine);
    if (mine.errorCount() + mine.warningCount() > 0 || deals.size() != 1 || !deals.get(0).oppId().equals(oppId)) {
      return Optional.empty();
    }
    return Optional.of(deals);
  }

  static CSVFormat format() {
    return CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();
  }

  /** Parses CSV text already normalized to LF; problems go to {@code out} under {@code file}. */
  public static List<Deal> parse(String text, Path file, Diagnostics out) {
    List<FastCsv.Row> rows = FastCsv.parse(text);
    if (rows == null) {
      return parseWithCommonsCsv(text, file, out);
    }
    List<Deal> deals = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> index = null;
    for (FastCsv.Row r : rows) {
      if (index == null) {
        index = header(r.fields(), file, out);
        if (index == null) {
          return deals;
        }
        continue;
      }
      accept(r.fields(), r.line(), index, seen, deals, file, out);
    }
    if (index == null) {
      out.error(file, 1, "deals.csv is empty; it needs a header row: " + String.join(",", COLUMNS));
    }
    return deals;
  }

  private static void accept(String[] rec, int line, Map<String, Integer> index, Map<String, Integer> seen,
      List<Deal> deals, Path file, Diagnostics out) {
    if (rec.length != index.size()) {
      out.error(file, line, "row has " + rec.length + " fields but the header has " + index.size() + "; quote fields that contain commas");
      return;
    }
    Deal d = row(rec, index, line, file, out);
    if (d == null) {
      return;
    }
    Integer first = seen.putIfAbsent(d.oppId(), line);
    if (first != null) {
      out.error(file, line, "opp_id " + d.oppId() + " is duplicated (first at line " + first + "); keep one row per deal");
      return;
    }
    deals.add(d);
  }

  /** The reference path (and every malformed-CSV message): commons-csv. */
  static List<Deal> parseWithCommonsCsv(String text, Path file, Diagnostics out) {
    List<Deal> deals = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format())) {
      Iterator<CSVRecord> it = parser.iterator();
      long lastLine = 0;
      LineCounter lines = new LineCounter(text);
      Map<String, Integer> index = null;
      while (true) {
        CSVRecord rec;
        int line = (int) lastLine + 1;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          out.error(file, line, "malformed CSV (" + cause(e) + "); check the quotes on this row");
          break;
        }
        // a record's position is where the lexer started, before any empty lines it skipped
        int start = (int) rec.getCharacterPosition();
        while (start < text.length() && text.charAt(start) == '\n') {
          start++;
        }
        line = lines.lineAt(start);
        lastLine = parser.getCurrentLineNumber();
        String[] fields = rec.toList().toArray(new String[0]);
        if (index == null) {
          index = header(fields, file, out);
          if (index == null) {
            return deals;
          }
          continue;
        }
        accept(fields, line, index, seen, deals, file, out);
      }
      if (index == null) {
        out.error(file, 1, "deals.csv is empty; it needs a header row: " + String.join(",", COLUMNS));
      }
    } catch (IOException e) {
      out.error(file, 0, "cannot read the CSV: " + e.getMessage());
    }
    return deals;
  }

  private static String cause(RuntimeException e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").trim();
  }

  private static Map<String, Integer> header(String[] rec, Path file, Diagnostics out) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rec.length; i++) {
      String name = rec[i].trim();
      if (index.putIfAbsent(name, i) != null) {
        out.error(file, 1, "column '" + shown(name) + "' appears twice in the header; keep one");
        return null;
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      out.error(file, 1, "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
          + "; the header needs " + String.join(",", REQUIRED));
      return null;
    }
    return index;
  }

  private static Deal row(String[] rec, Map<String, Integer> index, int line, Path file, Diagnostics out) {
    String id = get(rec, index, "opp_id");
    if (!OppIds.isValid(id)) {
      out.error(file, line, "opp_id '" + shown(id) + "' is not valid: use 1 to 64 letters, digits, '.', '_' or '-'");
      return null;
    }
    String where = "deal " + id + ": ";
    Optional<Outcome> outcome = Outcome.parse(get(rec, index, "outcome"));
    if (outcome.isEmpty()) {
      out.error(file, line, where + "outcome '" + shown(get(rec, index, "outcome")) + "' should be won, lost or no-decision");
      return null;
    }
    LocalDate close;
    try {
      close = IsoDates.parse(get(rec, index, "close_date"));
    } catch (DateTimeParseException e) {
      out.error(file, line, where + "close_date '" + shown(get(rec, index, "close_date")) + "' is not an ISO date; write YYYY-MM-DD");
      return null;
    }
    BigDecimal acv;
    try {
      acv = new BigDecimal(get(rec, index, "acv"));
      if (acv.signum() < 0) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      out.error(file, line, where + "acv '" + shown(get(rec, index, "acv")) + "' should be a plain number such as 48000");
      return null;
    }
    for (String required : List.of("account", "ae")) {
      if (get(rec, index, required).isEmpty()) {
        out.error(file, line, where + "the " + required + " column is empty; it is required");
        return null;
      }
    }
    Integer cycle = null;
    String cycleText = get(rec, index, "cycle_days");
    if (!cycleText.isEmpty()) {
      try {
        cycle = Integer.valueOf(cycleText);
      } catch (NumberFormatException e) {
        out.warning(file, line, where + "cycle_days '" + shown(cycleText) + "' is not a whole number; ignored");
      }
    }
    String plays = get(rec, index, "plays");
    List<String> playList = plays.isEmpty() ? List.of()
        : Arrays.stream(plays.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new Deal(id, get(rec, index, "account"), outcome.get(), close, acv, get(rec, index, "segment"),
        get(rec, index, "industry"), get(rec, index, "competitor"), get(rec, index, "ae"), get(rec, index, "csm"),
        cycle, get(rec, index, "ae_reason"), get(rec, index, "crm_loss_reason"), get(rec, index, "champion_title"),
        playList, line, get(rec, index, "opp_name"));
  }

  /** A cell as a finding shows it: on one line (a quoted cell may hold line breaks). */
  private static String shown(String cell) {
    return cell.indexOf('\n') < 0 ? cell : cell.replaceAll("\\s+", " ");
  }

  private static String get(String[] rec, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    return i == null || i >= rec.length ? "" : rec[i].trim();
  }
}
