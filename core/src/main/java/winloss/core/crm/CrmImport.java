package winloss.core.crm;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import winloss.core.corpus.DealsReader;
import winloss.core.corpus.OppIds;
import winloss.core.diag.WinlossException;
import winloss.core.output.PlannedFile;
import winloss.core.text.InputProblem;
import winloss.core.text.LineCounter;
import winloss.core.text.TextFiles;

/**
 * {@code winloss import crm}: turns a CRM export into win-loss/deals.csv. Rows are merged by opp
 * id: a new closed deal is added, a known one is updated in the columns the export provides (the
 * other columns, such as segment or plays filled by hand, are kept), deals absent from the export
 * are kept, open deals are skipped. The result is sorted by opp id. Any unreadable row, unknown
 * stage value or unknown layout refuses the whole import, so deals.csv is fully updated or
 * untouched.
 */
public final class CrmImport {
  /** Written as the AE of a new deal whose export row names no owner. */
  public static final String NO_OWNER = "unassigned";
  private static final int MAX_ERRORS_SHOWN = 20;
  /** Columns holding numbers or dates (validated, never neutralized); the rest are text. */
  private static final Set<String> NOT_TEXT = Set.of("opp_id", "outcome", "close_date", "acv", "cycle_days");

  private CrmImport() {}

  /** The planned deals.csv and the report. */
  public record Plan(PlannedFile file, ImportReport report) {}

  /** Reads the export (and mapping file) from disk and merges into the corpus's deals.csv. */
  public static Plan plan(Path root, Path export, String exportShown, CrmSource source, Path mappingFile, String mappingShown) {
    CrmMapping mapping = CrmMapping.builtIn(source);
    if (mappingFile != null) {
      mapping = mapping.overlay(CrmMapping.parse(readText(mappingFile, mappingShown, TextFiles.MAX_DOCUMENT_BYTES), mappingShown));
    } else if (source == CrmSource.GENERIC) {
      throw new WinlossException("--from generic needs --mapping FILE: a YAML file naming the export's columns and"
          + " stage values (see docs/crm-import.md)");
    }
    String text = readText(export, exportShown, TextFiles.MAX_TABLE_BYTES);
    Path deals = root.resolve(DealsReader.FILE);
    String existing = Files.exists(deals) ? readText(deals, DealsReader.FILE.toString(), TextFiles.MAX_TABLE_BYTES) : null;
    Result r = merge(text, exportShown, source, mapping, existing);
    return new Plan(PlannedFile.replacing(DealsReader.FILE, r.content()), r.report());
  }

  private static String readText(Path file, String shown, long max) {
    if (!Files.isRegularFile(file)) {
      throw new WinlossException(shown + ": no such file");
    }
    try {
      return TextFiles.read(file, max);
    } catch (InputProblem p) {
      throw new WinlossException(shown + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.getMessage()
          + " (save the export as UTF-8 CSV)");
    } catch (IOException e) {
      throw new WinlossException(shown + ": cannot read: " + e.getMessage());
    }
  }

  /** The new deals.csv text and the report. */
  public record Result(String content, ImportReport report) {}

