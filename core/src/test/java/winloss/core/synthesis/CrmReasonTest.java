package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

class CrmReasonTest {
  private final Corpus corpus = CorpusReader.read(Path.of("src/test/resources/fixtures/small"));

  @Test
  void crmPicklistValuesMatchLossReasonCodesByCodeOrLabelInAnyCase() {
    assertThat(QuarterlyReadout.crmReasonCode(corpus, "price")).isEqualTo("price");
    assertThat(QuarterlyReadout.crmReasonCode(corpus, "Price")).isEqualTo("price");
    assertThat(QuarterlyReadout.crmReasonCode(corpus, " No Decision ")).isEqualTo("no-decision");
    assertThat(QuarterlyReadout.crmReasonCode(corpus, "Relationship")).isEqualTo("Relationship");
  }
}
