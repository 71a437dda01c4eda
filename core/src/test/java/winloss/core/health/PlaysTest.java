package winloss.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;

class PlaysTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
  int next;

  Deal deal(Outcome o, String close, String segment, String... plays) {
    return new Deal("D-" + next++, "A", o, LocalDate.parse(close), BigDecimal.TEN, segment, "", "", "ae", "", null, "", "", "", List.of(plays), 1);
  }

  List<Deal> deals() {
    List<Deal> d = new ArrayList<>();
    // seq-cfo: 60-90 days before (2026-04-01..2026-05-01): 4 of 4 won; last 30 days: 1 won, 2 lost
    for (int i = 0; i < 4; i++) {
      d.add(deal(Outcome.WON, "2026-04-1" + i, "smb", "seq-cfo"));
    }
    d.add(deal(Outcome.WON, "2026-06-20", "enterprise", "seq-cfo", "bc-lumen"));
    d.add(deal(Outcome.LOST, "2026-06-21", "enterprise", "seq-cfo"));
    d.add(deal(Outcome.LOST, "2026-06-22", "smb", "seq-cfo"));
    // bc-lumen: 2 won, 1 lost, 1 no-decision, none 60-90 days before
    d.add(deal(Outcome.WON, "2026-05-15", "smb", "bc-lumen"));
    d.add(deal(Outcome.LOST, "2026-05-16", "smb", "bc-lumen"));
    d.add(deal(Outcome.NO_DECISION, "2026-05-17", "smb", "bc-lumen"));
    d.add(deal(Outcome.WON, "2026-06-01", "smb"));
    return d;
  }

  @Test
  void winRatePerPlayWithIntervalSampleAndDecline() {
    Plays.Report r = Plays.compute(deals(), AS_OF, 5, false);
    assertThat(r.rows()).extracting(Plays.Row::play).containsExactly("seq-cfo", "bc-lumen");
    Plays.Row cfo = r.rows().get(0);
    assertThat(cfo.rate().successes()).isEqualTo(5);
    assertThat(cfo.rate().n()).isEqualTo(7);
    assertThat(cfo.rate().low()).isBetween(0.35, 0.37);
    assertThat(cfo.small()).isFalse();
    assertThat(won(cfo.recent())).isEqualTo(won(new winloss.core.evidence.Tally("x", 1, 2, 0)));
    assertThat(won(cfo.before())).isEqualTo(won(new winloss.core.evidence.Tally("x", 4, 0, 0)));
    assertThat(cfo.declining()).as("1 of 3 against 4 of 4: both windows are small samples, no flag").isFalse();
    Plays.Row lumen = r.rows().get(1);
    assertThat(lumen.rate().describe()).isEqualTo("2 of 3 (67%, 95% CI 21-94%)");
    assertThat(lumen.noDecision()).isEqualTo(1);
    assertThat(lumen.small()).isTrue();
    assertThat(lumen.declining()).as("no deals 60-90 days before").isFalse();
    String md = Plays.markdown(r);
    assertThat(md).contains("| seq-cfo | 71% | 36-92% | 5 | 7 | 0 |  |",
        "| bc-lumen | 67% | 21-94% | 2 | 3 | 1 | small sample (under 5) |");
  }

  @Test
  void decliningOnlyBelowEightyPercentOfTheEarlierRate() {
    List<Deal> d = deals();
    d.add(deal(Outcome.WON, "2026-04-15", "smb", "seq-cfo")); // 5 of 5 before: no longer a small sample
    d.add(deal(Outcome.WON, "2026-06-25", "smb", "seq-cfo"));
    d.add(deal(Outcome.WON, "2026-06-26", "smb", "seq-cfo"));
    d.add(deal(Outcome.WON, "2026-06-27", "smb", "seq-cfo"));
    d.add(deal(Outcome.WON, "2026-06-28", "smb", "seq-cfo"));
    d.add(deal(Outcome.WON, "2026-06-29", "smb", "seq-cfo"));
    d.add(deal(Outcome.WON, "2026-06-30", "smb", "seq-cfo"));
    Plays.Row cfo = Plays.compute(d, AS_OF, 5, false).rows().get(0);
    assertThat(won(cfo.recent())).isEqualTo(won(new winloss.core.evidence.Tally("x", 7, 2, 0)));
    assertThat(cfo.declining()).as("7 of 9 = 78%, below 80% of 100%").isTrue();
    d.add(deal(Outcome.WON, "2026-06-30", "smb", "seq-cfo"));
    d.add(deal(Outcome.WON, "2026-06-30", "smb", "seq-cfo"));
    Plays.Row again = Plays.compute(d, AS_OF, 5, false).rows().get(0);
    assertThat(won(again.recent())).isEqualTo(won(new winloss.core.evidence.Tally("x", 9, 2, 0)));
    assertThat(again.declining()).as("9 of 11 = 82%").isFalse();
  }

  @Test
  void segmentBreakdownAndDefaultAsOfIsTheLatestClose() {
    Plays.Report r = Plays.compute(deals(), null, 5, true);
    assertThat(r.asOf()).isEqualTo(LocalDate.parse("2026-06-22"));
    assertThat(r.rows()).extracting(row -> row.segment() + "/" + row.play())
        .containsExactly("enterprise/bc-lumen", "enterprise/seq-cfo", "smb/seq-cfo", "smb/bc-lumen");
    assertThat(Plays.csv(r)).startsWith("segment,play,won,n,rate,low,high,").contains("\nenterprise,seq-cfo,1,2,0.5000,");
    assertThat(Plays.json(r).toString()).contains("segment=smb", "play=seq-cfo");
  }

  /** A window's won and decided, whatever its key. */
  static String won(winloss.core.evidence.Tally t) {
    return t.won() + " of " + t.decided();
  }
}
