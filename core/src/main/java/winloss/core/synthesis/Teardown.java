package winloss.core.synthesis;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Citation;
import winloss.core.evidence.Citations;
import winloss.core.evidence.CodeTally;
import winloss.core.evidence.CodedField;
import winloss.core.evidence.Slices;
import winloss.core.evidence.Tally;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.ThemeStance;
import winloss.core.evidence.Themes;
import winloss.core.model.Action;
import winloss.core.model.Code;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;
import winloss.core.output.Phrases;
import winloss.core.text.Suggestions;

/**
 * The competitor teardown: every deal against one competitor over the trailing months, with
 * when we win, when they win, the structural advantages each side holds, the trend by
 * quarter, the single most impactful action and the battlecard updates it implies.
 */
public final class Teardown {
  public static final String TEMPLATE = "teardown.md.mustache";

  private final Corpus corpus;
  private final Evidence ev;
  private final String name;
  private final int months;
  private final LocalDate from;
  private final LocalDate to;
  private final List<Deal> deals;
  private final List<Interview> wins;
  private final List<Interview> losses;
  private final List<Interview> noDecisions;
  private final Tally tally;
  private final int min;
  private final Themes themes;

  private Teardown(Corpus corpus, String name, int months, LocalDate asOf) {
    this.corpus = corpus;
    this.ev = new Evidence(corpus);
    this.name = name;
    this.months = months;
    this.to = asOf != null ? asOf : Periods.latestClose(corpus.deals()).orElse(LocalDate.of(2000, 1, 1));
    this.from = to.minusMonths(months).plusDays(1);
    this.deals = ev.deals(from, to).stream().filter(d -> d.hasCompetitor() && Slices.normalize(d.competitor()).equals(Slices.normalize(name)))
        .toList();
    if (deals.isEmpty()) {
      throw new WinlossException("no deals against " + name + " closed between " + from + " and " + to
          + "; nothing to tear down, nothing written (try a longer --months)", WinlossException.FINDINGS);
    }
    List<Interview> ivs = ev.completed(deals);
    this.wins = Evidence.withOutcome(ivs, ev, Outcome.WON);
    this.losses = Evidence.withOutcome(ivs, ev, Outcome.LOST);
    this.noDecisions = Evidence.withOutcome(ivs, ev, Outcome.NO_DECISION);
    this.tally = Tally.of(name, deals);
    this.min = Math.max(1, corpus.brief().program().minThemeInterviews());
    this.themes = Themes.of(corpus, ivs, Map.of());
  }

  /**
   * @param nameArg the competitor as the user typed it; matched case-insensitively against
   *     deals.csv, interview winners and the brief's top competitors. Unknown: exit 2 with the
   *     closest names.
   * @param asOf the end of the window, or null for the latest close date in deals.csv
   */
  public static Teardown build(Corpus corpus, String nameArg, int months, LocalDate asOf) {
    if (months < 1 || months > 120) {
      throw new WinlossException("--months " + months + " is out of range; use 1 to 120 (default 12)");
    }
    String name = canonical(corpus, nameArg);
    requireOwnFile(corpus, name);
    return new Teardown(corpus, name, months, asOf);
  }

