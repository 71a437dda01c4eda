package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.Diagnostics;
import winloss.core.evidence.Citation;
import winloss.core.evidence.Citations;
import winloss.core.evidence.CodeTally;
import winloss.core.evidence.CodedField;
import winloss.core.evidence.Slices;
import winloss.core.evidence.Tally;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;
import winloss.core.model.Codes;
import winloss.core.model.Consent;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;
import winloss.core.model.Quote;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * Property: on random corpora, every count the readout, the monthly themes, the teardown, alerts,
 * plays, KPIs, the digest and the prompt pack print (JSON and text) equals the count recomputed here
 * from the one core ({@link Tally}, {@link Slices}, {@link Citations}, {@link CodeTally}, {@link
 * Themes}) on the raw corpus.
 */
class CountsPropertyTest {
  static final Path FIXTURE = ThemeFinderTest.FIXTURE;
  static final List<String> CODES = List.of("integration-depth", "time-to-value", "price", "sales-process", "security-review", "migration-effort");
  static final List<String> SEGMENTS = List.of("enterprise", "Enterprise", "mid-market", "smb", "SMB ", "");
  static final List<String> COMPETITORS = List.of("Lumen", "lumen", "Quarry", "Helix", "", "none");
  static final List<String> PERSONAS = List.of("champion", "economic-buyer", "technical-evaluator", "");
  static final List<List<String>> PLAYS = List.of(List.of(), List.of("bc-lumen"), List.of("seq-cfo"), List.of("bc-lumen", "seq-cfo"));

  @TempDir Path root;

  static List<String> some(Random r, int max) {
    List<String> out = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      String c = CODES.get(r.nextInt(CODES.size()));
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  Corpus random(long seed) {
    Corpus base = CorpusReader.read(FIXTURE);
    Random r = new Random(seed);
    List<Deal> deals = new ArrayList<>();
    List<Interview> ivs = new ArrayList<>();
    int n = 8 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      String id = "R-" + i;
      Outcome o = Outcome.values()[r.nextInt(3)];
      LocalDate close = LocalDate.of(2026, 4, 1).plusDays(r.nextInt(91));
      deals.add(new Deal(id, "Account " + i, o, close, BigDecimal.valueOf(10000L * (1 + r.nextInt(20))), SEGMENTS.get(r.nextInt(SEGMENTS.size())),
          "software", COMPETITORS.get(r.nextInt(COMPETITORS.size())), "Tom Reyes", "", null, "", "", "", PLAYS.get(r.nextInt(PLAYS.size())), i + 2));
      if (r.nextInt(4) > 0) {
        List<String> decisive = some(r, 2);
        List<Quote> quotes = new ArrayList<>();
        int line = 30;
        for (String c : decisive) {
          quotes.add(new Quote(id, line++, "Words about " + c + " in " + id + ".", List.of(c), 1));
        }
        Codes codes = new Codes(decisive, "", "", "", "", null, some(r, 2), some(r, 2), List.of(), "", List.of());
        InterviewStatus st = r.nextInt(5) == 0 ? InterviewStatus.BOOKED : InterviewStatus.COMPLETED;
        ivs.add(new Interview(Path.of("win-loss/interviews/" + id + ".md"), id, o, st, close, close, close.plusDays(3), "Priya Shah", "",
            PERSONAS.get(r.nextInt(PERSONAS.size())), new Consent(r.nextBoolean(), false), codes, List.of(), quotes, Map.of()));
      }
    }
    return new Corpus(root, base.brief(), base.codebook(), base.framework(), deals, ivs, List.of(), new Diagnostics());
  }

  static List<String> strings(YNode seq) {
    return seq.items().stream().map(YNode::text).toList();
  }

