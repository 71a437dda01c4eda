package winloss.core.health;

import winloss.core.evidence.Slices;
import winloss.core.evidence.Tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import winloss.core.model.Deal;
import winloss.core.stats.Wilson;

/**
 * {@code winloss plays}: win rate per play (the {@code plays} column of deals.csv) with its 95%
 * Wilson interval and the number of deals; plays under the minimum sample are marked; a play is
 * declining when its win rate over the 30 days up to {@code asOf} is below 80% of its rate over the
 * days 60 to 90 before {@code asOf}.
 */
public final class Plays {
  public static final int DEFAULT_MIN_SAMPLE = 10;
  public static final double DECLINE = 0.80;
  /** Decided deals each trend window needs before a decline is read: the slices' small-sample mark. */
  public static final int MIN_WINDOW = winloss.core.evidence.Tally.MIN_DECIDED;

  private Plays() {}

  public record Row(String segment, String play, Wilson rate, int noDecision, boolean small, Tally recent, Tally before, boolean declining, List<String> deals) {}

  public record Report(LocalDate asOf, int minSample, boolean bySegment, List<Row> rows) {}

  /**
   * @param minSample plays with fewer decided deals are marked small and never flagged declining
   */
  public static Report compute(List<Deal> deals, LocalDate asOf, int minSample, boolean bySegment) {
    LocalDate at = asOf != null ? asOf : deals.stream().map(Deal::closeDate).max(Comparator.naturalOrder()).orElse(null);
    Slices segments = Slices.of(deals, Slices::segment);
    Map<String, Map<String, List<Deal>>> groups = new TreeMap<>();
    for (Deal d : deals) {
      String seg = bySegment ? segments.get(Slices.segment(d)).key() : "";
      for (String p : d.plays().stream().distinct().toList()) {
        groups.computeIfAbsent(seg, k -> new TreeMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(d);
      }
    }
    List<Row> rows = new ArrayList<>();
    groups.forEach((seg, plays) -> {
      List<Row> part = new ArrayList<>();
      plays.forEach((play, list) -> part.add(row(seg, play, list, at, minSample)));
      part.sort(Comparator.comparing(Row::small).thenComparing(r -> -r.rate().rate()).thenComparing(Row::play));
      rows.addAll(part);
    });
    return new Report(at, minSample, bySegment, rows);
  }

  /**
   * One play's row. It is declining when its win rate over the 30 days up to {@code at} is under
   * 80% of its rate 60 to 90 days before, and neither window is a small sample
   * ({@link Tally#small()}): 0 of 1 is not a decline.
   */
  static Row row(String seg, String play, List<Deal> list, LocalDate at, int minSample) {
    Tally all = Tally.of(play, list);
    Tally recent = at == null ? Tally.empty("recent") : window(list, at.minusDays(29), at);
    Tally before = at == null ? Tally.empty("before") : window(list, at.minusDays(90), at.minusDays(60));
    boolean declining = !recent.small() && !before.small() && recent.rate() < DECLINE * before.rate();
    List<String> ids = list.stream().map(Deal::oppId).sorted().toList();
    return new Row(seg, play, all.wilson(), all.noDecision(), all.decided() < minSample, recent, before, declining, ids);
  }

  static Tally window(List<Deal> list, LocalDate from, LocalDate to) {
    return Tally.of(from + ".." + to, list, d -> !d.closeDate().isBefore(from) && !d.closeDate().isAfter(to));
  }

  static String note(Report r, Row row) {
    List<String> notes = new ArrayList<>();
    if (row.small()) {
      notes.add("small sample (under " + r.minSample() + ")");
    }
    if (row.declining()) {
      notes.add("declining: last 30 days " + row.recent().describe() + " vs 60-90 days before " + row.before().describe());
    }
    return String.join("; ", notes);
  }

  public static String markdown(Report r) {
    StringBuilder sb = new StringBuilder("# Play performance");
    sb.append(" (as of ").append(r.asOf() == null ? "-" : r.asOf()).append("; minimum sample ").append(r.minSample()).append(" decided deals)\n\n");
    if (r.rows().isEmpty()) {
      return sb.append("No deal in deals.csv names a play (the plays column, ';'-separated).\n").toString();
    }
    sb.append(r.bySegment() ? "| segment | play |" : "| play |").append(" win rate | 95% CI | won | n | no-decision | note |\n");
    sb.append(r.bySegment() ? "|---|---|" : "|---|").append("---|---|---|---|---|---|\n");
    for (Row row : r.rows()) {
      sb.append("| ");
      if (r.bySegment()) {
        sb.append(row.segment()).append(" | ");
      }
      Wilson w = row.rate();
      sb.append(row.play()).append(" | ").append(w.n() == 0 ? "-" : Wilson.pct(w.rate())).append(" | ")
          .append(w.n() == 0 ? "-" : Math.round(w.low() * 100) + "-" + Math.round(w.high() * 100) + "%").append(" | ")
          .append(w.successes()).append(" | ").append(w.n()).append(" | ").append(row.noDecision()).append(" | ").append(note(r, row)).append(" |\n");
    }
    return sb.toString();
  }

  /** The plays table as CSV, through the one CSV writer: text cells never run as formulas. */
  public static String csv(Report r) {
    List<String> header = List.of("segment", "play", "won", "n", "rate", "low", "high", "no_decision", "small_sample", "declining",
        "recent_won", "recent_n", "before_won", "before_n");
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (Row row : r.rows()) {
      Wilson w = row.rate();
      rows.add(java.util.Arrays.asList(row.segment(), row.play(), w.successes(), w.n(), fmt(w.rate()), fmt(w.low()), fmt(w.high()),
          row.noDecision(), row.small(), row.declining(), row.recent().won(), row.recent().decided(), row.before().won(), row.before().decided()));
    }
    return winloss.core.output.CsvWriter.write(header, rows, java.util.Set.of("rate", "low", "high"));
  }

  private static String fmt(double d) {
    return String.format(java.util.Locale.ROOT, "%.4f", d);
  }

  private static Map<String, Object> window(Tally w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("won", w.won());
    m.put("n", w.decided());
    return m;
  }

  public static Map<String, Object> json(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("as_of", r.asOf() == null ? null : r.asOf().toString());
    m.put("min_sample", r.minSample());
    List<Object> rows = new ArrayList<>();
    for (Row row : r.rows()) {
      Map<String, Object> x = new LinkedHashMap<>();
      if (r.bySegment()) {
        x.put("segment", row.segment());
      }
      x.put("play", row.play());
      x.put("won", row.rate().successes());
      x.put("n", row.rate().n());
      x.put("rate", row.rate().rate());
      x.put("low", row.rate().low());
      x.put("high", row.rate().high());
      x.put("no_decision", row.noDecision());
      x.put("small_sample", row.small());
      x.put("declining", row.declining());
      x.put("recent", window(row.recent()));
      x.put("before", window(row.before()));
      x.put("deals", row.deals());
      rows.add(x);
    }
    m.put("plays", rows);
    return m;
  }
}
