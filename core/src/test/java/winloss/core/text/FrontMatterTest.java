package winloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import winloss.core.transcript.RawDocument;

class FrontMatterTest {

  @Test
  void delimiterLinesMayEndInBlanks() throws InputProblem {
    FrontMatter fm = FrontMatter.split("---  \nopp: OPP-1\n--- \t\n## 1. Why\n");
    assertThat(fm.yaml()).isEqualTo("opp: OPP-1\n");
    assertThat(fm.yamlFirstLine()).isEqualTo(2);
    assertThat(fm.body()).isEqualTo("## 1. Why\n");
    assertThat(fm.bodyFirstLine()).isEqualTo(4);
    assertThat(FrontMatter.split("---\na: 1\n...   \nbody").body()).isEqualTo("body");
  }

  @Test
  void otherLinesAreNotDelimiters() throws InputProblem {
    assertThat(FrontMatter.split("----\na: 1\n---\n").yaml()).isNull();
    assertThat(FrontMatter.split(" ---\na: 1\n---\n").yaml()).isNull();
    assertThat(FrontMatter.split("--- x\na: 1\n---\n").yaml()).isNull();
    assertThat(FrontMatter.split("...\na: 1\n---\n").yaml()).isNull();
    assertThatThrownBy(() -> FrontMatter.split("---\na: 1\n--- x\n")).hasMessageContaining("never closed");
    assertThatThrownBy(() -> FrontMatter.split("---\na: 1\n----\n")).hasMessageContaining("never closed");
  }

  @Test
  void theRawDocumentSplitsAtTheSameLines() {
    RawDocument d = RawDocument.parse("--- \r\nopp: OPP-1\r\n---\t\r\nbody\r\n");
    assertThat(d.hasFrontMatter()).isTrue();
    assertThat(d.body()).isEqualTo("body\r\n");
    assertThat(RawDocument.parse("--- x\nopp: 1\n---\n").hasFrontMatter()).isFalse();
  }
}