  static int num(YNode n) {
    return Integer.parseInt(n.text());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void everyPrintedCountEqualsTheCore(long seed) throws Exception {
    Corpus c = random(seed);
    Quarter q = new Quarter(2026, 2);
    List<Deal> inQ = c.deals().stream().filter(d -> c.fiscal().quarterOf(d.closeDate()).equals(q)).toList();
    Synthesis.Document doc = Synthesis.readout(c, "2026-Q2", null);
    YNode json = YamlReader.parse(doc.json(), 1);
    Tally all = Tally.of("q", inQ);
    assertThat(num(json.get("deals").get("won"))).isEqualTo(all.won());
    assertThat(num(json.get("deals").get("lost"))).isEqualTo(all.lost());
    assertThat(num(json.get("deals").get("no_decision"))).isEqualTo(all.noDecision());
    Slices seg = Slices.bySegment(inQ);
    assertThat(json.get("by_segment").items()).hasSize(seg.tallies().size());
    for (YNode s : json.get("by_segment").items()) {
      Tally t = seg.get(s.get("key").text());
      assertThat(num(s.get("won"))).isEqualTo(t.won());
      assertThat(num(s.get("lost"))).isEqualTo(t.lost());
      assertThat(num(s.get("no_decision"))).isEqualTo(t.noDecision());
    }
    Slices comp = Slices.byCompetitor(inQ);
    for (YNode s : json.get("by_competitor").items()) {
      assertThat(num(s.get("won")) + num(s.get("lost")) + num(s.get("no_decision"))).isEqualTo(comp.get(s.get("key").text()).total());
    }
    Themes core = Themes.ofQuarter(c, q);
    int min = core.rule().min();
    for (YNode t : json.get("themes").items()) {
      ThemeEvidence e = core.get(t.get("code").text()).orElseThrow();
      assertThat(e.pattern()).isTrue();
      assertThat(strings(t.get("interviews"))).isEqualTo(e.interviews()).hasSizeGreaterThanOrEqualTo(min);
      assertThat(strings(t.get("for"))).isEqualTo(e.forIds());
      assertThat(strings(t.get("against"))).isEqualTo(e.againstIds());
      assertThat(t.get("stance").text()).isEqualTo(e.stance().word());
      assertThat(doc.file().content()).contains("for us " + e.forIds().size() + (e.forIds().isEmpty() ? "" : " (" + String.join(", ", e.forIds()) + ")")
          + "; against us " + e.againstIds().size());
    }
    YNode summary = json.get("summary");
    assertThat(summary.get("opportunity").isNull() ? null : summary.get("opportunity").text())
        .isEqualTo(core.opportunity().map(ThemeEvidence::code).orElse(null));
    assertThat(summary.get("risk").isNull() ? null : summary.get("risk").text()).isEqualTo(core.risk().map(ThemeEvidence::code).orElse(null));
    if (!summary.get("contradiction").isNull()) {
      assertThat(strings(summary.get("contradiction").get("against"))).hasSizeGreaterThanOrEqualTo(min);
    }
    for (YNode w : json.get("why_won").items()) {
      long wins = c.interviews().stream().filter(Interview::isCompleted)
          .filter(iv -> inQ.stream().anyMatch(d -> d.oppId().equals(iv.opp()) && d.outcome() == Outcome.WON))
          .filter(iv -> iv.codes().decisive().contains(w.get("code").text())).count();
      assertThat((long) num(w.get("count"))).isEqualTo(wins);
    }
    // the monthly themes of every month of the quarter agree with the core too
    for (String month : List.of("2026-04", "2026-05", "2026-06")) {
      Synthesis.Document m;
      try {
        m = Synthesis.themes(c, month);
      } catch (winloss.core.diag.WinlossException e) {
        continue; // no deal or no interview that month
      }
      java.time.YearMonth ym = java.time.YearMonth.parse(month);
      List<Interview> monthIvs = c.interviews().stream().filter(iv -> c.deal(iv.opp())
          .map(d -> java.time.YearMonth.from(d.closeDate()).equals(ym)).orElse(false)).toList();
      Themes mc = Themes.of(c, monthIvs, Map.of());
      YNode mj = YamlReader.parse(m.json(), 1);
      assertThat(mj.get("themes").items()).hasSize(mc.patterns().size());
      for (YNode t : mj.get("themes").items()) {
        ThemeEvidence e = mc.get(t.get("code").text()).orElseThrow();
        assertThat(strings(t.get("for"))).isEqualTo(e.forIds());
        assertThat(strings(t.get("against"))).isEqualTo(e.againstIds());
      }
    }
  }

  /** The completed interviews of these deals, with each deal's outcome: the core's citations of them. */
  static Citations citations(Corpus c, List<Deal> deals) {
    List<String> ids = deals.stream().map(Deal::oppId).toList();
    List<Interview> ivs = c.interviews().stream().filter(iv -> ids.contains(iv.opp())).toList();
    return Citations.of(ivs, c.codebook(), iv -> c.deal(iv.opp()).map(Deal::outcome).orElse(iv.outcome()));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void everyOtherCommandsCountEqualsTheCore(long seed) {
    Corpus c = random(seed);
    Quarter q = new Quarter(2026, 2);
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    List<Deal> inQ = c.deals().stream().filter(d -> c.fiscal().quarterOf(d.closeDate()).equals(q)).toList();
    int min = c.brief().program().minThemeInterviews();

    // teardown: the tally, both sides by stance, the advantages, the headline
    for (String name : List.of("Lumen", "Quarry", "Helix")) {
      List<Deal> against = c.deals().stream().filter(d -> d.hasCompetitor() && Slices.normalize(d.competitor()).equals(Slices.normalize(name))
          && !d.closeDate().isAfter(asOf) && d.closeDate().isAfter(asOf.minusMonths(12))).toList();
      if (against.isEmpty()) {
        continue;
      }
      Teardown t = Teardown.build(c, name, 12, asOf);
      Map<String, Object> json = t.json();
      Tally tally = Tally.of(name, against);
      assertThat(json.get("deals")).isEqualTo(tally.dealsJson());
      assertThat((String) t.view().get("headline")).contains("(" + tally.won() + " won, " + tally.lost() + " lost");
      Citations cs = citations(c, against);
      for (Map<String, Object> e : list(json.get("for_us"))) {
        String code = (String) e.get("code");
        assertThat(e.get("interviews")).isEqualTo(cs.of(code).stream().filter(Citation::isFor).map(Citation::opp).toList());
        assertThat(e.get("of")).isEqualTo(cs.interviews());
      }
      assertThat(list(json.get("for_us")).stream().map(e -> e.get("code")).toList())
          .isEqualTo(CodeTally.of(cs, Citation::isFor).stream().map(CodeTally::code).toList());
      for (Map<String, Object> e : list(json.get("against_us"))) {
        String code = (String) e.get("code");
        assertThat(e.get("interviews")).isEqualTo(cs.of(code).stream().filter(x -> !x.isFor() && x.field() != CodedField.OBJECTION)
            .map(Citation::opp).toList());
      }
      for (String code : (List<String>) json.get("our_advantages")) {
        assertThat(cs.ids(code, winloss.core.evidence.Stance.FOR)).hasSizeGreaterThanOrEqualTo(min);
        assertThat(cs.ids(code, winloss.core.evidence.Stance.AGAINST)).isEmpty();
      }
      for (String code : (List<String>) json.get("their_advantages")) {
        assertThat(cs.ids(code, winloss.core.evidence.Stance.FOR)).isEmpty();
      }
    }

    // alerts: every count in a message is the core's
    List<Deal> qToDate = inQ.stream().filter(d -> !d.closeDate().isAfter(asOf)).toList();
    winloss.core.health.Alerts.Report alerts = winloss.core.health.Alerts.evaluate(c, asOf);
    List<Interview> known = Themes.inQuarter(c, q).stream().filter(i -> i.interviewed() == null || !i.interviewed().isAfter(asOf)).toList();
    Themes knownThemes = Themes.of(c, known, Map.of());
    for (winloss.core.health.Alerts.Alert a : alerts.alerts()) {
      switch (a.rule()) {
        case "win-rate" -> assertThat(a.message()).contains("is " + Tally.of("q", qToDate).wilson().describe() + ",");
        case "segment-win-rate" -> {
          String key = a.message().replaceFirst("^win rate in segment (.+?) is .*$", "$1");
          assertThat(a.message()).contains(" is " + Slices.of(qToDate, Deal::segment).get(key).wilson().describe() + " in ");
        }
        case "competitor-share" -> {
          List<Deal> lost = qToDate.stream().filter(d -> d.outcome() == Outcome.LOST).toList();
          String key = a.message().replaceFirst("^(.+?) won \\d+ of .*$", "$1");
          assertThat(a.message()).startsWith(key + " won " + Slices.byCompetitor(lost).get(key).lost() + " of " + lost.size() + " losses");
        }
        case "right-to-win", "theme-without-owner" -> {
          String code = a.message().replaceFirst("^(?:right-to-win factor|theme) (\\S+) .*$", "$1");
          ThemeEvidence e = knownThemes.get(code).orElseThrow();
          if (a.rule().equals("right-to-win")) {
            assertThat(a.evidence()).isEqualTo(e.againstIds()).hasSizeGreaterThanOrEqualTo(min);
            assertThat(a.message()).contains("against us in " + e.againstIds().size() + " of " + knownThemes.citations().interviews());
          } else {
            assertThat(a.message()).contains("is in " + e.count() + " interviews");
            assertThat(a.evidence()).isEqualTo(e.interviews());
          }
        }
        default -> { }
      }
    }

    // plays: each play's won and n are the core's tally of the deals that ran it
    winloss.core.health.Plays.Report plays = winloss.core.health.Plays.compute(c.deals(), asOf, 1, false);
    for (Map<String, Object> row : list(winloss.core.health.Plays.json(plays).get("plays"))) {
      String play = (String) row.get("play");
      Tally t = Tally.of(play, c.deals().stream().filter(d -> d.plays().contains(play) && !d.closeDate().isAfter(asOf)).toList());
      assertThat(((Number) row.get("won")).intValue()).as(play).isEqualTo(t.won());
      assertThat(((Number) row.get("n")).intValue()).as(play).isEqualTo(t.decided());
      assertThat(((Number) row.get("no_decision")).intValue()).as(play).isEqualTo(t.noDecision());
    }

    // KPIs: the quarter's completed interviews are the N the core counts over
    Map<String, Object> kpis = winloss.core.health.Kpis.json(winloss.core.health.Kpis.compute(c, q, null));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> funnel = (Map<String, Map<String, Object>>) kpis.get("funnel");
    assertThat(((Number) funnel.get("all").get("completed")).intValue()).isEqualTo(citations(c, inQ).interviews());

    // digest: each week's codes, "X of N" and both sides, are the core's citations of the week's completed interviews
    for (String week : List.of("2026-W16", "2026-W20", "2026-W24", "2026-W27")) {
      Map<String, Object> d = winloss.core.health.Digest.model(c, week);
      LocalDate mon = winloss.core.health.Digest.monday(week);
      List<Interview> done = c.interviews().stream().filter(iv -> iv.isCompleted() && iv.interviewed() != null
          && !iv.interviewed().isBefore(mon) && !iv.interviewed().isAfter(mon.plusDays(6))).toList();
      Citations cs = Citations.of(done, c.codebook(), iv -> c.deal(iv.opp()).map(Deal::outcome).orElse(iv.outcome()));
      assertThat(list(d.get("codes"))).hasSize(cs.codes().size());
      for (Map<String, Object> e : list(d.get("codes"))) {
        String code = (String) e.get("code");
        assertThat(e.get("count")).isEqualTo(cs.count(code));
        assertThat(e.get("of")).isEqualTo(cs.interviews());
        assertThat(e.get("for")).isEqualTo(String.join(", ", cs.ids(code, winloss.core.evidence.Stance.FOR)));
        assertThat(e.get("against")).isEqualTo(String.join(", ", cs.ids(code, winloss.core.evidence.Stance.AGAINST)));
      }
    }

    // the prompt pack: the readout prompt's win rate and every code line, the teardown prompt's tally
    String prompt = winloss.core.prompt.PromptPack.render(c, new winloss.core.prompt.PromptPack.Request("readout", null, q, null)).text();
    Tally all = Tally.of("q", inQ);
    assertThat(prompt).contains("- 2026-Q2 win rate: " + (all.decided() == 0 ? "no won or lost deals" : all.wilson().describe() + " won")
        + "; " + all.noDecision() + " no-decision");
    Citations qcs = citations(c, inQ);
    for (String code : qcs.codes()) {
      List<String> f = qcs.ids(code, winloss.core.evidence.Stance.FOR);
      List<String> ag = qcs.ids(code, winloss.core.evidence.Stance.AGAINST);
      assertThat(prompt).contains("  - " + code + ": ").contains(", " + qcs.count(code) + " of " + qcs.interviews() + "; for us: "
          + (f.isEmpty() ? "none" : String.join(", ", f)) + "; against us: " + (ag.isEmpty() ? "none" : String.join(", ", ag)));
    }
    for (String name : List.of("Lumen", "Quarry", "Helix")) {
      List<Deal> against = c.deals().stream().filter(d -> d.hasCompetitor() && Slices.normalize(d.competitor()).equals(Slices.normalize(name))
          && c.fiscal().quarterOf(d.closeDate()).compareTo(q.previous().previous().previous()) >= 0
          && c.fiscal().quarterOf(d.closeDate()).compareTo(q) <= 0).toList();
      if (against.isEmpty()) {
        continue;
      }
      winloss.core.prompt.PromptPack.Rendered r = winloss.core.prompt.PromptPack.render(c, new winloss.core.prompt.PromptPack.Request("teardown", null, q, name));
      Tally t = Tally.of(name, against);
      assertThat(r.facts().denominators()).startsWith((long) t.decided(), (long) against.size());
    }
  }
}
