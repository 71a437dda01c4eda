package winloss.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

class DueListTest {
  static final Path DUE = Path.of("src", "test", "resources", "fixtures", "due");

  private static DueList.Row row(DueList.Report r, String opp) {
    return r.rows().stream().filter(x -> x.opp().equals(opp)).findFirst().orElseThrow();
  }

  @Test
  void sampledNudgedEscalatedAndMissedDealsOnAFixedDay() {
    Corpus c = CorpusReader.read(DUE);
    DueList.Report r = DueList.compute(c, LocalDate.of(2026, 5, 20));
    assertThat(r.deals()).isEqualTo(15);
    assertThat(r.rows()).hasSize(10);
    assertThat(r.nudges()).containsExactly("D-8", "D-1", "D-16");
    assertThat(r.escalations()).containsExactly("D-2", "D-13");
    assertThat(r.pastWindow()).containsExactly("D-2", "D-6");
    assertThat(row(r, "D-16").daysSinceClose()).isEqualTo(7);
    assertThat(row(r, "D-13").daysLeft()).isZero();
    assertThat(row(r, "D-13").pastWindow()).isFalse();
    assertThat(row(r, "D-6").state()).isEqualTo(DueList.State.BOOKED);
    assertThat(row(r, "D-5").state()).isEqualTo(DueList.State.NONE);
    assertThat(r.excluded()).extracting(DueList.Excluded::opps).flatExtracting(x -> x)
        .containsExactlyInAnyOrder("D-3", "D-4", "D-7", "D-12", "D-14");
  }

  @Test
  void membershipOfADealDoesNotDependOnTheOtherDeals() {
    Corpus c = CorpusReader.read(DUE);
    Corpus fewer = new Corpus(c.root(), c.brief(), c.codebook(), c.framework(),
        c.deals().stream().filter(d -> d.oppId().equals("D-1") || d.oppId().equals("D-3")).toList(),
        c.interviews(), c.actions(), c.problems());
    DueList.Report r = DueList.compute(fewer, LocalDate.of(2026, 5, 20));
    assertThat(r.rows()).extracting(DueList.Row::opp).containsExactly("D-1");
    assertThat(r.excluded()).extracting(DueList.Excluded::opps).containsExactly(java.util.List.of("D-3"));
  }

  @Test
  void anEarlierDayLeavesLaterClosesOutAndTheRestUnflagged() {
    DueList.Report r = DueList.compute(CorpusReader.read(DUE), LocalDate.of(2026, 4, 11));
    assertThat(r.rows()).extracting(DueList.Row::opp).containsExactly("D-9", "D-2");
    assertThat(r.nudges()).isEmpty();
    assertThat(r.escalations()).isEmpty();
    assertThat(r.excluded()).anySatisfy(e -> assertThat(e.reason()).isEqualTo("closed after 2026-04-11"));
  }
}
