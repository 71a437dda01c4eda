package winloss.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonTest {
  @Test
  void matchesPublishedValues() {
    // Reference values: Newcombe (1998), and R's prop.test(correct = FALSE) / binom::binom.wilson.
    Wilson w = Wilson.of(81, 263);
    assertThat(w.low()).isCloseTo(0.2553, within(1e-4));
    assertThat(w.high()).isCloseTo(0.3662, within(1e-4));
    Wilson small = Wilson.of(3, 5);
    assertThat(small.low()).isCloseTo(0.2307, within(1e-4));
    assertThat(small.high()).isCloseTo(0.8824, within(1e-4));
    Wilson none = Wilson.of(0, 10);
    assertThat(none.low()).isEqualTo(0.0);
    assertThat(none.high()).isCloseTo(0.2775, within(1e-4));
  }

  @Test
  void describesSmallSamplesAsSmall() {
    assertThat(Wilson.of(3, 5).describe()).isEqualTo("3 of 5 (60%, 95% CI 23-88%)");
    assertThat(Wilson.of(3, 4).isSmall(5)).isTrue();
    assertThat(Wilson.of(3, 5).isSmall(5)).isFalse();
    assertThat(Wilson.of(0, 0).describe()).isEqualTo("0 of 0");
  }
}