  /**
   * Merges an export's text into deals.csv's text ({@code existing} null when there is none yet).
   * Pure: no files are read or written.
   */
  public static Result merge(String exportText, String exportName, CrmSource source, CrmMapping mapping, String existing) {
    Parsed parsed = parseExport(TextFiles.normalize(exportText), exportName, source, mapping);
    Existing old = existing == null ? Existing.none() : Existing.parse(TextFiles.normalize(existing));
    List<String> header = new ArrayList<>(old.header.isEmpty() ? DealsReader.COLUMNS : old.header);
    for (String c : parsed.provided) {
      if (!header.contains(c)) {
        header.add(c);
      }
    }
    TreeMap<String, Map<String, String>> rows = new TreeMap<>(old.rows);
    List<String> imported = new ArrayList<>();
    List<ImportReport.Updated> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> notes = new ArrayList<>(parsed.notes);
    List<Integer> noOwner = new ArrayList<>();
    for (Row r : parsed.rows) {
      Map<String, String> before = rows.get(r.oppId);
      if (before == null) {
        Map<String, String> row = new LinkedHashMap<>(r.values);
        if (row.getOrDefault("ae", "").isEmpty()) {
          row.put("ae", NO_OWNER);
          noOwner.add(r.line);
        }
        rows.put(r.oppId, row);
        imported.add(r.oppId);
        continue;
      }
      Map<String, String> after = new LinkedHashMap<>(before);
      List<String> changed = new ArrayList<>();
      for (Map.Entry<String, String> e : r.values.entrySet()) {
        String col = e.getKey();
        String now = e.getValue();
        String was = before.getOrDefault(col, "");
        if (col.equals("ae") && now.isEmpty()) {
          continue; // the export lost the owner: keep the one deals.csv has
        }
        if (sameValue(col, was, now)) {
          continue;
        }
        after.put(col, now);
        changed.add(col);
      }
      if (changed.isEmpty()) {
        unchanged.add(r.oppId);
      } else {
        rows.put(r.oppId, after);
        updated.add(new ImportReport.Updated(r.oppId, changed));
      }
    }
    if (!noOwner.isEmpty()) {
      notes.add(noOwner.size() + " new deal" + (noOwner.size() == 1 ? " has" : "s have") + " no owner in the export; ae was set to '"
          + NO_OWNER + "' (lines " + lineList(noOwner) + "); add the owner column to the export or set it in deals.csv");
    }
    imported.sort(null);
    updated.sort(java.util.Comparator.comparing(ImportReport.Updated::oppId));
    unchanged.sort(null);
    String content = write(header, rows);
    ImportReport report = new ImportReport(exportName, source, parsed.rowCount, imported, updated, unchanged, parsed.skipped, notes);
    return new Result(content, report);
  }

