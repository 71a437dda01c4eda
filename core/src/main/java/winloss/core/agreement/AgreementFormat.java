package winloss.core.agreement;

import winloss.core.output.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import winloss.core.agreement.Agreement.Disagreement;
import winloss.core.agreement.Agreement.Field;
import winloss.core.agreement.Agreement.FieldResult;
import winloss.core.agreement.Agreement.QuoteLine;
import winloss.core.agreement.Agreement.Result;
import winloss.core.agreement.Agreement.Row;
import winloss.core.json.Json;
import winloss.core.output.Templates;
import winloss.core.stats.Reliability;
import winloss.core.stats.Reliability.Band;
import winloss.core.stats.Reliability.Figures;

/**
 * {@code winloss agreement} as markdown (template {@code agreement.md.mustache}), JSON or CSV
 * (one row per figure). Figures are rounded to three decimals, so outputs diff cleanly.
 */
public final class AgreementFormat {
  public static final String TEMPLATE = "agreement.md.mustache";
  public static final List<String> CSV_COLUMNS =
      List.of("field", "code", "label", "interviews", "units", "agreed", "percent", "kappa", "alpha", "reading");
  /** The field {@code --min-alpha} gates on. */
  public static final Field GATED = Field.DECISIVE;

  private AgreementFormat() {}

  /** The gate: true when {@code decisive}'s alpha is defined and at least {@code minAlpha}. */
  public static boolean passes(Result r, double minAlpha) {
    Double alpha = r.field(GATED).overall().alpha();
    return alpha != null && round(alpha) >= minAlpha;
  }

  /** "reliable", "tentative", "unreliable", "undefined" or "not meaningful (N interviews)". */
  public static String reading(Double alpha, int interviews) {
    if (interviews < Reliability.MIN_MEANINGFUL_UNITS) {
      return "not meaningful (" + interviews + (interviews == 1 ? " interview)" : " interviews)");
    }
    return Band.of(alpha).code();
  }

