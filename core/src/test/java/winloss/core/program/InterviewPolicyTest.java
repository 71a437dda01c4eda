package winloss.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.model.Program;

class InterviewPolicyTest {
  static Program program(double winRate, double ndRate, long seed) {
    return new Program(new BigDecimal(50000), "USD", List.of("Lumen", "Quarry", "Helix"), 30, 14, 7, 14, ndRate, winRate, seed, 3, 21, null, null, null);
  }

  static Deal deal(String id, Outcome o, int acv, String competitor) {
    return new Deal(id, "Acct", o, LocalDate.parse("2026-04-01"), new BigDecimal(acv), "smb", "", competitor, "Mia Chen", "", null, "", "", "", List.of(), 2);
  }

  @Test
  void dealsClosedBeforeTheProgramStartedAreNotDue() {
    Program p = program(1.0, 1.0, 7);
    Program started = new Program(p.acvThreshold(), p.currency(), p.topCompetitors(), 30, 14, 7, 14, 1.0, 1.0, 7, 3, 21, null,
        LocalDate.parse("2026-04-02"), null);
    Deal before = deal("OPP-1", Outcome.LOST, 90000, "Lumen");
    assertThat(new InterviewPolicy(p).required(before)).isTrue();
    InterviewPolicy.Requirement r = new InterviewPolicy(started).requirement(before);
    assertThat(r.required()).isFalse();
    assertThat(r.reason()).isEqualTo("closed before the program started on 2026-04-02");
    Program onTheDay = new Program(p.acvThreshold(), p.currency(), p.topCompetitors(), 30, 14, 7, 14, 1.0, 1.0, 7, 3, 21, null,
        LocalDate.parse("2026-04-01"), null);
    assertThat(new InterviewPolicy(onTheDay).required(before)).isTrue();
  }

  @Test
  void structuralRule() {
    InterviewPolicy p = new InterviewPolicy(program(1.0, 0.3, 2026));
    assertThat(p.requirement(deal("A", Outcome.WON, 50000, ""))).isEqualTo(new InterviewPolicy.Requirement(true, "won at or above the ACV threshold"));
    assertThat(p.required(deal("B", Outcome.WON, 49999, "Lumen"))).isFalse();
    assertThat(p.requirement(deal("C", Outcome.LOST, 1000, "lumen")).reason()).isEqualTo("lost to top competitor lumen");
    assertThat(p.required(deal("D", Outcome.LOST, 1000, "Bramble"))).isFalse();
    assertThat(p.required(deal("E", Outcome.LOST, 90000, ""))).isTrue();
  }

  @Test
  void samplingIsSeededPerDealAndNearTheRate() {
    InterviewPolicy p = new InterviewPolicy(program(0.5, 0.3, 2026));
    List<Deal> nds = IntStream.range(0, 2000).mapToObj(i -> deal("OPP-" + i, Outcome.NO_DECISION, 1000, "")).toList();
    long drawn = nds.stream().filter(p::required).count();
    assertThat(drawn).isBetween(520L, 680L);
    // the same deal gives the same answer whatever else is in the corpus, and again on a new policy
    InterviewPolicy again = new InterviewPolicy(program(0.5, 0.3, 2026));
    assertThat(nds.stream().filter(again::required).count()).isEqualTo(drawn);
    assertThat(InterviewPolicy.draw(2026, "OPP-7")).isEqualTo(InterviewPolicy.draw(2026, "OPP-7"));
    assertThat(InterviewPolicy.draw(2027, "OPP-7")).isNotEqualTo(InterviewPolicy.draw(2026, "OPP-7"));
    long wins = IntStream.range(0, 1000).mapToObj(i -> deal("W-" + i, Outcome.WON, 60000, "")).filter(p::required).count();
    assertThat(wins).isBetween(440L, 560L);
  }
}
