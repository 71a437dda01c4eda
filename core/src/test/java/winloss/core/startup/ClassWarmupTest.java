package winloss.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClassWarmupTest {
  @Test
  void doesTheWorkInMemoryAndWritesNothing() throws IOException {
    Path fixture = Path.of("src/test/resources/fixtures/small");
    List<Path> before = files(fixture);
    assertThat(ClassWarmup.run(fixture)).isEqualTo("warmed up on 6 interviews, 0 findings, 2 documents");
    assertThat(files(fixture)).isEqualTo(before);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }
}
