package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden cases for every generated document and every {@code check} diagnostic, discovered from
 * {@code src/test/resources/golden/<case>/}:
 *
 * <pre>
 *   args              the command line, one argument per line; {corpus} is the temp corpus
 *   base              optional: a fixture under core's test resources fixtures/ to start from
 *   corpus/           optional: files laid over the base (or the whole corpus)
 *   expected/exit     the exit code
 *   expected/stdout   stdout, with the temp corpus path written as {corpus}
 *   expected/stderr   stderr, likewise; absent means stderr must be empty
 *   expected/files/   every file the command wrote or changed, byte for byte; no other file may change
 * </pre>
 *
 * A failure prints the case's command line. Set {@code UPDATE_GOLDEN=1} to rewrite the expected
 * files from the actual output (then review the diff before committing).
 */
class GoldenTest {
  static final Path CASES = Path.of("src", "test", "resources", "golden");
  static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "fixtures");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    return caseDirs().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(dir)));
  }

  /** A folder under golden/ without args and expected/ is a mistake, not a skipped case. */
  @Test
  void noOrphans() throws IOException {
    for (Path dir : caseDirs()) {
      assertThat(dir.resolve("args")).as("golden case %s needs an args file", dir).isRegularFile();
      assertThat(dir.resolve("expected/exit")).as("golden case %s needs expected/exit", dir).isRegularFile();
      assertThat(dir.resolve("expected/stdout")).as("golden case %s needs expected/stdout", dir).isRegularFile();
      if (Files.exists(dir.resolve("base"))) {
        String base = Files.readString(dir.resolve("base")).trim();
        assertThat(FIXTURES.resolve(base)).as("golden case %s: base fixture %s", dir, base).isDirectory();
      }
    }
  }

  static List<Path> caseDirs() throws IOException {
    if (!Files.isDirectory(CASES)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private void runCase(Path dir) throws IOException {
    Path corpus = Files.createDirectories(temp.resolve(dir.getFileName().toString()));
    if (Files.exists(dir.resolve("base"))) {
      copyTree(FIXTURES.resolve(Files.readString(dir.resolve("base")).trim()), corpus);
    }
    if (Files.isDirectory(dir.resolve("corpus"))) {
      copyTree(dir.resolve("corpus"), corpus);
    }
    Map<String, byte[]> before = snapshot(corpus);
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        args.add(line.strip().replace("{corpus}", corpus.toString()));
      }
    }
    CliRun run = CliRun.run(args.toArray(String[]::new));
    String stdout = run.out.replace(corpus.toString(), "{corpus}");
    String stderr = run.err.replace(corpus.toString(), "{corpus}");
    Map<String, byte[]> after = snapshot(corpus);
    Map<String, String> changed = new TreeMap<>();
    after.forEach((k, v) -> {
      if (!before.containsKey(k) || !java.util.Arrays.equals(before.get(k), v)) {
        changed.put(k, new String(v, StandardCharsets.UTF_8));
      }
    });
    Path expected = dir.resolve("expected");
    if (System.getenv("UPDATE_GOLDEN") != null) {
      update(expected, run.exit, stdout, stderr, changed);
      return;
    }
    String what = "golden case " + dir.getFileName() + ": winloss " + String.join(" ", args);
    assertThat(run.exit).as(what + "\nstderr:\n" + stderr).isEqualTo(Integer.parseInt(Files.readString(expected.resolve("exit")).trim()));
    assertThat(stdout).as(what).isEqualTo(Files.readString(expected.resolve("stdout")));
    if (Files.exists(expected.resolve("stderr"))) {
      assertThat(stderr).as(what).isEqualTo(Files.readString(expected.resolve("stderr")));
    } else {
      assertThat(stderr).as(what + ": no expected/stderr, so stderr must be empty").isEmpty();
    }
    Map<String, String> wanted = new TreeMap<>();
    Path files = expected.resolve("files");
    if (Files.isDirectory(files)) {
      snapshot(files).forEach((k, v) -> wanted.put(k, new String(v, StandardCharsets.UTF_8)));
    }
    assertThat(changed.keySet()).as(what + ": files written").containsExactlyElementsOf(wanted.keySet());
    for (String f : wanted.keySet()) {
      assertThat(changed.get(f)).as(what + ": " + f).isEqualTo(wanted.get(f));
    }
  }

  private static void update(Path expected, int exit, String stdout, String stderr, Map<String, String> changed) throws IOException {
    Files.createDirectories(expected);
    Files.writeString(expected.resolve("exit"), exit + "\n");
    Files.writeString(expected.resolve("stdout"), stdout);
    if (!stderr.isEmpty() || Files.exists(expected.resolve("stderr"))) {
      Files.writeString(expected.resolve("stderr"), stderr);
    }
    Path files = expected.resolve("files");
    if (Files.isDirectory(files)) {
      try (Stream<Path> s = Files.walk(files)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : changed.entrySet()) {
      Path target = files.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue());
    }
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return m;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
