package winloss.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesTest {
  @Test
  void theEightQuestionSplitsAddUpToThirtyAndTwentyFive() {
    assertThat(Minutes.split(30, 8, Minutes.WIN_WEIGHTS)).containsExactly(4, 5, 4, 4, 4, 3, 3, 3);
    assertThat(Minutes.split(25, 8, Minutes.LOSS_WEIGHTS)).containsExactly(3, 4, 3, 3, 4, 3, 3, 2);
  }

  @Test
  void anyCountAndTotalSumsExactly() {
    for (int total = 1; total <= 60; total++) {
      for (int count = 1; count <= 12; count++) {
        List<Integer> m = Minutes.split(total, count, Minutes.WIN_WEIGHTS);
        assertThat(m).hasSize(count);
        assertThat(m.stream().mapToInt(Integer::intValue).sum()).as(total + " over " + count).isEqualTo(total);
        assertThat(m).allMatch(x -> x >= 0);
      }
    }
  }

  @Test
  void equalSharesGiveTheRemainderToTheEarlierQuestions() {
    assertThat(Minutes.split(25, 6, Minutes.WIN_WEIGHTS)).containsExactly(5, 4, 4, 4, 4, 4);
    assertThat(Minutes.split(30, 0, Minutes.WIN_WEIGHTS)).isEmpty();
  }
}
