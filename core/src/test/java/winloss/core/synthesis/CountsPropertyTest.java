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
 * Property: on random corpora, every count the readout and the monthly themes print (JSON and
 * markdown) equals the count from the one core ({@link Tally}, {@link Slices}, {@link Themes}).
 */
class CountsPropertyTest {
  static final Path FIXTURE = ThemeFinderTest.FIXTURE;
  static final List<String> CODES = List.of("integration-depth", "time-to-value", "price", "sales-process", "security-review", "migration-effort");
  static final List<String> SEGMENTS = List.of("enterprise", "Enterprise", "mid-market", "smb", "SMB ", "");
  static final List<String> COMPETITORS = List.of("Lumen", "lumen", "Quarry", "Helix", "", "none");
  static final List<String> PERSONAS = List.of("champion", "economic-buyer", "technical-evaluator", "");

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
          "software", COMPETITORS.get(r.nextInt(COMPETITORS.size())), "Tom Reyes", "", null, "", "", "", List.of(), i + 2));
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
}
