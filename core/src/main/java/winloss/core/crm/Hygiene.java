package winloss.core.crm;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import winloss.core.charts.ChartBundle;
import winloss.core.json.Json;
import winloss.core.model.Code;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.ops.Wording;
import winloss.core.output.PlannedFile;
import winloss.core.output.Templates;
import winloss.core.synthesis.Evidence;

/**
 * {@code winloss hygiene}: the CRM's loss reasons, held to the codebook. Per ISO week (Monday to
 * Sunday) of the last {@code weeks} weeks up to {@code asOf}: the lost deals by CRM loss reason,
 * read through the codebook's one mapping ({@link winloss.core.model.Codebook#crmLossReason});
 * the worklist of every lost deal (any date up to {@code asOf}) whose reason is blank,
 * {@code other} or maps to no loss reason; and how often the CRM and the buyer disagree, over the
 * losses with a completed interview coded with a loss reason whose CRM value maps to a code.
 *
 * <p>The target is the Sprint's rule: blank and Other under {@value #TARGET_PCT}% of the lost
 * deals closed in the {@value #TARGET_DAYS} days up to {@code asOf}.
 */
public final class Hygiene {
  public static final String TEMPLATE = "hygiene.md.mustache";
  public static final int DEFAULT_WEEKS = 12;
  public static final int TARGET_PCT = 10;
  public static final int TARGET_DAYS = 30;
  public static final List<String> CSV_COLUMNS = List.of("opp", "account", "ae", "close_date", "crm_loss_reason", "problem");

  private Hygiene() {}

  /** What is wrong with a lost deal's CRM reason. */
  public enum Problem {
    BLANK("blank"),
    OTHER("other"),
    UNMAPPED("unmapped");

    private final String code;

