package winloss.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import winloss.core.text.FrontMatter;
import winloss.core.text.InputProblem;

class YamlReaderTest {
  @Test
  void keepsYaml12ScalarsAsTextWithFileLines() throws InputProblem {
    YNode n = YamlReader.parse("a: no\nb: 2026-04-14\nc: 012\nd:\nlist: [x, y]\n", 5);
    assertThat(n.str("a")).isEqualTo("no");
    assertThat(n.str("b")).isEqualTo("2026-04-14");
    assertThat(n.str("c")).isEqualTo("012");
    assertThat(n.get("d").isNull()).isTrue();
    assertThat(n.get("list").items()).extracting(YNode::text).containsExactly("x", "y");
    assertThat(n.keyLine("b")).isEqualTo(6);
    assertThat(n.get("list").items().get(1).line()).isEqualTo(9);
  }

  @Test
  void refusesDuplicateKeysNamingBothLines() {
    assertThatThrownBy(() -> YamlReader.parse("a: 1\nb: 2\na: 3\n", 2))
        .isInstanceOf(InputProblem.class)
        .hasMessage("duplicate key 'a' (first at line 2); keep only one")
        .extracting(e -> ((InputProblem) e).line()).isEqualTo(4);
  }

  @Test
  void globalTagsAreNeverConstructed() throws InputProblem {
    YNode n = YamlReader.parse("f: !!java.io.File /etc/passwd\n", 1);
    assertThat(n.str("f")).isEqualTo("/etc/passwd");
  }

  @Test
  void refusesAliasBombs() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'h'; c++) {
      String prev = String.valueOf((char) (c - 1));
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i > 0 ? ", " : "").append('*').append(prev);
      }
      y.append("]\n");
    }
    assertThatThrownBy(() -> YamlReader.parse(y.toString(), 1)).isInstanceOf(InputProblem.class).hasMessageContaining("alias");
  }

  @Test
  void reportsSyntaxErrorsAtTheirLine() {
    assertThatThrownBy(() -> YamlReader.parse("a: 1\nb: [unclosed\nc: 2\n", 2))
        .isInstanceOf(InputProblem.class)
        .hasMessageStartingWith("malformed YAML:")
        .extracting(e -> ((InputProblem) e).line()).isEqualTo(4);
  }

  @Test
  void frontMatterSplitKeepsLineNumbers() throws InputProblem {
    FrontMatter fm = FrontMatter.split("---\na: 1\n---\n# Body\n");
    assertThat(fm.yaml()).isEqualTo("a: 1\n");
    assertThat(fm.body()).isEqualTo("# Body\n");
    assertThat(fm.bodyFirstLine()).isEqualTo(4);
    assertThat(FrontMatter.split("# no front matter\n").yaml()).isNull();
    assertThatThrownBy(() -> FrontMatter.split("---\na: 1\n")).hasMessageContaining("never closed");
  }
}
