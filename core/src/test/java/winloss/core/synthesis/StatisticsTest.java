package winloss.core.synthesis;

import winloss.core.evidence.NaturalOrder;
import winloss.core.evidence.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.stats.Wilson;

class StatisticsTest {
  @Test
  void wilsonMatchesKnownValues() {
    // 8 of 10: the textbook 95% Wilson score interval is 0.490 to 0.943
    Wilson w = Wilson.of(8, 10);
    assertThat(w.rate()).isEqualTo(0.8);
    assertThat(w.low()).isCloseTo(0.4902, within(1e-4));
    assertThat(w.high()).isCloseTo(0.9433, within(1e-4));
    Wilson fourOfNine = Wilson.of(4, 9);
    assertThat(fourOfNine.low()).isCloseTo(0.1888, within(1e-4));
    assertThat(fourOfNine.high()).isCloseTo(0.7333, within(1e-4));
    // the interval stays inside [0, 1] at the edges and is never a point at n = 5
    assertThat(Wilson.of(0, 5).low()).isEqualTo(0.0);
    assertThat(Wilson.of(0, 5).high()).isCloseTo(0.4345, within(1e-4));
    assertThat(Wilson.of(5, 5).low()).isCloseTo(0.5655, within(1e-4));
    assertThat(Wilson.of(5, 5).high()).isEqualTo(1.0);
    assertThat(Wilson.of(0, 0).rate()).isEqualTo(0.0);
  }

  @Test
  void winRateLeavesNoDecisionsOutside() {
    Tally t = Tally.of("all", deals(4, 5, 3));
    assertThat(t.decided()).isEqualTo(9);
    assertThat(t.total()).isEqualTo(12);
    assertThat(t.rate()).isCloseTo(4.0 / 9, within(1e-9));
    assertThat(t.wilson().n()).isEqualTo(9);
    assertThat(t.toJson()).containsEntry("no_decision", 3).containsEntry("won", 4).containsEntry("lost", 5);
  }

  @Test
  void fewerThanFiveDecidedDealsIsASmallSample() {
    assertThat(Tally.of("a", deals(2, 2, 9)).small()).as("4 decided, however many no-decisions").isTrue();
    assertThat(Tally.of("b", deals(3, 2, 0)).small()).as("5 decided").isFalse();
    assertThat(Fmt.small(Tally.of("a", deals(2, 2, 0)))).isEqualTo("small sample (4 decided)");
    assertThat(Fmt.small(Tally.of("b", deals(3, 2, 0)))).isEmpty();
    assertThat(Fmt.rate(Tally.of("none", deals(0, 0, 2)))).isEqualTo("\u2014");
  }

  @Test
  void changeIsInPointsAndNeedsBothSides() {
    Tally now = Tally.of("q2", deals(4, 5, 1));
    Tally before = Tally.of("q1", deals(3, 3, 1));
    assertThat(Fmt.change(now, before)).isEqualTo("-6 pts");
    assertThat(Fmt.change(before, now)).isEqualTo("+6 pts");
    assertThat(Fmt.change(now, Tally.of("empty", List.of()))).isEqualTo("\u2014");
  }

  @Test
  void deadlinesCountFromTheReadoutDate() {
    LocalDate d = LocalDate.of(2026, 7, 21);
    assertThat(Fmt.deadline(d, d.plusDays(25), "open")).isEqualTo("30-day");
    assertThat(Fmt.deadline(d, d.plusDays(31), "open")).isEqualTo("60-day");
    assertThat(Fmt.deadline(d, d.plusDays(90), "open")).isEqualTo("90-day");
    assertThat(Fmt.deadline(d, d.plusDays(91), "open")).isEqualTo("beyond 90 days");
    assertThat(Fmt.deadline(d, d.minusDays(1), "open")).isEqualTo("overdue");
    assertThat(Fmt.deadline(d, d.minusDays(1), "done")).isEqualTo("done");
  }

  @Test
  void oppIdsSortNaturally() {
    List<String> ids = new ArrayList<>(List.of("S-10", "S-9", "S-100", "R-2", "S-09"));
    ids.sort(NaturalOrder.INSTANCE);
    assertThat(ids).containsExactly("R-2", "S-09", "S-9", "S-10", "S-100");
  }

  static List<Deal> deals(int won, int lost, int noDecision) {
    List<Deal> out = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < won; i++) {
      out.add(deal("W-" + n++, Outcome.WON));
    }
    for (int i = 0; i < lost; i++) {
      out.add(deal("L-" + n++, Outcome.LOST));
    }
    for (int i = 0; i < noDecision; i++) {
      out.add(deal("N-" + n++, Outcome.NO_DECISION));
    }
    return out;
  }

  static Deal deal(String id, Outcome o) {
    return new Deal(id, "Acct " + id, o, LocalDate.of(2026, 5, 1), BigDecimal.valueOf(60000), "mid-market", "retail", "Lumen", "AE",
        "", null, "", "", "", List.of(), 2);
  }
}
