package winloss.core.crm;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import winloss.core.corpus.BriefReader;
import winloss.core.corpus.DealsReader;
import winloss.core.corpus.OppIds;
import winloss.core.diag.Diagnostics;
import winloss.core.diag.WinlossException;
import winloss.core.model.Program;
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

  /**
   * The program settings an import applies, from the brief's {@code program:} block.
   *
   * @param currency the ISO code of {@code acv} ({@code program.currency})
   * @param zone the time zone close dates are taken in ({@code program.time_zone})
   */
  public record Settings(String currency, ZoneId zone) {
    public static final Settings DEFAULT = new Settings("USD", ZoneOffset.UTC);

    /** The settings of the corpus's brief (the defaults when it has none or cannot be read). */
    public static Settings of(Path root) {
      Program p = BriefReader.read(root, new Diagnostics()).map(b -> b.program()).orElse(Program.defaults());
      String currency = p.currency() == null || p.currency().isBlank() ? "USD" : p.currency().strip().toUpperCase(Locale.ROOT);
      return new Settings(currency, p.zone());
    }
  }

  /**
   * Reads the export (and mapping file) from disk and merges into the corpus's deals.csv.
   *
   * @param dateFormat a date pattern from {@code --date-format}, or null (it wins over the mapping's)
   */
  public static Plan plan(Path root, Path export, String exportShown, CrmSource source, Path mappingFile, String mappingShown,
      String dateFormat) {
    return plan(root, export, exportShown, source, mappingFile, mappingShown, dateFormat, winloss.core.progress.ProgressListener.NONE);
  }

  /** As above, telling {@code progress} what it reads and how many lines of the export it imports. */
  public static Plan plan(Path root, Path export, String exportShown, CrmSource source, Path mappingFile, String mappingShown,
      String dateFormat, winloss.core.progress.ProgressListener progress) {
    CrmMapping mapping = CrmMapping.builtIn(source);
    if (mappingFile != null) {
      mapping = mapping.overlay(CrmMapping.parse(readText(mappingFile, mappingShown, TextFiles.MAX_DOCUMENT_BYTES), mappingShown));
    } else if (source == CrmSource.GENERIC) {
      throw new WinlossException("--from generic needs --mapping FILE: a YAML file naming the export's columns and"
          + " stage values (see docs/crm-import.md)");
    }
    if (dateFormat != null) {
      String problem = CrmMapping.checkDateFormat(dateFormat);
      if (problem != null) {
        throw new WinlossException("--date-format: " + problem);
      }
      mapping = mapping.withDateFormat(dateFormat);
    }
    progress.phase("reading " + exportShown);
    String text = readText(export, exportShown, TextFiles.MAX_TABLE_BYTES);
    long lines = Math.max(0, text.lines().count() - 1);
    // lines, not records: counting records would parse the CSV, which is the work being reported
    progress.phase("importing " + exportShown + ", " + lines + (lines == 1 ? " line" : " lines") + " after the header");
    Path deals = root.resolve(DealsReader.FILE);
    String existing = Files.exists(deals) ? readText(deals, DealsReader.FILE.toString(), TextFiles.MAX_TABLE_BYTES) : null;
    Result r = merge(text, exportShown, source, mapping, existing, Settings.of(root));
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
          + " (save the export as UTF-8 CSV)", p);
    } catch (IOException e) {
      throw new WinlossException(shown + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The new deals.csv text and the report. */
  public record Result(String content, ImportReport report) {}

  /**
   * Merges an export's text into deals.csv's text ({@code existing} null when there is none yet).
   * Pure: no files are read or written.
   */
  public static Result merge(String exportText, String exportName, CrmSource source, CrmMapping mapping, String existing,
      Settings settings) {
    Parsed parsed = parseExport(TextFiles.normalize(exportText), exportName, source, mapping, settings);
    Existing old = existing == null ? Existing.none() : Existing.parse(TextFiles.normalize(existing));
    // Salesforce ids: a deal already in deals.csv under its other form (15 or 18 characters) is the same deal
    Map<String, String> bySalesforceId = new HashMap<>();
    if (source == CrmSource.SALESFORCE) {
      Map<String, List<String>> forms = new TreeMap<>();
      for (String id : old.rows.keySet()) {
        SalesforceIds.to18(id).ifPresent(k -> forms.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
      }
      forms.forEach((k, ids) -> {
        bySalesforceId.put(k, ids.contains(k) ? k : ids.get(0));
        if (ids.size() > 1) {
          parsed.notes.add("deals.csv holds one Salesforce deal twice, as " + String.join(" and ", ids) + " (its 15- and"
              + " 18-character ids); the import updates " + bySalesforceId.get(k) + ": merge the two rows by hand, keeping the id"
              + " the interview write-up uses");
        }
      });
    }
    List<String> merged = new ArrayList<>();
    List<String> lengthened = new ArrayList<>();
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
      if (before == null && bySalesforceId.containsKey(r.oppId)) {
        String known = bySalesforceId.get(r.oppId);
        before = rows.get(known);
        if (!known.equals(r.exportId)) {
          merged.add(r.exportId + " = " + known + " (line " + r.line + ")");
        }
        r = r.withId(known);
      }
      if (!r.oppId.equals(r.exportId)) {
        lengthened.add(r.exportId + " -> " + r.oppId);
      }
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
        if (col.equals("opp_id")) {
          continue;
        }
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
    if (!lengthened.isEmpty()) {
      notes.add(lengthened.size() + " Salesforce id" + (lengthened.size() == 1 ? " was" : "s were")
          + " exported in the 15-character form (as reports write them) and " + (lengthened.size() == 1 ? "is" : "are")
          + " kept in the 18-character form, the same record: " + String.join(", ", lengthened.stream().limit(5).toList())
          + (lengthened.size() > 5 ? " and " + (lengthened.size() - 5) + " more" : ""));
    }
    if (!merged.isEmpty()) {
      notes.add(merged.size() + " Salesforce deal" + (merged.size() == 1 ? " is" : "s are") + " in deals.csv under"
          + " the 15-character form of " + (merged.size() == 1 ? "its" : "their") + " id, the same record, and "
          + (merged.size() == 1 ? "was" : "were") + " merged there, keeping deals.csv's id (interview write-ups use it): "
          + String.join(", ", merged.stream().limit(10).toList())
          + (merged.size() > 10 ? " and " + (merged.size() - 10) + " more" : ""));
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

  /** A deal row of the export: {@code exportId} as the export wrote it, {@code oppId} as deals.csv will have it. */
  private record Row(int line, String exportId, String oppId, Map<String, String> values) {
    Row withId(String id) {
      Map<String, String> v = new LinkedHashMap<>(values);
      v.put("opp_id", id);
      return new Row(line, exportId, id, v);
    }
  }

  private record Parsed(int rowCount, List<Row> rows, List<ImportReport.Skipped> skipped, List<String> provided, List<String> notes) {}

  /** A record of the export with its first line. */
  private record Line(int line, CSVRecord rec) {}

  /** What the rows need besides the columns: the settings and what the whole file decided. */
  private record Context(CrmSource source, CrmMapping mapping, Settings settings, CrmAmounts.Style style,
      CrmDates.SlashOrder order, List<String> errors, Map<String, Integer> unknownStages, Map<String, Integer> seen,
      List<Integer> noAmount, Map<String, List<Integer>> needRate, Map<String, List<Integer>> converted,
      List<String> movedDates) {}

  private static Parsed parseExport(String text, String name, CrmSource source, CrmMapping mapping, Settings settings) {
    List<Row> rows = new ArrayList<>();
    List<ImportReport.Skipped> skipped = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    char delimiter = Delimiters.detect(text);
    CrmAmounts.Style style = mapping.locale() != null ? CrmAmounts.Style.of(mapping.locale())
        : delimiter == ';' ? CrmAmounts.Style.COMMA : CrmAmounts.Style.POINT;
    if (delimiter != ',') {
      notes.add("the file is " + Delimiters.describe(delimiter) + "; it was read as such"
          + (delimiter == ';' && mapping.locale() == null ? ", with amounts written as 1.234,56 (state the mapping's locale:"
              + " if they are written otherwise)" : ""));
    }
    Columns cols = null;
    List<Line> data = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(false).get();
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
          cols = Columns.resolve(rec, name, source, mapping, delimiter);
          continue;
        }
        if (rec.size() != cols.width) {
          if (rec.size() == 1) {
            skipped.add(new ImportReport.Skipped(line, "", "not a deal row (a report header or footer line)"));
            continue;
          }
          errors.add("line " + line + ": the row has " + rec.size() + " fields but the header has " + cols.width
              + "; quote fields that contain " + (delimiter == ',' ? "commas" : "'" + delimiter + "'"));
          continue;
        }
        data.add(new Line(line, rec));
      }
    } catch (IOException e) {
      throw new WinlossException(name + ": cannot read the CSV: " + e.getMessage(), e);
    }
    if (cols == null) {
      throw new WinlossException(name + ": the file is empty; a " + source.label() + " export starts with a header row");
    }
    CrmDates.SlashOrder order = slashOrder(name, cols, data, mapping, notes);
    Context ctx = new Context(source, mapping, settings, style, order, errors, new LinkedHashMap<>(), new HashMap<>(),
        new ArrayList<>(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
    for (Line l : data) {
      readRow(l.rec(), l.line(), cols, ctx, rows, skipped);
    }
    if (!ctx.unknownStages().isEmpty()) {
      List<String> list = ctx.unknownStages().entrySet().stream().map(e -> "'" + e.getKey() + "' (first at line " + e.getValue() + ")").toList();
      throw new WinlossException(name + ": unknown stage value" + (list.size() == 1 ? " " : "s ") + String.join(", ", list)
          + " in column " + cols.header(CrmMapping.STAGE) + "; nothing was imported. Say what each means in a mapping file"
          + " (stages: won/lost/no-decision/open) and pass it with --mapping");
    }
    if (!ctx.needRate().isEmpty()) {
      List<String> list = ctx.needRate().entrySet().stream()
          .map(e -> e.getKey() + " on line" + (e.getValue().size() == 1 ? " " : "s ") + lineList(e.getValue())).toList();
      String example = String.join(", ", ctx.needRate().keySet().stream().map(c -> c + ": ...").toList());
      throw new WinlossException(name + ": amounts in another currency than the program's " + settings.currency()
          + " (program.currency in operator-brief.md): " + String.join("; ", list) + "; nothing was imported. Give the rate"
          + (ctx.needRate().size() == 1 ? "" : " of each") + " in a mapping file (rates: {" + example + "}, in " + settings.currency()
          + " per unit) and pass it with --mapping, or leave these rows out of the export");
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
    if (!ctx.noAmount().isEmpty()) {
      notes.add(ctx.noAmount().size() + " closed deal" + (ctx.noAmount().size() == 1 ? " has" : "s have")
          + " no amount; acv was written as 0 (lines " + lineList(ctx.noAmount()) + ")");
    }
    if (!ctx.converted().isEmpty()) {
      List<String> list = ctx.converted().entrySet().stream().map(e -> e.getKey() + " at " + mapping.rates().get(e.getKey()).toPlainString()
          + " (line" + (e.getValue().size() == 1 ? " " : "s ") + lineList(e.getValue()) + ")").toList();
      notes.add("amounts converted to " + settings.currency() + " with the mapping's rates: " + String.join(", ", list)
          + "; the amount as exported is kept in " + ORIGINAL_AMOUNT + " and " + ORIGINAL_CURRENCY);
    }
    if (!ctx.movedDates().isEmpty()) {
      notes.add(ctx.movedDates().size() + " close date" + (ctx.movedDates().size() == 1 ? " is" : "s are")
          + " on another day in the program's time zone (" + settings.zone().getId() + ", program.time_zone) than as written: "
          + String.join(", ", ctx.movedDates().stream().limit(10).toList())
          + (ctx.movedDates().size() > 10 ? " and " + (ctx.movedDates().size() - 10) + " more" : ""));
    }
    if (cols.index("ae") < 0 && !mapping.defaults().containsKey("ae")) {
      notes.add("the export has no owner column (expected " + String.join(" or ", mapping.candidates("ae")) + ")");
    }
    List<String> unknown = cols.notImported(source, mapping);
    if (!unknown.isEmpty()) {
      notes.add(unknown.size() + " column" + (unknown.size() == 1 ? " was" : "s were") + " not imported: "
          + String.join(", ", unknown) + "; to keep one, map it in a mapping file (columns: {competitor: ...}) and pass --mapping");
    }
    List<String> provided = cols.provided(mapping);
    if (!ctx.converted().isEmpty()) {
      provided.add(ORIGINAL_AMOUNT);
      provided.add(ORIGINAL_CURRENCY);
    }
    skipped.sort(java.util.Comparator.comparingInt(ImportReport.Skipped::line));
    return new Parsed(data.size(), rows, skipped, provided, notes);
  }

  /** The extra deals.csv columns holding an amount as exported when it was converted. */
  public static final String ORIGINAL_AMOUNT = "original_amount";
  public static final String ORIGINAL_CURRENCY = "original_currency";

  /** Decides how the close date column's slash dates read, or refuses when it cannot be told. */
  private static CrmDates.SlashOrder slashOrder(String name, Columns cols, List<Line> data, CrmMapping mapping, List<String> notes) {
    if (mapping.dateFormat() != null || cols.index("close_date") < 0) {
      return null;
    }
    List<CrmDates.Cell> cells = new ArrayList<>();
    for (Line l : data) {
      cells.add(new CrmDates.Cell(l.line(), cols.get(l.rec(), "close_date")));
    }
    CrmDates.SlashAnalysis a = CrmDates.slashOrder(cells);
    String col = cols.header("close_date");
    if (a.conflictLine() > 0) {
      throw new WinlossException(name + ":" + a.conflictLine() + ": " + col + " '" + a.conflictValue() + "' can only be day first,"
          + " but line " + a.decidingLine() + " has '" + a.decidingValue() + "', which can only be month first; nothing was"
          + " imported. Fix the export, or say how its dates are written with date_format: in a mapping file (or --date-format"
          + " dd/MM/yyyy)");
    }
    if (a.needsFormat()) {
      throw new WinlossException(name + ":" + a.ambiguousLine() + ": " + col + " '" + a.ambiguousValue() + "' could be month first"
          + " (US) or day first, and no date in the column tells which; nothing was imported. Say how the file writes dates:"
          + " date_format: dd/MM/yyyy (or MM/dd/yyyy) in a mapping file, or --date-format dd/MM/yyyy");
    }
    if (a.decidingLine() > 0 && a.ambiguousLine() > 0) {
      notes.add(col + " read as " + a.order().label() + ": line " + a.decidingLine() + " has '" + a.decidingValue()
          + "', which can only be read that way (say otherwise with date_format: or --date-format)");
    }
    return a.order();
  }

  private static void readRow(CSVRecord rec, int line, Columns cols, Context ctx, List<Row> rows, List<ImportReport.Skipped> skipped) {
    CrmMapping mapping = ctx.mapping();
    List<String> errors = ctx.errors();
    String exportId = cols.get(rec, "opp_id");
    String at = "line " + line + ": ";
    if (exportId.isEmpty()) {
      errors.add(at + "the " + cols.header("opp_id") + " column is empty; every deal needs its id");
      return;
    }
    if (!OppIds.isValid(exportId) || exportId.startsWith("-")) {
      errors.add(at + cols.header("opp_id") + " '" + exportId + "' cannot be an opp id: use 1 to 64 letters, digits, '.', '_' or '-'"
          + " (not first)");
      return;
    }
    String id = exportId;
    if (ctx.source() == CrmSource.SALESFORCE) {
      id = SalesforceIds.to18(exportId).orElse(exportId);
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
        ctx.unknownStages().putIfAbsent(stageText, line);
        return;
      }
      meaning = m.get();
    }
    if (meaning == StageMeaning.OPEN) {
      skipped.add(new ImportReport.Skipped(line, exportId, "open deals (not closed yet)"));
      return;
    }
    Integer first = ctx.seen().putIfAbsent(id, line);
    if (first != null) {
      errors.add(at + "opp id " + exportId + " appears again (first at line " + first + ")"
          + (id.equals(exportId) ? "" : ", as the same Salesforce id " + id) + "; an export has one row per deal");
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("opp_id", id);
    String dateText = cols.get(rec, "close_date");
    Optional<CrmDates.Read> date = dateText.isEmpty() ? Optional.empty()
        : CrmDates.parse(dateText, mapping.dateFormat(), ctx.order(), ctx.settings().zone());
    if (date.isEmpty()) {
      errors.add(at + cols.header("close_date") + " '" + dateText + "' is not a date in the expected format ("
          + (mapping.dateFormat() != null ? mapping.dateFormat() + " or YYYY-MM-DD" : CrmDates.EXPECTED) + ")");
      return;
    }
    if (date.get().moved()) {
      ctx.movedDates().add(id + " (line " + line + ") " + dateText + " is " + date.get().date());
    }
    String amountText = cols.get(rec, "acv");
    BigDecimal amount;
    String original = null;
    String originalCurrency = null;
    String program = ctx.settings().currency();
    String columnCurrency = cols.get(rec, CrmMapping.CURRENCY);
    String rowCurrency = null;
    if (!columnCurrency.isEmpty()) {
      rowCurrency = CrmAmounts.isoCode(columnCurrency);
      if (rowCurrency == null) {
        errors.add(at + cols.header(CrmMapping.CURRENCY) + " '" + columnCurrency + "' is not an ISO 4217 currency code");
        return;
      }
    }
    if (amountText.isEmpty()) {
      amount = BigDecimal.ZERO;
      ctx.noAmount().add(line);
    } else {
      CrmAmounts.Amount a;
      try {
        a = CrmAmounts.parse(amountText, ctx.style());
      } catch (CrmAmounts.BadAmount e) {
        errors.add(at + cols.header("acv") + " '" + amountText + "' " + e.getMessage()
            + (mapping.locale() != null ? ""
                : ctx.style() == CrmAmounts.Style.POINT
                    ? "; if the export writes amounts like 1.234,56, state it in a mapping file (locale: de-DE)"
                    : "; if this ';'-separated export writes amounts like 1,234.56, state it in a mapping file (locale: en-US)"));
        return;
      }
      if (a.currency() != null) {
        if (rowCurrency != null && !CrmAmounts.compatible(a.currency(), rowCurrency)) {
          errors.add(at + cols.header("acv") + " '" + amountText + "' is in " + a.currency() + " but "
              + cols.header(CrmMapping.CURRENCY) + " says " + rowCurrency);
          return;
        }
        if (rowCurrency == null) {
          rowCurrency = a.currency().equals(CrmAmounts.DOLLAR) ? (CrmAmounts.isDollar(program) ? program : "USD") : a.currency();
        }
      }
      amount = a.value();
      if (rowCurrency != null && !rowCurrency.equals(program)) {
        BigDecimal rate = mapping.rates().get(rowCurrency);
        if (rate == null) {
          ctx.needRate().computeIfAbsent(rowCurrency, k -> new ArrayList<>()).add(line);
          return;
        }
        original = amount.toPlainString();
        originalCurrency = rowCurrency;
        amount = amount.multiply(rate).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (amount.scale() < 0) {
          amount = amount.setScale(0);
        }
        ctx.converted().computeIfAbsent(rowCurrency, k -> new ArrayList<>()).add(line);
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
      errors.add(at + "deal " + exportId + " has no account (column " + cols.header("account") + ")");
      return;
    }
    for (String c : DealsReader.COLUMNS) {
      switch (c) {
        case "opp_id" -> { }
        case "outcome" -> values.put(c, meaning.outcome().orElseThrow().code());
        case "close_date" -> values.put(c, date.get().date().toString());
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
    if (original != null) {
      values.put(ORIGINAL_AMOUNT, original);
      values.put(ORIGINAL_CURRENCY, originalCurrency);
    }
    rows.add(new Row(line, exportId, id, values));
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

    static Columns resolve(CSVRecord rec, String file, CrmSource source, CrmMapping mapping, char delimiter) {
      List<String> names = new ArrayList<>();
      rec.forEach(h -> names.add(h.trim()));
      Columns c = new Columns(names);
      for (String field : mapping.mappedFields()) {
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
            + (source == CrmSource.GENERIC ? "" : ". For another layout use --from generic --mapping FILE")
            + (names.size() == 1 && Delimiters.likelySeparator(names.get(0)) != 0
                ? ". The header is one column holding '" + Delimiters.likelySeparator(names.get(0)) + "': re-save the export as"
                    + " CSV UTF-8 with commas" : ""));
      }
      return c;
    }

    /** Export columns neither imported nor known to the layout, in the file's order. */
    List<String> notImported(CrmSource source, CrmMapping mapping) {
      java.util.Collection<Integer> used = index.values();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        if (used.contains(i) || n.isEmpty()) {
          continue;
        }
        boolean known = false;
        for (String field : mapping.mappedFields()) {
          if (mapping.candidates(field).stream().anyMatch(n::equalsIgnoreCase)) {
            known = true;
          }
        }
        if (!known && !KnownColumns.ignored(source, n)) {
          out.add(n);
        }
      }
      return out;
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
        throw new WinlossException(where + ": malformed CSV (" + e.getMessage() + "); fix it (winloss check) before importing", e);
      }
      return new Existing(header == null ? List.of() : header, rows);
    }
  }
}
