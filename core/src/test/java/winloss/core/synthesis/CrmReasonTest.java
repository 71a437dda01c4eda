package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;

class CrmReasonTest {
  private final Corpus corpus = CorpusReader.read(Path.of("src/test/resources/fixtures/small"));

  @Test
  void crmPicklistValuesMatchLossReasonCodesByCodeOrLabelInAnyCase() {
    assertThat(QuarterlyReadout.crmReasonCode(corpus, "price")).isEqualTo("price");
    assertThat(QuarterlyReadout.crmReasonCode(corpus, "Price")).isEqualTo("price");
    assertThat(QuarterlyReadout.crmReasonCode(corpus, " No Decision ")).isEqualTo("no-decision");
    assertThat(QuarterlyReadout.crmReasonCode(corpus, "Relationship")).as("unmapped: itself").isEqualTo("Relationship");
  }

  @Test
  void crmLossReasonsMapsPicklistValuesCaseAndSpaceInsensitively() {
    Map<String, Code> reasons = Map.of("fit", new Code("fit", "Fit", "", List.of(), 1), "incumbent", new Code("incumbent", "Incumbent", "", List.of(), 2));
    Codebook book = new Codebook("1", Map.of(), reasons, Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of("Product Fit", "fit", "Relationship", "incumbent"));
    assertThat(book.crmLossReason("product  fit")).as("'Product Fit' against the buyer's fit agrees").isEqualTo(Optional.of("fit"));
    assertThat(book.crmLossReason("RELATIONSHIP")).isEqualTo(Optional.of("incumbent"));
    assertThat(book.crmLossReason("Fit")).as("a reason's own label matches without a mapping").isEqualTo(Optional.of("fit"));
    assertThat(book.crmLossReason("Budget cut")).isEmpty();
    assertThat(book.crmLossReason("")).isEmpty();
  }
}
