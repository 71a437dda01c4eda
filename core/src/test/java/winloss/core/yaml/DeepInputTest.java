package winloss.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/** Case yaml-deep-nesting, and input that never ends: an error naming the line, never a crash. */
class DeepInputTest {
  @TempDir Path dir;

  @Test
  void tenThousandNestedBracketsAreAnErrorAtTheirLine() {
    String yaml = "opp: D-3\noutcome: lost\nnote: " + "[".repeat(10_000) + "\n";
    assertThatThrownBy(() -> YamlReader.parse(yaml, 2))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("nests lists or mappings more than 100 levels deep")
        .satisfies(e -> assertThat(((InputProblem) e).line()).isEqualTo(4));
    String braces = "a:\n  b: " + "{x: ".repeat(5_000) + "1" + "}".repeat(5_000) + "\n";
    assertThatThrownBy(() -> YamlReader.parse(braces, 1)).isInstanceOf(InputProblem.class).hasMessageContaining("levels deep");
  }

  @Test
  void deepBlockNestingIsAnErrorToo() {
    String yaml = "note:\n  " + "- ".repeat(10_000) + "x\n";
    assertThatThrownBy(() -> YamlReader.parse(yaml, 1)).isInstanceOf(InputProblem.class).hasMessageContaining("levels deep");
  }

  @Test
  void bracketsInsideQuotesAndCommentsDoNotCount() throws Exception {
    String yaml = "a: '" + "[".repeat(500) + "'\nb: \"" + "{".repeat(500) + "\" # " + "[".repeat(500) + "\nc: [[1, 2], [3]]\n";
    YNode n = YamlReader.parse(yaml, 1);
    assertThat(n.entries().get("a").text()).startsWith("[[[[");
    assertThat(n.entries().get("c").items()).hasSize(2);
  }

  @Test
  void anEndlessPipeStopsAtTheSizeLimit() throws Exception {
    Path fifo = dir.resolve("stdin");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.exitValue() == 0, "mkfifo is not available");
    Thread writer = new Thread(() -> {
      byte[] block = "Speaker: words words words\n".repeat(1000).getBytes();
      try (OutputStream out = Files.newOutputStream(fifo)) {
        while (true) {
          out.write(block);
        }
      } catch (IOException closedByTheReader) {
        // the reader stopped at its limit: the pipe is broken, as for a real endless producer
      }
    });
    writer.setDaemon(true);
    writer.start();
    assertThatThrownBy(() -> TextFiles.read(fifo, 1024 * 1024))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("over the 1 MiB limit");
    writer.join(10_000);
    assertThat(writer.isAlive()).isFalse();
  }
}
