package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void readsSegmentsAloud() {
    assertThat(Evidence.article("enterprise Fintech account")).isEqualTo("an");
    assertThat(Evidence.article("mid-market Retail account")).isEqualTo("a");
    assertThat(Evidence.article("smb Media account")).isEqualTo("an");
    assertThat(Evidence.article("b2b account")).isEqualTo("a");
  }
}
