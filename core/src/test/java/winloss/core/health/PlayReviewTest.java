package winloss.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.model.PlaySettings;
import winloss.core.stats.BetaBest;

/** The play review's verdicts and the probability-best computation. */
class PlayReviewTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

  /** {@code won} wins and {@code lost} losses for {@code play}, spread over the 120 days before AS_OF (or {@code from}, {@code to}). */
  static void add(List<Deal> out, String play, int won, int lost, int fromDaysAgo, int toDaysAgo) {
    int total = won + lost;
    for (int i = 0; i < total; i++) {
      int daysAgo = fromDaysAgo - (int) ((long) i * (fromDaysAgo - toDaysAgo) / Math.max(1, total - 1));
      boolean win = (long) (i + 1) * won / total > (long) i * won / total;   // wins spread evenly over the period
      out.add(new Deal("OPP-" + (out.size() + 1), "A", win ? Outcome.WON : Outcome.LOST, AS_OF.minusDays(daysAgo),
          new BigDecimal(10000), "mid-market", "", "", "", "", null, "", "", "", List.of(play), out.size() + 2));
    }
  }

  static PlayReview.Review review(List<Deal> deals, String play) {
    Plays.Report r = Plays.compute(deals, AS_OF, 10, false);
    return PlayReview.review(deals, r, Plays.compute(deals, AS_OF, 10, true), PlaySettings.defaults()).reviews().stream()
        .filter(v -> v.row().play().equals(play)).findFirst().orElseThrow();
  }

  @Test
  void aPlayThatBeatsTheBaselineAndTheBestOtherByTenPercentIsPromotedWithItsNumbers() {
    List<Deal> deals = new ArrayList<>();
    add(deals, "winner", 70, 40, 120, 0);   // 64% on 110
    add(deals, "other", 45, 55, 120, 0);    // 45% on 100
    PlayReview.Review v = review(deals, "winner");
    assertThat(v.verdict()).isEqualTo(PlayReview.Verdict.PROMOTE);
    assertThat(v.baseline().n()).isEqualTo(100);
    assertThat(v.z()).isGreaterThan(1.645);
    assertThat(v.reason()).contains("70 of 110 decided (64%", "baseline 45 of 100 (45%)", "best other other 45%");
  }

  @Test
  void underTheMinimumSampleIsNotEnoughDataNeverAVerdict() {
    List<Deal> deals = new ArrayList<>();
    add(deals, "new", 40, 5, 120, 0);
    add(deals, "other", 10, 30, 120, 0);
    PlayReview.Review v = review(deals, "new");
    assertThat(v.verdict()).isEqualTo(PlayReview.Verdict.NOT_ENOUGH_DATA);
    assertThat(v.reason()).contains("40 of 45 decided", "45 of the 50 decided deals a verdict needs");
  }

  @Test
  void aFailingDecliningPlayWithABetterAlternativeIsRetiredAndFlaggedAsFailing() {
    List<Deal> deals = new ArrayList<>();
    add(deals, "old", 3, 20, 90, 60);   // 60-90 days before: 3 of 23
    add(deals, "old", 0, 30, 29, 0);    // last 30 days: 0 of 30
    add(deals, "other", 30, 30, 120, 0);
    PlayReview.Review v = review(deals, "old");
    assertThat(v.row().declining()).isTrue();
    assertThat(v.verdict()).isEqualTo(PlayReview.Verdict.RETIRE);
    assertThat(v.reason()).contains("3 of 53 decided (6%", "under 10%", "declining");
    assertThat(PlayReview.failing(Plays.compute(deals, AS_OF, 10, false), PlaySettings.defaults()))
        .extracting(Plays.Row::play).containsExactly("old");
  }

  @Test
  void theDeclineIsReadOnlyFromFiveDecidedDealsInEachWindow() {
    List<Deal> deals = new ArrayList<>();
    add(deals, "p", 1, 0, 75, 75);
    add(deals, "p", 0, 3, 10, 5);
    assertThat(Plays.compute(deals, AS_OF, 10, false).rows().get(0).declining()).isFalse();
  }

  @Test
  void probabilityBestIsExactForEqualPlaysAndFavoursTheStrongerOne() {
    double[] equal = BetaBest.probabilityBest(List.of(new BetaBest.Counts(5, 5), new BetaBest.Counts(5, 5)));
    assertThat(equal[0]).isCloseTo(0.5, within(1e-6));
    // Beta(2,1) against Beta(1,1): P(X > Y) = integral of 2x * x dx = 2/3
    double[] twoThirds = BetaBest.probabilityBest(List.of(new BetaBest.Counts(1, 0), new BetaBest.Counts(0, 0)));
    assertThat(twoThirds[0]).isCloseTo(2.0 / 3, within(1e-6));
    double[] three = BetaBest.probabilityBest(List.of(new BetaBest.Counts(30, 10), new BetaBest.Counts(20, 20), new BetaBest.Counts(2, 1)));
    assertThat(three[0] + three[1] + three[2]).isCloseTo(1, within(1e-9));
    assertThat(three[0]).isGreaterThan(three[2]).isGreaterThan(three[1]);
  }
}
