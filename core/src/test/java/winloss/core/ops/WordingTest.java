package winloss.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import winloss.core.model.Question;

class WordingTest {
  private static Question q(String text) {
    return new Question(1, text, "", "", 1);
  }

  @Test
  void fillsTheCompetitorWhereThereIsOne() {
    assertThat(Wording.question(q("When did you make the decision to go with {competitor}?"), "Lumen"))
        .isEqualTo("When did you make the decision to go with Lumen?");
  }

  @Test
  void neutralWordingFitsTheWordBeforeThePlaceholder() {
    assertThat(Wording.question(q("When did you make the decision to go with {competitor}?"), ""))
        .isEqualTo("When did you make the decision to go with the option you chose?");
    assertThat(Wording.question(q("What was the #1 thing that differentiated us from {competitor}?"), ""))
        .isEqualTo("What was the #1 thing that differentiated us from the other options you considered?");
    assertThat(Wording.question(q("What almost made you choose {competitor}?"), ""))
        .isEqualTo("What almost made you choose another option?");
    assertThat(Wording.question(q("{competitor} or us?"), "")).isEqualTo("another option or us?");
    assertThat(Wording.question(q("No placeholder."), "")).isEqualTo("No placeholder.");
  }

  @Test
  void amountsAndInlineText() {
    assertThat(Wording.amount(new BigDecimal("82000"))).isEqualTo("82,000");
    assertThat(Wording.amount(new BigDecimal("1250.5"))).isEqualTo("1,250.50");
    assertThat(Wording.inline(" a\n  b\t c ")).isEqualTo("a b c");
    assertThat(Wording.orNotRecorded("  ")).isEqualTo("not recorded");
  }
}