    Problem(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** One lost deal to fix in the CRM. {@code account} is named only with consent (see {@link Evidence#who}). */
  public record Item(Deal deal, String account, Problem problem) {}

  /** One week: the lost deals by column (a loss reason's code, {@code blank}, or an unmapped CRM value). */
  public record Week(String week, LocalDate monday, int lost, Map<String, Integer> counts, int needsFixing) {}

  /**
   * A CRM value that is not a loss reason's code or label, and the lost deals carrying it.
   *
   * @param mappedTo the code {@code crm_loss_reasons} maps it to, or empty when it maps to nothing
   */
  public record Unmapped(String value, String mappedTo, List<String> opps) {}

  public record Report(LocalDate asOf, int weeks, List<String> columns, Map<String, String> labels, List<Week> rows,
      List<Item> worklist, List<Unmapped> unmapped, int compared, List<String> disagree, int recentLost, int recentBlankOrOther) {

    /** Blank and Other as a share of the lost deals closed in the last {@value #TARGET_DAYS} days. */
    public double recentShare() {
      return recentLost == 0 ? 0 : (double) recentBlankOrOther / recentLost;
    }

    public boolean targetMet() {
      return recentBlankOrOther * 100 < TARGET_PCT * (long) recentLost || recentLost == 0;
    }
  }

  /** The problem with a CRM value, or empty when it maps to a loss reason other than {@code other}. */
  public static Optional<Problem> problem(Corpus c, String crmValue) {
    if (crmValue.isBlank()) {
      return Optional.of(Problem.BLANK);
    }
    Optional<String> code = c.codebook().crmLossReason(crmValue);
    if (code.isEmpty()) {
      return Optional.of(Problem.UNMAPPED);
    }
    return code.get().equals("other") ? Optional.of(Problem.OTHER) : Optional.empty();
  }

  public static Report compute(Corpus c, LocalDate asOf, int weeks) {
    List<Deal> lost = c.dealsById().values().stream()
        .filter(d -> d.outcome() == Outcome.LOST && !d.closeDate().isAfter(asOf))
        .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::oppId)).toList();
    LocalDate lastMonday = asOf.with(DayOfWeek.MONDAY);
    LocalDate firstMonday = lastMonday.minusWeeks(weeks - 1L);
    Map<String, String> labels = new LinkedHashMap<>();
    for (Code code : c.codebook().lossReasons().values()) {
      labels.put(code.id(), code.label());
    }
    labels.put("blank", "(blank)");
    Map<String, List<String>> unmapped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<String, List<String>> foreign = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<Item> worklist = new ArrayList<>();
    Evidence ev = new Evidence(c);
    for (Deal d : lost) {
      Optional<Problem> p = problem(c, d.crmLossReason());
      if (p.isPresent()) {
        worklist.add(new Item(d, ev.who(d), p.get()));
        if (p.get() == Problem.UNMAPPED) {
          unmapped.computeIfAbsent(d.crmLossReason().trim(), k -> new ArrayList<>()).add(d.oppId());
        }
      }
      if (!d.crmLossReason().isBlank() && !inTaxonomy(c, d.crmLossReason())) {
        foreign.computeIfAbsent(d.crmLossReason().trim(), k -> new ArrayList<>()).add(d.oppId());
      }
    }
    unmapped.keySet().forEach(v -> labels.put("crm:" + v, v + " (unmapped)"));
    List<Week> rows = new ArrayList<>();
    for (LocalDate m = firstMonday; !m.isAfter(lastMonday); m = m.plusWeeks(1)) {
      LocalDate from = m;
      LocalDate to = m.plusDays(6);
      Map<String, Integer> counts = new LinkedHashMap<>();
      labels.keySet().forEach(k -> counts.put(k, 0));
      int n = 0;
      int fix = 0;
      for (Deal d : lost) {
        if (d.closeDate().isBefore(from) || d.closeDate().isAfter(to)) {
          continue;
        }
        n++;
        counts.merge(column(c, d), 1, Integer::sum);
        if (problem(c, d.crmLossReason()).isPresent()) {
          fix++;
        }
      }
      rows.add(new Week(isoWeek(m), m, n, counts, fix));
    }
    List<String> columns = labels.keySet().stream()
        .filter(k -> rows.stream().anyMatch(w -> w.counts().get(k) > 0) || c.codebook().lossReasons().containsKey(k))
        .toList();
    List<winloss.core.evidence.CrmAgreement.Loss> window = new ArrayList<>();
    for (Deal d : lost) {
      if (!d.closeDate().isBefore(firstMonday)) {
        window.add(new winloss.core.evidence.CrmAgreement.Loss(d.oppId(), d.crmLossReason(),
            c.interview(d.oppId()).filter(Interview::isCompleted).map(iv -> iv.codes().lossReason()).orElse("")));
      }
    }
    winloss.core.evidence.CrmAgreement agreement = winloss.core.evidence.CrmAgreement.of(c.codebook(), window);
    int compared = agreement.compared();
    List<String> disagree = agreement.disagree();
    int recent = 0;
    int recentBad = 0;
    for (Deal d : lost) {
      if (d.closeDate().isAfter(asOf.minusDays(TARGET_DAYS))) {
        recent++;
        Optional<Problem> p = problem(c, d.crmLossReason());
        if (p.isPresent() && p.get() != Problem.UNMAPPED) {
          recentBad++;
        }
      }
    }
    List<Unmapped> um = foreign.entrySet().stream()
        .map(e -> new Unmapped(e.getKey(), c.codebook().crmLossReason(e.getKey()).orElse(""), List.copyOf(e.getValue())))
        .sorted(Comparator.comparing((Unmapped u) -> !u.mappedTo().isEmpty()).thenComparing(Unmapped::value, String.CASE_INSENSITIVE_ORDER))
        .toList();
    return new Report(asOf, weeks, columns, labels, rows, worklist, um, compared, disagree, recent, recentBad);
  }

  /** A loss reason's own code or label (compared as the mapping compares), needing no crm_loss_reasons entry. */
  private static boolean inTaxonomy(Corpus c, String value) {
    String key = winloss.core.model.Codebook.crmKey(value);
    return c.codebook().lossReasons().values().stream()
        .anyMatch(code -> winloss.core.model.Codebook.crmKey(code.id()).equals(key) || winloss.core.model.Codebook.crmKey(code.label()).equals(key));
  }

  /** The column a lost deal counts in: its loss reason's code, {@code blank}, or {@code crm:<value>} when unmapped. */
  private static String column(Corpus c, Deal d) {
    if (d.crmLossReason().isBlank()) {
      return "blank";
    }
    return c.codebook().crmLossReason(d.crmLossReason()).orElse("crm:" + d.crmLossReason().trim());
  }

  static String isoWeek(LocalDate monday) {
    return String.format(java.util.Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static String markdown(Corpus c, Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", r.asOf().toString());
    m.put("weeks", r.weeks());
    m.put("header", "| Week | Lost | " + String.join(" | ", r.columns().stream().map(k -> cell(r.labels().get(k))).toList())
        + " | To fix |");
    m.put("rule", "|---|---:|" + "---:|".repeat(r.columns().size()) + "---:|");
    List<String> lines = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    int max = 0;
    for (Week w : r.rows()) {
      lines.add("| " + w.week() + " | " + w.lost() + " | " + String.join(" | ", r.columns().stream().map(k -> String.valueOf(w.counts().get(k))).toList())
          + " | " + w.needsFixing() + " |");
      labels.add("\"" + w.week().substring(5) + "\"");
      shares.add(String.valueOf(w.needsFixing()));
      max = Math.max(max, w.lost());
    }
    m.put("lines", lines);
    m.put("chart", "xychart-beta\n    title \"Lost deals with a blank, Other or unmapped CRM reason, by week\"\n    x-axis [" + String.join(", ", labels)
        + "]\n    y-axis \"Lost deals\" 0 --> " + Math.max(1, max) + "\n    bar [" + String.join(", ", r.rows().stream().map(w -> String.valueOf(w.lost())).toList())
        + "]\n    bar [" + String.join(", ", shares) + "]");
    m.put("hasUnmapped", !r.unmapped().isEmpty());
    m.put("hasUnmappedValue", r.unmapped().stream().anyMatch(u -> u.mappedTo().isEmpty()));
    m.put("unmapped", r.unmapped().stream().map(u -> Map.<String, Object>of("value", cell(u.value()),
        "count", u.opps().size() == 1 ? "1 lost deal" : u.opps().size() + " lost deals", "opps", String.join(", ", u.opps()),
        "mapping", u.mappedTo().isEmpty() ? "**maps to no loss reason**" : "mapped to " + cell(c.codebook().label(u.mappedTo()))
            + " by crm_loss_reasons")).toList());
    m.put("hasWorklist", !r.worklist().isEmpty());
    m.put("worklistCount", r.worklist().size());
    m.put("worklist", r.worklist().stream().map(i -> Map.<String, Object>of("opp", i.deal().oppId(), "account", cell(i.account()),
        "ae", i.deal().ae().isBlank() ? "\u2014" : cell(i.deal().ae()), "closed", i.deal().closeDate().toString(),
        "value", i.deal().crmLossReason().isBlank() ? "(blank)" : cell(i.deal().crmLossReason()), "problem", i.problem().code())).toList());
    m.put("compared", r.compared());
    m.put("disagreeLine", r.compared() == 0 ? "No loss in these weeks has both a coded interview and a mapped CRM reason to compare."
        : "The CRM and the buyer disagree on " + r.disagree().size() + " of " + r.compared() + " losses ("
            + Math.round(100.0 * r.disagree().size() / r.compared()) + "%)" + (r.disagree().isEmpty() ? "." : ": " + String.join(", ", r.disagree()) + "."));
    m.put("recent", r.recentBlankOrOther() + " of " + r.recentLost() + (r.recentLost() == 0 ? "" : " (" + Math.round(100 * r.recentShare()) + "%)"));
    m.put("targetPct", TARGET_PCT);
    m.put("targetDays", TARGET_DAYS);
    m.put("target", r.recentLost() == 0 ? "no lost deal in the period" : r.targetMet() ? "met" : "not met");
    return Templates.forCorpus(c.root()).render(TEMPLATE, m);
  }

  /** Where {@code hygiene --write} puts the report: the as-of date's ISO week, e.g. win-loss/hygiene/2026-W40.md. */
  public static Path path(Report r) {
    return Path.of("win-loss", "hygiene", isoWeek(r.asOf().with(DayOfWeek.MONDAY)) + ".md");
  }

  /**
   * The report as a generated document ({@link #path}) and its chart drawn as SVG and PNG beside
   * it, through the readout's chart bundle: {@code win-loss/hygiene/2026-W40/charts/*.svg|png},
   * linked under the Mermaid block.
   *
   * @param command the command line as the document's header names it
   */
  public static List<PlannedFile> plan(Corpus c, Report r, String command) {
    Path path = path(r);
    ChartBundle.Bundle charts = ChartBundle.of(path, markdown(c, r));
    List<PlannedFile> files = new ArrayList<>();
    files.add(PlannedFile.generated(path, command, charts.markdown()));
    files.addAll(charts.files());
    return files;
  }

  public static String json(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("as_of", r.asOf().toString());
    m.put("weeks", r.weeks());
    List<Object> rows = new ArrayList<>();
    for (Week w : r.rows()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("week", w.week());
      x.put("lost", w.lost());
      Map<String, Object> counts = new LinkedHashMap<>();
      r.columns().forEach(k -> counts.put(k, w.counts().get(k)));
      x.put("reasons", counts);
      x.put("to_fix", w.needsFixing());
      rows.add(x);
    }
    m.put("by_week", rows);
    m.put("outside_taxonomy", r.unmapped().stream().map(u -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("value", u.value());
      x.put("mapped_to", u.mappedTo().isEmpty() ? null : u.mappedTo());
      x.put("opps", u.opps());
      return x;
    }).toList());
    List<Object> work = new ArrayList<>();
    for (Item i : r.worklist()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("opp", i.deal().oppId());
      x.put("account", i.account());
      x.put("ae", i.deal().ae());
      x.put("close_date", i.deal().closeDate().toString());
      x.put("crm_loss_reason", i.deal().crmLossReason().trim());
      x.put("problem", i.problem().code());
      work.add(x);
    }
    m.put("worklist", work);
    Map<String, Object> dis = new LinkedHashMap<>();
    dis.put("compared", r.compared());
    dis.put("disagree", r.disagree());
    m.put("crm_vs_buyer", dis);
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("days", TARGET_DAYS);
    t.put("max_share", TARGET_PCT / 100.0);
    t.put("lost", r.recentLost());
    t.put("blank_or_other", r.recentBlankOrOther());
    t.put("met", r.targetMet());
    m.put("target", t);
    return Json.write(m);
  }

  /** The worklist as CSV, to paste into the CRM team's sheet. */
  public static String csv(Report r) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(CSV_COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (Item i : r.worklist()) {
        p.printRecord(i.deal().oppId(), SpreadsheetSafe.text(i.account()), SpreadsheetSafe.text(i.deal().ae()), i.deal().closeDate(),
            SpreadsheetSafe.text(i.deal().crmLossReason().trim()), i.problem().code());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return w.toString();
  }

  private static String cell(String s) {
    return Wording.inline(s).replace("|", "\\|");
  }
}