  public static String markdown(Result r, Path root, Double minAlpha) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", r.a().rev());
    m.put("aCommit", r.a().commit());
    m.put("b", r.b().rev());
    m.put("bCommit", r.b().commit());
    m.put("count", r.interviews().size());
    m.put("interviews", String.join(", ", r.interviews()));
    m.put("hasInterviews", !r.interviews().isEmpty());
    m.put("hasOnly", !r.onlyA().isEmpty() || !r.onlyB().isEmpty());
    m.put("onlyA", r.onlyA().isEmpty() ? "none" : String.join(", ", r.onlyA()));
    m.put("onlyB", r.onlyB().isEmpty() ? "none" : String.join(", ", r.onlyB()));
    FieldResult gated = r.field(GATED);
    Double alpha = gated.overall().alpha();
    Band band = Band.of(alpha);
    m.put("gatedField", GATED.key());
    m.put("gatedAlpha", num(alpha));
    m.put("reliable", band == Band.RELIABLE);
    m.put("tentative", band == Band.TENTATIVE);
    m.put("unreliable", band == Band.UNRELIABLE);
    m.put("undefined", band == Band.UNDEFINED);
    m.put("meaningful", r.interviews().size() >= Reliability.MIN_MEANINGFUL_UNITS);
    m.put("minUnits", Reliability.MIN_MEANINGFUL_UNITS);
    List<Map<String, Object>> singles = new ArrayList<>();
    List<Map<String, Object>> multis = new ArrayList<>();
    for (FieldResult f : r.fields()) {
      if (!f.field().multi()) {
        singles.add(row(f.field().key(), "", f.overall(), f.interviews()));
        continue;
      }
      multis.add(row(f.field().key(), "**overall**", f.overall(), f.interviews()));
      for (Row c : f.codes()) {
        multis.add(row(f.field().key(), c.code() + " (" + cell(c.label()) + ")", c.figures(), f.interviews()));
      }
    }
    m.put("singles", singles);
    m.put("multis", multis);
    m.put("hasMultis", multis.stream().anyMatch(x -> !"**overall**".equals(x.get("code"))));
    m.put("pooled", row("all", "", r.allCodes(), r.interviews().size()));
    m.put("quoteSame", r.quoteTags().same());
    m.put("quoteOf", r.quoteTags().of());
    m.put("quotePct", r.quoteTags().of() == 0 ? "\u2014" : pct((double) r.quoteTags().same() / r.quoteTags().of()));
    List<Map<String, Object>> work = new ArrayList<>();
    int n = 0;
    for (Disagreement d : r.worklist()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("n", ++n);
      x.put("interview", d.interview());
      x.put("field", d.field());
      boolean tags = d.field().equals("quote tags");
      x.put("aValue", values(d.a(), tags));
      x.put("bValue", values(d.b(), tags));
      x.put("differing", String.join(", ", d.differing()));
      x.put("hasDiffering", !d.differing().isEmpty());
      List<Map<String, Object>> qs = new ArrayList<>();
      for (QuoteLine q : d.quotes()) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("coder", q.coder());
        y.put("citation", q.citation());
        y.put("text", q.text().replace("\n", " "));
        y.put("tags", q.tags().isEmpty() ? "" : " #" + String.join(" #", q.tags()));
        y.put("redacted", q.redacted());
        qs.add(y);
      }
      x.put("quotes", qs);
      work.add(x);
    }
    m.put("worklist", work);
    m.put("disagreements", work.size());
    m.put("hasWorklist", !work.isEmpty());
    m.put("hasGate", minAlpha != null);
    m.put("minAlpha", minAlpha == null ? "" : num(minAlpha));
    m.put("passed", minAlpha != null && passes(r, minAlpha));
    return Templates.forCorpus(root).render(TEMPLATE, m);
  }

  public static String json(Result r, Double minAlpha) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", revision(r.a()));
    m.put("b", revision(r.b()));
    m.put("interviews", r.interviews());
    m.put("only_in_a", r.onlyA());
    m.put("only_in_b", r.onlyB());
    List<Object> fields = new ArrayList<>();
    for (FieldResult f : r.fields()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("field", f.field().key());
      x.put("kind", f.field().multi() ? "multi" : "single");
      x.put("interviews", f.interviews());
      x.putAll(figures(f.overall(), f.interviews()));
      if (f.field().multi()) {
        List<Object> codes = new ArrayList<>();
        for (Row c : f.codes()) {
          Map<String, Object> y = new LinkedHashMap<>();
          y.put("code", c.code());
          y.put("label", c.label());
          y.putAll(figures(c.figures(), f.interviews()));
          codes.add(y);
        }
        x.put("codes", codes);
      }
      fields.add(x);
    }
    m.put("fields", fields);
    m.put("all_codes", figures(r.allCodes(), r.interviews().size()));
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("same", r.quoteTags().same());
    q.put("of", r.quoteTags().of());
    q.put("share", r.quoteTags().of() == 0 ? null : round((double) r.quoteTags().same() / r.quoteTags().of()));
    m.put("quote_tags", q);
    Map<String, Object> gate = new LinkedHashMap<>();
    gate.put("field", GATED.key());
    gate.put("alpha", rounded(r.field(GATED).overall().alpha()));
    gate.put("reading", reading(r.field(GATED).overall().alpha(), r.interviews().size()));
    gate.put("interviews", r.interviews().size());
    gate.put("min_alpha", minAlpha);
    gate.put("passed", minAlpha == null ? null : passes(r, minAlpha));
    m.put("interpretation", gate);
    List<Object> work = new ArrayList<>();
    for (Disagreement d : r.worklist()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("interview", d.interview());
      x.put("field", d.field());
      x.put("a", d.a());
      x.put("b", d.b());
      x.put("differing", d.differing());
      List<Object> qs = new ArrayList<>();
      for (QuoteLine ql : d.quotes()) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("coder", ql.coder());
        y.put("citation", ql.citation());
        y.put("text", ql.text());
        y.put("tags", ql.tags());
        y.put("redacted", ql.redacted());
        qs.add(y);
      }
      x.put("quotes", qs);
      work.add(x);
    }
    m.put("worklist", work);
    return Json.write(m);
  }

  /**
   * One row per figure: each single-valued field, each multi-valued field (overall, then per
   * code), all codes pooled, quote tags. Written by the one CSV writer ({@link CsvWriter}: text
   * cells neutralised against formula injection; the figures, which may be negative, verbatim).
   */
  public static String csv(Result r) {
    List<List<Object>> rows = new ArrayList<>();
    for (FieldResult f : r.fields()) {
      rows.add(csvRow(f.field().key(), "", "", f.interviews(), f.overall()));
      for (Row c : f.codes()) {
        rows.add(csvRow(f.field().key(), c.code(), c.label(), f.interviews(), c.figures()));
      }
    }
    rows.add(csvRow("all multi-valued", "", "", r.interviews().size(), r.allCodes()));
    int of = r.quoteTags().of();
    rows.add(List.of("quote tags", "", "", r.interviews().size(), of, r.quoteTags().same(),
        of == 0 ? "" : num(round((double) r.quoteTags().same() / of)), "", "", ""));
    return CsvWriter.write(CSV_COLUMNS, rows, java.util.Set.of("percent", "kappa", "alpha"));
  }

  private static List<Object> csvRow(String field, String code, String label, int interviews, Figures f) {
    return List.of(field, code, label, interviews, f.units(), f.agreed(), csvNum(f.percent()), csvNum(f.kappa()),
        csvNum(f.alpha()), reading(f.alpha(), interviews));
  }

  private static Map<String, Object> revision(RevisionReader.Snapshot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rev", s.rev());
    m.put("commit", s.commit());
    return m;
  }

  private static Map<String, Object> figures(Figures f, int interviews) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("units", f.units());
    m.put("agreed", f.agreed());
    m.put("percent", rounded(f.percent()));
    m.put("kappa", rounded(f.kappa()));
    m.put("alpha", rounded(f.alpha()));
    m.put("reading", reading(f.alpha(), interviews));
    return m;
  }

  private static Map<String, Object> row(String field, String code, Figures f, int interviews) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", field);
    m.put("code", code);
    m.put("interviews", interviews);
    m.put("agreement", f.percent() == null ? "\u2014" : pct(f.percent()) + " (" + f.agreed() + " of " + f.units() + ")");
    m.put("kappa", num(f.kappa()));
    m.put("alpha", num(f.alpha()));
    m.put("reading", reading(f.alpha(), interviews));
    return m;
  }

  private static String values(List<String> v, boolean tags) {
    if (v.isEmpty()) {
      return tags ? "not tagged" : "none";
    }
    return tags ? "#" + String.join(" #", v) : String.join(", ", v);
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static Double rounded(Double x) {
    return x == null ? null : round(x);
  }

  private static String num(Double x) {
    return x == null ? "\u2014" : String.format(Locale.ROOT, "%.3f", round(x));
  }

  private static String csvNum(Double x) {
    return x == null ? "" : String.format(Locale.ROOT, "%.3f", round(x));
  }

  private static String pct(double r) {
    return Math.round(r * 100) + "%";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
