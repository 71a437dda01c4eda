package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void readsSegmentsAloud() {
    assertThat(winloss.core.evidence.Accounts.article("enterprise Fintech account")).isEqualTo("an");
    assertThat(winloss.core.evidence.Accounts.article("mid-market Retail account")).isEqualTo("a");
    assertThat(winloss.core.evidence.Accounts.article("smb Media account")).isEqualTo("an");
    assertThat(winloss.core.evidence.Accounts.article("b2b account")).isEqualTo("a");
  }
}