  private static boolean sameValue(String col, String was, String now) {
    if (was.equals(now)) {
      return true;
    }
    if (col.equals("acv") || col.equals("cycle_days")) {
      try {
        return new BigDecimal(was).compareTo(new BigDecimal(now)) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  private static String lineList(List<Integer> lines) {
    List<String> shown = lines.stream().limit(10).map(String::valueOf).toList();
    return String.join(", ", shown) + (lines.size() > 10 ? " and " + (lines.size() - 10) + " more" : "");
  }

  private static String write(List<String> header, TreeMap<String, Map<String, String>> rows) {
    List<List<String>> values = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows.values()) {
      List<String> v = new ArrayList<>(header.size());
      for (String c : header) {
        v.add(row.getOrDefault(c, ""));
      }
      values.add(v);
    }
    return winloss.core.output.CsvWriter.write(header, values, NOT_TEXT);
  }

  // ---------------------------------------------------------------- the export

  private record Row(int line, String oppId, Map<String, String> values) {}

  private record Parsed(int rowCount, List<Row> rows, List<ImportReport.Skipped> skipped, List<String> provided, List<String> notes) {}

  private static Parsed parseExport(String text, String name, CrmSource source, CrmMapping mapping) {
    List<Row> rows = new ArrayList<>();
    List<ImportReport.Skipped> skipped = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> unknownStages = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> notes = new ArrayList<>();
    List<Integer> noAmount = new ArrayList<>();
    Columns cols = null;
    int count = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> it = parser.iterator();
      LineCounter lines = new LineCounter(text);
      long lastLine = 0;
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new WinlossException(name + ":" + (lastLine + 1) + ": malformed CSV (" + oneLine(e) + "); check the quotes on this row;"
              + " nothing was imported");
        }
        int line = lines.lineAt((int) rec.getCharacterPosition());
        lastLine = parser.getCurrentLineNumber();
        if (cols == null) {
          cols = Columns.resolve(rec, name, source, mapping);
          continue;
        }
        if (rec.size() != cols.width) {
          if (rec.size() == 1) {
            skipped.add(new ImportReport.Skipped(line, "", "not a deal row (a report header or footer line)"));
            continue;
          }
          errors.add("line " + line + ": the row has " + rec.size() + " fields but the header has " + cols.width
              + "; quote fields that contain commas");
          continue;
        }
        count++;
        readRow(rec, line, cols, mapping, rows, skipped, errors, unknownStages, seen, noAmount);
      }
    } catch (IOException e) {
      throw new WinlossException(name + ": cannot read the CSV: " + e.getMessage());
    }
    if (cols == null) {
      throw new WinlossException(name + ": the file is empty; a " + source.label() + " export starts with a header row");
    }
    if (!unknownStages.isEmpty()) {
      List<String> list = unknownStages.entrySet().stream().map(e -> "'" + e.getKey() + "' (first at line " + e.getValue() + ")").toList();
      throw new WinlossException(name + ": unknown stage value" + (list.size() == 1 ? " " : "s ") + String.join(", ", list)
          + " in column " + cols.header(CrmMapping.STAGE) + "; nothing was imported. Say what each means in a mapping file"
          + " (stages: won/lost/no-decision/open) and pass it with --mapping");
    }
    if (!errors.isEmpty()) {
      StringBuilder sb = new StringBuilder(name + ": " + errors.size() + " row" + (errors.size() == 1 ? "" : "s")
          + " could not be read; nothing was imported:");
      errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> sb.append("\n  ").append(name).append(":").append(e.substring(5)));
      if (errors.size() > MAX_ERRORS_SHOWN) {
        sb.append("\n  ... and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more");
      }
      throw new WinlossException(sb.toString());
    }
    if (!noAmount.isEmpty()) {
      notes.add(noAmount.size() + " closed deal" + (noAmount.size() == 1 ? " has" : "s have") + " no amount; acv was written as 0 (lines "
          + lineList(noAmount) + ")");
    }
    if (cols.index("ae") < 0 && !mapping.defaults().containsKey("ae")) {
      notes.add("the export has no owner column (expected " + String.join(" or ", mapping.candidates("ae")) + ")");
    }
    return new Parsed(count, rows, skipped, cols.provided(mapping), notes);
  }

  private static void readRow(CSVRecord rec, int line, Columns cols, CrmMapping mapping, List<Row> rows,
      List<ImportReport.Skipped> skipped, List<String> errors, Map<String, Integer> unknownStages,
      Map<String, Integer> seen, List<Integer> noAmount) {
    String id = cols.get(rec, "opp_id");
    String at = "line " + line + ": ";
    if (id.isEmpty()) {
      errors.add(at + "the " + cols.header("opp_id") + " column is empty; every deal needs its id");
      return;
    }
    if (!OppIds.isValid(id) || id.startsWith("-")) {
      errors.add(at + cols.header("opp_id") + " '" + id + "' cannot be an opp id: use 1 to 64 letters, digits, '.', '_' or '-'"
          + " (not first)");
      return;
    }
    String stageText = cols.get(rec, CrmMapping.STAGE);
    StageMeaning meaning;
    if (mapping.useFlags() && cols.index(CrmMapping.IS_WON) >= 0 && cols.index(CrmMapping.IS_CLOSED) >= 0) {
      Boolean closed = bool(cols.get(rec, CrmMapping.IS_CLOSED));
      Boolean won = bool(cols.get(rec, CrmMapping.IS_WON));
      if (closed == null || won == null) {
        errors.add(at + "IsClosed/IsWon should be 1 or blank, TRUE or FALSE; found '" + cols.get(rec, CrmMapping.IS_CLOSED) + "'/'"
            + cols.get(rec, CrmMapping.IS_WON) + "'");
        return;
      }
      if (!closed) {
        meaning = StageMeaning.OPEN;
      } else if (won) {
        meaning = StageMeaning.WON;
      } else {
        meaning = mapping.stage(stageText).filter(m -> m == StageMeaning.NO_DECISION).orElse(StageMeaning.LOST);
      }
    } else {
      Optional<StageMeaning> m = mapping.stage(stageText);
      if (m.isEmpty()) {
        unknownStages.putIfAbsent(stageText, line);
        return;
      }
      meaning = m.get();
    }
    if (meaning == StageMeaning.OPEN) {
      skipped.add(new ImportReport.Skipped(line, id, "open deals (not closed yet)"));
      return;
    }
    Integer first = seen.putIfAbsent(id, line);
    if (first != null) {
      errors.add(at + "opp id " + id + " appears again (first at line " + first + "); an export has one row per deal");
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("opp_id", id);
    String dateText = cols.get(rec, "close_date");
    Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : CrmDates.parse(dateText, mapping.dateFormat());
    if (date.isEmpty()) {
      errors.add(at + cols.header("close_date") + " '" + dateText + "' is not a date in the expected format ("
          + (mapping.dateFormat() != null ? mapping.dateFormat() : CrmDates.EXPECTED) + ")");
      return;
    }
    String amountText = cols.get(rec, "acv");
    BigDecimal amount;
    if (amountText.isEmpty()) {
      amount = BigDecimal.ZERO;
      noAmount.add(line);
    } else {
      try {
        amount = new BigDecimal(amountText);
      } catch (NumberFormatException e) {
        errors.add(at + cols.header("acv") + " '" + amountText + "' is not a number; write it as a plain number such as 48000"
            + " (no currency symbol or thousands separator)");
        return;
      }
      if (amount.signum() < 0) {
        errors.add(at + cols.header("acv") + " '" + amountText + "' is negative; an amount is 0 or more");
        return;
      }
    }
    String account = cols.get(rec, "account");
    if (account.isEmpty() && cols.index("account") < 0) {
      account = cols.get(rec, CrmMapping.OPP_NAME);
    }
    if (account.isEmpty()) {
      account = mapping.defaults().getOrDefault("account", "");
    }
    if (account.isEmpty()) {
      errors.add(at + "deal " + id + " has no account (column " + cols.header("account") + ")");
      return;
    }
    for (String c : DealsReader.COLUMNS) {
      switch (c) {
        case "opp_id" -> { }
        case "outcome" -> values.put(c, meaning.outcome().orElseThrow().code());
        case "close_date" -> values.put(c, date.get().toString());
        case "acv" -> values.put(c, amount.toPlainString());
        case "account" -> values.put(c, SpreadsheetSafe.text(account));
        default -> {
          if (cols.index(c) >= 0 || mapping.defaults().containsKey(c)) {
            String v = cols.index(c) >= 0 ? cols.get(rec, c) : "";
            if (v.isEmpty()) {
              v = mapping.defaults().getOrDefault(c, "");
            }
            if (c.equals("cycle_days") && !v.isEmpty() && !v.matches("\\d{1,6}")) {
              errors.add(at + cols.header(c) + " '" + v + "' is not a whole number of days");
              return;
            }
            values.put(c, NOT_TEXT.contains(c) ? v : SpreadsheetSafe.text(v));
          }
        }
      }
    }
    if (cols.index(CrmMapping.OPP_NAME) >= 0) {
      values.put(CrmMapping.OPP_NAME, SpreadsheetSafe.text(cols.get(rec, CrmMapping.OPP_NAME)));
    }
    rows.add(new Row(line, id, values));
  }

  /** {@code 1}/blank, TRUE/FALSE, true/false, yes/no, 0; null when it is none of these. */
  static Boolean bool(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "1", "true", "yes", "y" -> Boolean.TRUE;
      case "", "0", "false", "no", "n" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static String oneLine(RuntimeException e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    return String.valueOf(t.getMessage()).replaceAll("\\s+", " ").trim();
  }

  /** The export's header resolved against the mapping. */
  private static final class Columns {
    final int width;
    final List<String> names;
    final Map<String, Integer> index = new LinkedHashMap<>();

    private Columns(List<String> names) {
      this.names = names;
      this.width = names.size();
    }

    static Columns resolve(CSVRecord rec, String file, CrmSource source, CrmMapping mapping) {
      List<String> names = new ArrayList<>();
      rec.forEach(h -> names.add(h.trim()));
      Columns c = new Columns(names);
      for (String field : mapping.columns().keySet()) {
        for (String candidate : mapping.candidates(field)) {
          int i = indexOf(names, candidate);
          if (i >= 0) {
            c.index.put(field, i);
            break;
          }
        }
      }
      List<String> missing = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      need(c, mapping, "opp_id", missing, expected);
      boolean flags = mapping.useFlags() && c.index(CrmMapping.IS_WON) >= 0 && c.index(CrmMapping.IS_CLOSED) >= 0;
      if (!flags) {
        String what = mapping.useFlags() ? describe(mapping, CrmMapping.STAGE).replace(")", "; or IsWon and IsClosed)")
            : describe(mapping, CrmMapping.STAGE);
        expected.add(what);
        if (c.index(CrmMapping.STAGE) < 0) {
          missing.add(what);
        }
      }
      need(c, mapping, "acv", missing, expected);
      need(c, mapping, "close_date", missing, expected);
      if (source == CrmSource.GENERIC || mapping.candidates(CrmMapping.OPP_NAME).isEmpty()) {
        if (!mapping.defaults().containsKey("account")) {
          need(c, mapping, "account", missing, expected);
        }
      }
      if (!missing.isEmpty()) {
        String kind = source == CrmSource.GENERIC ? "the mapping file describes" : "a " + source.label() + " export";
        throw new WinlossException(file + ": this is not " + (source == CrmSource.GENERIC ? "the layout " + kind : kind)
            + ": missing " + String.join(", ", missing) + ". Expected columns: " + String.join(", ", expected)
            + (source == CrmSource.GENERIC ? "" : ", and an owner (" + String.join(" or ", mapping.candidates("ae")) + ")")
            + ". The file's columns are: " + String.join(", ", names.stream().limit(40).toList())
            + (names.size() > 40 ? ", ..." : "")
            + (source == CrmSource.GENERIC ? "" : ". For another layout use --from generic --mapping FILE"));
      }
      return c;
    }

    private static void need(Columns c, CrmMapping m, String field, List<String> missing, List<String> expected) {
      String what = describe(m, field);
      expected.add(what);
      if (c.index(field) < 0) {
        missing.add(what);
      }
    }

    private static String describe(CrmMapping m, String field) {
      List<String> cands = m.candidates(field);
      if (cands.isEmpty()) {
        return "(no column mapped for " + field + ")";
      }
      return cands.size() == 1 ? cands.get(0) : cands.get(0) + " (or " + String.join(", ", cands.subList(1, cands.size())) + ")";
    }

    private static int indexOf(List<String> names, String candidate) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(candidate)) {
          return i;
        }
      }
      return -1;
    }

    int index(String field) {
      return index.getOrDefault(field, -1);
    }

    String header(String field) {
      int i = index(field);
      return i >= 0 ? names.get(i) : field;
    }

    String get(CSVRecord rec, String field) {
      int i = index(field);
      return i < 0 || i >= rec.size() ? "" : rec.get(i).trim();
    }

    /** The deals.csv columns this export fills, in deals.csv's order. */
    List<String> provided(CrmMapping mapping) {
      List<String> out = new ArrayList<>();
      for (String c : DealsReader.COLUMNS) {
        if (List.of("opp_id", "outcome", "close_date", "acv", "account").contains(c) || index(c) >= 0
            || mapping.defaults().containsKey(c) || c.equals("ae")) {
          out.add(c);
        }
      }
      if (index(CrmMapping.OPP_NAME) >= 0) {
        out.add(CrmMapping.OPP_NAME);
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- deals.csv as it is

  private static final class Existing {
    final List<String> header;
    final Map<String, Map<String, String>> rows;

    private Existing(List<String> header, Map<String, Map<String, String>> rows) {
      this.header = header;
      this.rows = rows;
    }

    static Existing none() {
      return new Existing(List.of(), Map.of());
    }

    static Existing parse(String text) {
      String where = DealsReader.FILE.toString().replace('\\', '/');
      List<String> header = null;
      Map<String, Map<String, String>> rows = new LinkedHashMap<>();
      CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
      try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
        LineCounter lines = new LineCounter(text);
        for (CSVRecord rec : parser) {
          int line = lines.lineAt((int) rec.getCharacterPosition());
          if (header == null) {
            header = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String h : rec) {
              if (!seen.add(h.trim())) {
                throw new WinlossException(where + ":1: column '" + h.trim() + "' appears twice; fix deals.csv before importing");
              }
              header.add(h.trim());
            }
            if (!header.contains("opp_id")) {
              throw new WinlossException(where + ":1: deals.csv has no opp_id column, so the import cannot merge by deal;"
                  + " fix its header (winloss check) or move it away");
            }
            continue;
          }
          if (rec.size() != header.size()) {
            throw new WinlossException(where + ":" + line + ": the row has " + rec.size() + " fields but the header has "
                + header.size() + "; fix deals.csv (winloss check) before importing");
          }
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), rec.get(i));
          }
          String id = Objects.requireNonNullElse(row.get("opp_id"), "").trim();
          if (rows.put(id, row) != null) {
            throw new WinlossException(where + ":" + line + ": opp_id " + id + " appears twice; fix deals.csv before importing");
          }
        }
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        throw new WinlossException(where + ": malformed CSV (" + e.getMessage() + "); fix it (winloss check) before importing");
      }
      return new Existing(header == null ? List.of() : header, rows);
    }
  }
}
