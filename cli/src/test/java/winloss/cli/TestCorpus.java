package winloss.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture corpus into a temp dir so a test can change and write to it freely. */
final class TestCorpus {
  /** The small fixture corpus shared with core's tests. */
  static final Path SMALL = Path.of("..", "core", "src", "test", "resources", "fixtures", "small");
  /** The demo corpus at the repository root. */
  static final Path DEMO = Path.of("..");

  private TestCorpus() {}

  static Path copy(Path fixture, Path into) {
    try {
      Path src = fixture.toAbsolutePath().normalize();
      copyFile(src, into, Path.of("operator-brief.md"));
      try (Stream<Path> s = Files.walk(src.resolve("win-loss"))) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          copyFile(src, into, src.relativize(p));
        }
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyFile(Path src, Path into, Path rel) throws IOException {
    Path target = into.resolve(rel);
    Files.createDirectories(target.getParent());
    Files.copy(src.resolve(rel), target);
  }
}
