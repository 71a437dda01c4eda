package winloss.core.fixes;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import winloss.core.crm.SpreadsheetSafe;
import winloss.core.health.ProgramMetrics;
import winloss.core.json.Json;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.ops.Wording;
import winloss.core.output.Phrases;
import winloss.core.output.Templates;

/** {@code winloss fixes} as markdown (template {@value #TEMPLATE}), JSON or CSV (one row per loss). */
public final class FixesFormat {
  public static final String TEMPLATE = "fixes.md.mustache";
  public static final List<String> CSV_COLUMNS = List.of("opp", "close_date", "competitor", "acv", "reason_code", "reason",
      "reason_source", "fixes", "repeat_of", "days_since_close", "overdue");

  private FixesFormat() {}

  public static String markdown(Corpus c, Fixes.Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", r.quarter() == null ? "all losses" : r.quarter().toString());
    m.put("asOf", r.asOf().toString());
    m.put("losses", r.losses().size());
    m.put("withoutFix", r.withoutFix().size());
    m.put("overdue", r.overdue().size());
    m.put("fixWithinDays", r.fixWithinDays());
    m.put("repeats", r.repeats().size());
    List<Map<String, Object>> without = new ArrayList<>();
    List<Map<String, Object>> with = new ArrayList<>();
    for (Fixes.Loss l : r.losses()) {
      Map<String, Object> x = new LinkedHashMap<>();
      Deal d = l.deal();
      x.put("opp", cell(d.oppId()));
      x.put("closed", d.closeDate().toString());
      x.put("days", l.daysSinceClose());
      x.put("competitor", d.hasCompetitor() ? cell(d.competitor()) : "\u2014");
      x.put("acv", Wording.amount(d.acv()));
      x.put("reason", reason(l.reason()));
      x.put("overdue", l.overdue() ? "**overdue**" : "");
      x.put("fixes", String.join(", ", l.fixes().stream().map(a -> a.id() + " (" + a.status().code() + ")").toList()));
      x.put("repeat", l.repeatOf().isEmpty() ? "" : "repeat of " + String.join(", ", l.repeatOf().stream().map(Action::id).toList()));
      (l.fixes().isEmpty() ? without : with).add(x);
    }
    m.put("hasWithout", !without.isEmpty());
    m.put("without", without);
    m.put("hasWith", !with.isEmpty());
    m.put("with", with);
    m.put("none", without.isEmpty() && with.isEmpty());
    List<Map<String, Object>> fixes = new ArrayList<>();
    Phrases say = Phrases.of(c.root(), Phrases.FIXES);
    for (Fixes.Fix f : r.fixes()) {
      Action a = f.action();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", a.id());
      x.put("action", cell(a.action()));
      x.put("what", String.join(", ", List.of(a.kind().isEmpty() ? "fix" : a.kind(), a.theme()).stream().filter(s -> !s.isEmpty()).toList())
          + (a.competitor().isBlank() ? "" : ", against " + a.competitor()));
      String owner = ProgramMetrics.owner(c, a);
      x.put("owner", owner.isBlank() ? "no owner" : owner);
      x.put("status", a.shipped() ? "shipped " + a.doneOn() : a.status().code() + (a.due() == null ? "" : ", due " + a.due()));
      x.put("answers", f.answers().isEmpty() ? "no loss named" : String.join(", ", f.answers()));
      Map<String, Object> said = new LinkedHashMap<>();
      said.put("shipped", String.valueOf(a.doneOn()));
      said.put("quarter", String.valueOf(r.quarter()));
      x.put("repeats", a.status() == Action.Status.DROPPED ? say.say("noRepeatDropped", said)
          : !a.shipped() ? say.say("noRepeatNotShipped", said)
          : f.repeats().isEmpty() ? say.say(r.quarter() == null ? "noRepeatSince" : "noRepeatIn", said)
          : f.repeatLine(say));
      fixes.add(x);
    }
    m.put("hasFixes", !fixes.isEmpty());
    m.put("fixes", fixes);
    return Templates.forCorpus(c.root()).render(TEMPLATE, m);
  }

  public static String json(Corpus c, Fixes.Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quarter", r.quarter() == null ? null : r.quarter().toString());
    m.put("as_of", r.asOf().toString());
    m.put("fix_within_days", r.fixWithinDays());
    List<Object> losses = new ArrayList<>();
    for (Fixes.Loss l : r.losses()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("opp", l.deal().oppId());
      x.put("close_date", l.deal().closeDate().toString());
      x.put("competitor", l.deal().hasCompetitor() ? l.deal().competitor().trim() : null);
      x.put("acv", l.deal().acv());
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("code", l.reason().code().isEmpty() ? null : l.reason().code());
      reason.put("text", l.reason().text().isEmpty() ? null : l.reason().text());
      reason.put("source", l.reason().source().code());
      x.put("reason", reason);
      x.put("fixes", l.fixes().stream().map(Action::id).toList());
      x.put("repeat_of", l.repeatOf().stream().map(Action::id).toList());
      x.put("days_since_close", l.daysSinceClose());
      x.put("overdue", l.overdue());
      losses.add(x);
    }
    m.put("losses", losses);
    m.put("without_fix", r.withoutFix().stream().map(l -> l.deal().oppId()).toList());
    m.put("overdue", r.overdue().stream().map(l -> l.deal().oppId()).toList());
    List<Object> fixes = new ArrayList<>();
    for (Fixes.Fix f : r.fixes()) {
      Action a = f.action();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", a.id());
      x.put("theme", a.theme());
      x.put("kind", a.kind().isEmpty() ? null : a.kind());
      x.put("competitor", a.competitor().isBlank() ? null : a.competitor());
      x.put("owner", ProgramMetrics.owner(c, a));
      x.put("status", a.status().code());
      x.put("done_on", a.doneOn() == null ? null : a.doneOn().toString());
      x.put("opps", f.answers());
      x.put("repeat_losses", f.repeats().stream().map(Deal::oppId).toList());
      fixes.add(x);
    }
    m.put("fixes", fixes);
    return Json.write(m);
  }

  public static String csv(Fixes.Report r) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(CSV_COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (Fixes.Loss l : r.losses()) {
        Deal d = l.deal();
        p.printRecord(d.oppId(), d.closeDate(), SpreadsheetSafe.text(d.hasCompetitor() ? d.competitor().trim() : ""),
            d.acv().stripTrailingZeros().toPlainString(), l.reason().code(), SpreadsheetSafe.text(l.reason().text()),
            l.reason().source().code(), String.join(";", l.fixes().stream().map(Action::id).toList()),
            String.join(";", l.repeatOf().stream().map(Action::id).toList()), l.daysSinceClose(), l.overdue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return w.toString();
  }

  private static String reason(Fixes.Reason r) {
    return switch (r.source()) {
      case NONE -> "not recorded";
      case BUYER -> cell(r.text()) + " (buyer)";
      case CRM -> cell(r.text()) + (r.code().isEmpty() ? " (CRM, maps to no loss reason)" : " (CRM)");
    };
  }

  private static String cell(String s) {
    return Wording.inline(s).replace("|", "\\|");
  }
}
