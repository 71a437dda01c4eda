package winloss.core.health;

import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;

/**
 * {@code winloss kpis}: the program's evals for one quarter, each with its target and whether it
 * is met: interview-trigger compliance (at least 90%), completion (60-75%), the outreach funnel,
 * theme-to-action conversion (at least 80%), action close-out (at least 60%), and whether the
 * quarterly readout was committed within {@code synthesis_due_days} of quarter close.
 */
public final class Kpis {
  public static final double COMPLIANCE_TARGET = 0.90;
  public static final double COMPLETION_LOW = 0.60;
  public static final double COMPLETION_HIGH = 0.75;
  public static final double CONVERSION_TARGET = 0.80;
  public static final double CLOSE_OUT_TARGET = 0.60;

  private Kpis() {}

  /** One figure: its value, target and status ({@code met}, {@code not met}, {@code no data}, {@code pending}). */
  public record Figure(String key, String name, String value, String target, String status, List<String> ids, List<String> missing, String note) {}

  public record Report(Quarter quarter, LocalDate asOf, List<Figure> figures, Map<String, ProgramMetrics.Funnel> funnel, ReadoutHistory.Readout readout, LocalDate readoutDue) {
    public boolean allMet() {
      return figures.stream().noneMatch(f -> f.status().equals("not met"));
    }
  }

  public static Report compute(Corpus c, Quarter q, LocalDate asOf) {
    List<Figure> figures = new ArrayList<>();
    ProgramMetrics.Ratio compliance = ProgramMetrics.compliance(c, q, asOf);
    figures.add(ratio("compliance", "Interview-trigger compliance", compliance, "at least 90%",
        compliance.rate() >= COMPLIANCE_TARGET, "required deals with a request within the window after close"));
    Map<String, ProgramMetrics.Funnel> funnel = ProgramMetrics.funnel(c, q);
    ProgramMetrics.Ratio completion = funnel.get("all").completion();
    String completionNote = completion.of() > 0 && completion.rate() > COMPLETION_HIGH
        ? "above 75%: check that requests are not limited to friendly buyers" : "completed of requested";
    figures.add(ratio("completion", "Interview completion", completion, "60-75%", completion.rate() >= COMPLETION_LOW, completionNote));
    List<ThemeEvidence> themes = Themes.ofQuarter(c, q).patterns();
    ProgramMetrics.Ratio conversion = ProgramMetrics.conversion(c, q, themes);
    figures.add(ratio("theme_to_action", "Theme-to-action conversion", conversion, "at least 80%",
        conversion.rate() >= CONVERSION_TARGET, "themes (codes in " + c.brief().program().minThemeInterviews()
            + "+ completed interviews) with an action that has an owner and a due date"));
    ProgramMetrics.Ratio closeOut = ProgramMetrics.closeOut(c, q);
    LocalDate closeBy = c.fiscal().end(q.next());
    boolean closeOutOpen = asOf != null && !asOf.isAfter(closeBy) && closeOut.rate() < CLOSE_OUT_TARGET;
    Figure co = ratio("action_close_out", "Action close-out", closeOut, "at least 60%", closeOut.rate() >= CLOSE_OUT_TARGET,
        "the quarter's actions done by " + closeBy + " (end of " + q.next() + ")");
    if (closeOutOpen && closeOut.of() > 0) {
      co = new Figure(co.key(), co.name(), co.value(), co.target(), "pending", co.ids(), co.missing(), co.note() + "; still open");
    }
    figures.add(co);
    ReadoutHistory.Readout readout = ReadoutHistory.find(c.root(), q);
    LocalDate due = c.fiscal().end(q).plusDays(c.brief().program().synthesisDueDays());
    String value;
    String status;
    if (!c.brief().program().startedBy(c.fiscal().end(q))) {
      value = "not expected: " + q + " ended before the program started on " + c.brief().program().startDate();
      status = "no data";
    } else if (!readout.repository()) {
      value = "unknown: the corpus is not in a git repository";
      status = "no data";
    } else if (readout.committed() == null) {
      value = "not committed";
      status = asOf != null && !asOf.isAfter(due) ? "pending" : "not met";
    } else {
      value = "committed " + readout.committed() + " (" + readout.commit() + ")";
      status = readout.committed().isAfter(due) ? "not met" : "met";
    }
    figures.add(new Figure("readout", "Quarterly readout on time", value, "committed by " + due, status, List.of(), List.of(),
        readout.file().toString().replace('\\', '/') + ", due " + c.brief().program().synthesisDueDays() + " days after " + c.fiscal().end(q)));
    return new Report(q, asOf, figures, funnel, readout, due);
  }

  private static Figure ratio(String key, String name, ProgramMetrics.Ratio r, String target, boolean met, String note) {
    String status = r.of() == 0 ? "no data" : met ? "met" : "not met";
    return new Figure(key, name, r.describe(), target, status, r.hits(), r.misses(), note);
  }

  /** The report as markdown. */
  public static String markdown(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Program KPIs ").append(r.quarter());
    if (r.asOf() != null) {
      sb.append(" (as of ").append(r.asOf()).append(')');
    }
    sb.append("\n\n| KPI | value | target | status |\n|---|---|---|---|\n");
    for (Figure f : r.figures()) {
      sb.append("| ").append(f.name()).append(" | ").append(f.value()).append(" | ").append(f.target()).append(" | ")
          .append(f.status()).append(" |\n");
    }
    sb.append('\n');
    for (Figure f : r.figures()) {
      sb.append("- ").append(f.name()).append(": ").append(f.note());
      if (!f.ids().isEmpty()) {
        sb.append("; yes: ").append(String.join(", ", f.ids()));
      }
      if (!f.missing().isEmpty()) {
        sb.append("; no: ").append(String.join(", ", f.missing()));
      }
      sb.append('\n');
    }
    sb.append("\n## Outreach funnel\n\n| deals | requested | booked | completed | declined | no-response |\n|---|---|---|---|---|---|\n");
    r.funnel().forEach((k, f) -> sb.append("| ").append(k).append(" | ").append(f.requested()).append(" | ").append(f.booked())
        .append(" | ").append(f.completed()).append(" | ").append(f.declined()).append(" | ").append(f.noResponse()).append(" |\n"));
    return sb.toString();
  }

  public static Map<String, Object> json(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quarter", r.quarter().toString());
    m.put("as_of", r.asOf() == null ? null : r.asOf().toString());
    List<Object> figs = new ArrayList<>();
    for (Figure f : r.figures()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("key", f.key());
      x.put("name", f.name());
      x.put("value", f.value());
      x.put("target", f.target());
      x.put("status", f.status());
      x.put("met", f.status().equals("met"));
      x.put("ids", f.ids());
      x.put("missing", f.missing());
      figs.add(x);
    }
    m.put("kpis", figs);
    Map<String, Object> funnel = new LinkedHashMap<>();
    r.funnel().forEach((k, f) -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("requested", f.requested());
      x.put("booked", f.booked());
      x.put("completed", f.completed());
      x.put("declined", f.declined());
      x.put("no_response", f.noResponse());
      funnel.put(k, x);
    });
    m.put("funnel", funnel);
    Map<String, Object> readout = new LinkedHashMap<>();
    readout.put("file", r.readout().file().toString().replace('\\', '/'));
    readout.put("due", r.readoutDue().toString());
    readout.put("committed", r.readout().committed() == null ? null : r.readout().committed().toString());
    readout.put("commit", r.readout().commit());
    m.put("readout", readout);
    return m;
  }
}