  /** The competitor's name as deals.csv spells it. */
  static String canonical(Corpus corpus, String arg) {
    String wanted = arg == null ? "" : arg.trim();
    TreeSet<String> known = new TreeSet<>();
    corpus.deals().stream().filter(Deal::hasCompetitor).map(d -> d.competitor().trim()).forEach(known::add);
    corpus.brief().program().topCompetitors().forEach(known::add);
    corpus.interviews().stream().map(iv -> iv.codes().winner().trim())
        .filter(w -> !w.isEmpty() && !w.equalsIgnoreCase("none")).forEach(known::add);
    for (String k : known) {
      if (Slices.normalize(k).equals(Slices.normalize(wanted))) {
        return k;
      }
    }
    List<String> close = Suggestions.closest(wanted, known, 3);
    throw new WinlossException("unknown competitor '" + wanted + "'"
        + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?)")
        + (known.isEmpty() ? "; no deal in deals.csv names a competitor" : "; known competitors: " + String.join(", ", known)));
  }

  /**
   * The file name stem of a competitor's teardown: letters (any script) and digits kept,
   * lower-cased, every other run of characters one '-' ("Zoë & Co" is {@code zoë-co}, "株式会社"
   * stays). Two competitors whose names differ only in punctuation share a stem: {@link
   * #build} refuses that, naming both, so no teardown overwrites another.
   */
  public static String slug(String name) {
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
    String s = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "competitor" : s;
  }

  /** Refuses {@code name} when another competitor of the corpus would get the same file name. */
  static void requireOwnFile(Corpus corpus, String name) {
    String mine = slug(name);
    TreeSet<String> others = new TreeSet<>();
    corpus.deals().stream().filter(Deal::hasCompetitor).map(d -> d.competitor().trim()).forEach(others::add);
    corpus.brief().program().topCompetitors().forEach(others::add);
    for (String other : others) {
      if (!other.equalsIgnoreCase(name) && slug(other).equals(mine)) {
        throw new WinlossException("competitors '" + oneLine(name) + "' and '" + oneLine(other) + "' would both be written to"
            + " win-loss/teardowns/" + mine + ".md (a teardown's file name keeps only letters and digits); rename one of"
            + " them in deals.csv so their names differ in letters or digits, nothing written");
      }
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\p{Cntrl}+", " ");
  }

  /** The name as text in the document: one line, its raw HTML shown as text. */
  private String shown() {
    return winloss.core.output.Markdown.text(name);
  }

  public Path path() {
    return Path.of("win-loss", "teardowns", slug(name) + ".md");
  }

  public String name() {
    return name;
  }

  public String command() {
    return "teardown --competitor " + (name.matches("[A-Za-z0-9._-]+") ? name : "\"" + name + "\"") + " --months " + months;
  }

  private String headline() {
    return "Against " + shown() + ", " + from + " to " + to + ": win rate " + Fmt.rate(tally) + " (" + tally.won() + " won, " + tally.lost()
        + " lost, 95% CI " + Fmt.ci(tally) + "); " + Fmt.plural(tally.noDecision(), "no-decision", "no-decisions") + " beside it"
        + (tally.small() ? "; small sample (" + tally.decided() + " decided): a direction, not a finding" : "") + ".";
  }

  public String summary() {
    return headline() + "\n" + interviewsLine() + ".";
  }

  /** "17 completed interviews (6 wins, 9 losses, 2 no-decisions) of 40 deals". */
  private String interviewsLine() {
    return Fmt.plural(wins.size() + losses.size() + noDecisions.size(), "completed interview", "completed interviews")
        + " (" + Fmt.plural(wins.size(), "win", "wins") + ", " + Fmt.plural(losses.size(), "loss", "losses") + ", "
        + Fmt.plural(noDecisions.size(), "no-decision", "no-decisions") + ") of " + Fmt.plural(deals.size(), "deal", "deals");
  }

  private List<Deal> outcome(Outcome o) {
    return deals.stream().filter(d -> d.outcome() == o).toList();
  }

  private static String band(BigDecimal acv) {
    if (acv.compareTo(BigDecimal.valueOf(50000)) < 0) {
      return "under 50k";
    }
    return acv.compareTo(BigDecimal.valueOf(100000)) < 0 ? "50k-100k" : "100k and over";
  }

  /** "mid-market 3, smb 1": the deals sliced by the core ({@link Slices}), most first. */
  private static String spread(List<Deal> ds, java.util.function.Function<Deal, String> key) {
    List<Tally> ts = Slices.of(ds, key).tallies();
    return ts.isEmpty() ? "none" : String.join(", ", ts.stream().map(t -> t.key() + " " + t.total()).toList());
  }

  /**
   * Codes cited for us (stance FOR: a win's decisive factor, a loss's or no-decision's
   * {@code almost}), counted by the core over every completed interview against the competitor.
   */
  private List<CodeTally> forUs() {
    return CodeTally.of(themes.citations(), Citation::isFor);
  }

  /**
   * Codes that decided or nearly decided against us (stance AGAINST in {@code decisive} or
   * {@code almost}: a loss's decisive factor, a win's {@code almost}); objections alone are not
   * why they win, they are in the battlecard through the themes.
   */
  private List<CodeTally> againstUs() {
    return CodeTally.of(themes.citations(), c -> !c.isFor() && c.field() != CodedField.OBJECTION);
  }

  /** Codes cited against us in any field, objections included. */
  private List<String> anyAgainst() {
    return CodeTally.of(themes.citations(), c -> !c.isFor()).stream().map(CodeTally::code).toList();
  }

  /** "lost, almost: S-202, S-206; won, decisive: S-101": where the tally's citations sit. */
  private String sources(CodeTally t, boolean forUs) {
    Map<String, List<String>> by = new LinkedHashMap<>();
    for (Citation c : themes.citations().of(t.code())) {
      if (t.ids().contains(c.opp()) && c.isFor() == forUs) {
        by.computeIfAbsent(c.outcome().code() + ", " + c.field().word(), k -> new ArrayList<>()).add(c.opp());
      }
    }
    List<String> parts = new ArrayList<>();
    by.forEach((k, ids) -> parts.add(k + ": " + String.join(", ", ids)));
    return String.join("; ", parts);
  }

  private Map<String, Object> side(Outcome o, List<CodeTally> tallies, boolean forUs) {
    List<Deal> ds = outcome(o);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("deals", ds.size());
    m.put("segments", spread(ds, Slices::segment));
    m.put("sizes", spread(ds, d -> band(d.acv())));
    m.put("interviews", themes.citations().interviews());
    List<Map<String, Object>> fs = new ArrayList<>();
    for (CodeCount c : ev.view(tallies, ev.completed(deals))) {
      Map<String, Object> f = new LinkedHashMap<>();
      CodeTally t = tallies.stream().filter(x -> x.code().equals(c.code())).findFirst().orElseThrow();
      f.put("label", c.label());
      f.put("xOfN", c.count() + " of " + c.of() + " (" + sources(t, forUs) + ")");
      f.put("persona", c.persona());
      String mark = themes.rule().mark(c.count());
      f.put("signal", mark.isEmpty() ? null : mark);
      f.put("quotes", QuarterlyReadout.quoteLines(c.quotes()));
      fs.add(f);
    }
    m.put("factors", fs);
    return m;
  }

  /**
   * Structural advantages by stance: codes on one side ({@code mine}) in at least
   * {@code min_theme_interviews} interviews and never cited on the other ({@code other}), so a
   * code is never both ours and theirs, and never "lead with" and "counter" at once.
   */
  private List<CodeCount> consistent(List<CodeTally> mine, List<String> other) {
    return ev.view(mine.stream().filter(t -> t.count() >= min && !other.contains(t.code())).toList(), ev.completed(deals));
  }

  private List<CodeCount> ours() {
    return consistent(forUs(), anyAgainst());
  }

  private List<CodeCount> theirs() {
    return consistent(againstUs(), forUs().stream().map(CodeTally::code).toList());
  }

  /** One value of a single-valued coded field over {@code ivs}, counted by the core: "X of N" with ids (X may be 0). */
  private static CodeTally field(List<Interview> ivs, java.util.function.Function<Interview, String> f, String value) {
    return CodeTally.ofField(ivs, iv -> Evidence.one(f.apply(iv))).stream().filter(t -> t.code().equals(value)).findFirst()
        .orElse(new CodeTally(value, List.of(), ivs.size()));
  }

  /** The window's first day, or the corpus's first close date when the data starts later. */
  private LocalDate dataFrom() {
    LocalDate first = corpus.deals().stream().map(Deal::closeDate).min(LocalDate::compareTo).orElse(from);
    return first.isAfter(from) ? first : from;
  }

  private List<Map<String, Object>> trend() {
    FiscalCalendar cal = corpus.fiscal();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Quarter q = cal.quarterOf(dataFrom()); q.compareTo(cal.quarterOf(to)) <= 0; q = q.next()) {
      LocalDate s = cal.start(q);
      LocalDate e = cal.end(q);
      Tally t = Tally.of(q.toString(), deals.stream().filter(d -> Periods.within(d.closeDate(), s, e)).toList());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("quarter", q.toString());
      m.put("won", t.won());
      m.put("lost", t.lost());
      m.put("noDecision", t.noDecision());
      m.put("rate", Fmt.rate(t));
      m.put("ci", Fmt.ci(t));
      m.put("note", Fmt.small(t));
      m.put("value", Math.round(t.rate() * 100));
      out.add(m);
    }
    return out;
  }

  private String trendChart(List<Map<String, Object>> rows) {
    return "xychart-beta\n    title \"Win rate against " + winloss.core.output.Markdown.mermaid(name) + " by quarter (%)\"\n    x-axis ["
        + String.join(", ", rows.stream().map(r -> "\"" + r.get("quarter") + "\"").toList()) + "]\n    y-axis \"Win rate (%)\" 0 --> 100\n    bar ["
        + String.join(", ", rows.stream().map(r -> String.valueOf(r.get("value"))).toList()) + "]";
  }

  /**
   * Codes cited more in the second half of the window than the first, by at least the theme
   * minimum (intensifying), and codes cited by the minimum in the first half and not since.
   */
  private List<Map<String, Object>> shifts() {
    LocalDate start = dataFrom();
    LocalDate mid = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, to) / 2);
    List<Interview> all = ev.completed(deals);
    Citations first = Citations.of(all.stream().filter(iv -> !ev.deal(iv).closeDate().isAfter(mid)).toList(), ev.book(), ev::outcome);
    Citations second = Citations.of(all.stream().filter(iv -> ev.deal(iv).closeDate().isAfter(mid)).toList(), ev.book(), ev::outcome);
    Map<String, int[]> n = new TreeMap<>();
    for (String code : themes.citations().codes()) {
      n.put(code, new int[] {first.count(code), second.count(code)});
    }
    List<Map<String, Object>> out = new ArrayList<>();
    String halves = " (" + start + " to " + mid + ", then to " + to + ")";
    n.forEach((code, c) -> {
      String label = corpus.codebook().label(code);
      if (c[1] > c[0] && c[1] >= min) {
        out.add(Map.of("line", label + ": intensifying, " + c[0] + " then " + c[1] + " interviews" + halves));
      } else if (c[0] >= min && c[1] == 0) {
        out.add(Map.of("line", label + ": disappearing, " + c[0] + " then 0 interviews" + halves));
      }
    });
    return out;
  }

  /**
   * The single most impactful action: on the strongest weakness against this competitor (a code
   * cited against us by at least {@code min_theme_interviews} interviews). Under that, no pattern
   * yet, and it says so.
   */
  private String impactAction() {
    Optional<ThemeEvidence> risk = themes.risk();
    if (risk.isEmpty()) {
      List<CodeCount> lossFactors = ev.view(againstUs(), ev.completed(deals));
      String signal = lossFactors.isEmpty() ? "" : " The code most cited against us, " + lossFactors.get(0).label() + " (" + lossFactors.get(0).xOfN()
          + "), is a " + themes.rule().mark(lossFactors.get(0).count()) + ", not a pattern.";
      return "No weakness against " + shown() + " reaches " + min + " interviews in the period: interview the next losses to " + shown()
          + " before choosing an action." + signal;
    }
    ThemeEvidence top = risk.get();
    Optional<Recommendation> fromActions = corpus.actions().stream()
        .filter(a -> a.theme().equals(top.code()) && Recommendation.status(a, to).equals("open") && !a.quarter().isBlank()
            && Recommendation.asOfQuarter(a, corpus.fiscal().quarterOf(to)))
        .sorted(Comparator.<Action, Boolean>comparing(a -> !a.action().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
            .thenComparing(Action::id))
        .findFirst()
        .map(a -> Recommendation.of(corpus, a, to));
    if (fromActions.isEmpty()) {
      Optional<String> notHolding = corpus.actions().stream()
          .filter(a -> a.theme().equals(top.code()) && a.shipped() && !a.doneOn().isAfter(to)
              && (a.competitor().isBlank() || a.competitor().trim().equalsIgnoreCase(name.trim())))
          .sorted(Comparator.comparing(Action::doneOn).reversed())
          .map(a -> {
            List<Deal> repeats = winloss.core.fixes.Fixes.repeatLosses(corpus, a).stream()
                .filter(d -> !d.closeDate().isAfter(to) && d.competitor().trim().equalsIgnoreCase(name.trim())).toList();
            if (repeats.isEmpty()) {
              return null;
            }
            String owner = winloss.core.health.ProgramMetrics.owner(corpus, a);
            Phrases phrases = Phrases.of(corpus.root(), Phrases.FIXES);
            Map<String, Object> said = new LinkedHashMap<>();
            said.put("id", a.id());
            said.put("who", owner.isBlank() ? a.function() : owner);
            said.put("repeats", new winloss.core.fixes.Fixes.Fix(a, a.opps(), repeats).repeatLine(phrases));
            return phrases.say("notHolding", said);
          })
          .filter(java.util.Objects::nonNull)
          .findFirst();
      if (notHolding.isPresent()) {
        return top.name() + ": " + ThemeEvidenceText.sides(top) + ". " + notHolding.get();
      }
    }
    String behind = Fmt.plural(top.count(), "interview", "interviews") + " and " + Fmt.money(top.acv(), corpus.brief().program().currency()) + " of ACV";
    Recommendation r = fromActions.orElseGet(() -> Recommendation.proposed(corpus, top.code(),
        "Close the gap on " + top.label() + " against " + shown() + " (" + behind + " behind it)", Routing.function(top.briefArea()), to, 30));
    return top.name() + ": " + ThemeEvidenceText.sides(top) + ". " + r.line();
  }

  /**
   * Battlecard lines from the competitor's themes, one per code, by stance: lead with a strength,
   * counter a weakness, prepare both sides of a mixed one. Never "lead with" and "counter" the same
   * code; signals under the minimum get no line.
   */
  private List<Map<String, Object>> battlecard() {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Interview> all = ev.completed(deals);
    for (ThemeEvidence t : themes.patterns()) {
      String sides = ThemeEvidenceText.sides(t);
      String line = switch (t.stance()) {
        case STRENGTH -> "Lead with " + t.label() + ": " + sides;
        case WEAKNESS -> "Counter " + t.label() + ": " + sides + "; give AEs the proof point and the question that exposes it";
        case MIXED -> "Prepare both sides of " + t.label() + ": " + sides;
      };
      java.util.Set<String> citing = new java.util.HashSet<>(t.interviews());
      List<QuoteRef> qs = ThemeFinder.balanced(ev, t, all.stream().filter(iv -> citing.contains(iv.opp())).toList());
      out.add(Map.of("line", line, "quotes", QuarterlyReadout.quoteLines(qs.stream().limit(1).toList())));
    }
    CodeTally price = field(losses, iv -> iv.codes().priceFactor(), "decisive");
    if (themes.rule().isPattern(price.count())) {
      out.add(Map.of("line", "Price was decisive in " + price.count() + " of " + price.of() + " losses to " + shown() + " ("
          + String.join(", ", price.ids()) + "): arm AEs with the total-cost comparison before the final round", "quotes", List.of()));
    }
    return out;
  }

  private List<Map<String, Object>> dealRows() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Deal d : deals) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("opp", d.oppId());
      m.put("close", d.closeDate().toString());
      m.put("who", Fmt.cell(ev.who(d)));
      m.put("acv", Fmt.money(d.acv(), corpus.brief().program().currency()));
      m.put("interview", corpus.interview(d.oppId()).map(iv -> iv.status().code()).orElse("none"));
      out.add(m);
    }
    return out;
  }

  public Map<String, Object> view() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("company", corpus.brief().company());
    v.put("competitor", shown());
    v.put("months", months);
    v.put("from", from.toString());
    v.put("to", to.toString());
    v.put("headline", headline());
    v.put("interviewsLine", interviewsLine());
    v.put("min", min);
    v.put("win", side(Outcome.WON, forUs(), true));
    v.put("loss", side(Outcome.LOST, againstUs(), false));
    v.put("ours", ours().stream().map(c -> Map.<String, Object>of("line", c.label() + ": for us in " + c.xOfN()
        + " interviews against " + shown() + ", and against us in none")).toList());
    List<Map<String, Object>> theirs = new ArrayList<>(theirs().stream().map(c -> Map.<String, Object>of("line", c.label()
        + ": against us in " + c.xOfN() + " interviews against " + shown() + ", and for us in none")).toList());
    CodeTally structural = field(losses, iv -> iv.codes().lossType(), "structural");
    if (structural.count() > 0) {
      theirs.add(Map.of("line", "Structural losses we cannot fix by executing better: " + structural.count() + " of " + structural.of()
          + " (" + String.join(", ", structural.ids()) + ")"));
    }
    v.put("theirs", theirs);
    List<Map<String, Object>> trend = trend();
    v.put("trend", trend);
    v.put("trendChart", trendChart(trend));
    v.put("shifts", shifts());
    v.put("action", impactAction());
    List<String> repeats = winloss.core.fixes.Fixes.repeatLines(corpus, to, name);
    v.put("repeatLosses", repeats);
    v.put("hasRepeatLosses", !repeats.isEmpty());
    v.put("battlecard", battlecard());
    v.put("deals", dealRows());
    return v;
  }

  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("competitor", name);
    m.put("from", from.toString());
    m.put("to", to.toString());
    m.put("months", months);
    m.put("deals", tally.dealsJson());
    m.put("win_rate", tally.winRateJson());
    m.put("why_won", ev.count(wins, iv -> iv.codes().decisive()).stream().map(CodeCount::toJson).toList());
    m.put("why_lost", ev.count(losses, iv -> iv.codes().decisive()).stream().map(CodeCount::toJson).toList());
    m.put("for_us", ev.view(forUs(), ev.completed(deals)).stream().map(CodeCount::toJson).toList());
    m.put("against_us", ev.view(againstUs(), ev.completed(deals)).stream().map(CodeCount::toJson).toList());
    m.put("our_advantages", ours().stream().map(CodeCount::code).toList());
    m.put("their_advantages", theirs().stream().map(CodeCount::code).toList());
    m.put("by_quarter", trend().stream().map(r -> {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("quarter", r.get("quarter"));
      q.put("won", r.get("won"));
      q.put("lost", r.get("lost"));
      q.put("no_decision", r.get("noDecision"));
      return q;
    }).toList());
    return m;
  }
}
