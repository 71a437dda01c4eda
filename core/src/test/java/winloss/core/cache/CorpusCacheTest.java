package winloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

/**
 * The corpus cache gives exactly what reading every file gives, after any edit a user makes
 * (touch, same-size edit, delete, rename, add), and survives corrupt or foreign cache files.
 */
class CorpusCacheTest {
  private static final Path DEMO = Path.of("..").toAbsolutePath().normalize();

  private static Path copyDemo(Path into) throws IOException {
    Files.copy(DEMO.resolve("operator-brief.md"), into.resolve("operator-brief.md"));
    try (Stream<Path> s = Files.walk(DEMO.resolve("win-loss"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path t = into.resolve(DEMO.relativize(p));
        Files.createDirectories(t.getParent());
        Files.copy(p, t);
      }
    }
    return into;
  }

  /** What a reader's result is, for comparing two reads with the records' own equality. */
  private static List<Object> fingerprint(Corpus c) {
    return List.of(c.interviews(), c.deals(), c.problems().sorted(), c.actions());
  }

  private static void assertSameBothWays(Path root, CorpusCache cache, String after) {
    List<Object> plain = fingerprint(CorpusReader.read(root));
    List<Object> cached = fingerprint(CorpusReader.read(root, cache));
    assertThat(cached.equals(plain)).as("cached read after %s", after).isTrue();
  }

  @Test
  void aWarmReadTakesUnchangedFilesFromTheCacheAndGivesTheSameCorpus(@TempDir Path tmp) throws IOException {
    Path root = copyDemo(Files.createDirectory(tmp.resolve("corpus")));
    CorpusCache cache = CorpusCache.at(tmp.resolve("cache"));
    List<Object> plain = fingerprint(CorpusReader.read(root));
    try (CorpusCache.Session cold = cache.open(root, true)) {
      assertThat(cold.hits()).isZero();
    }
    assertThat(fingerprint(CorpusReader.read(root, cache)).equals(plain)).as("cold").isTrue();
    // files were written moments ago: racy, so their content hash is kept and compared
    assertThat(fingerprint(CorpusReader.read(root, cache)).equals(plain)).as("warm").isTrue();
    try (CorpusCache.Session warm = cache.open(root, true)) {
      Path any = Path.of("win-loss", "deals.csv");
      warm.file(any, new winloss.core.diag.Diagnostics(), d -> List.of());
      assertThat(warm.hits()).as("deals.csv served from the cache").isEqualTo(1);
    }
    try (Stream<Path> s = Files.walk(tmp.resolve("cache"))) {
      assertThat(s.filter(p -> p.getFileName().toString().equals("corpus.bin")).count()).isEqualTo(1);
    }
    assertThat(root.resolve(".cache")).doesNotExist();
    try (Stream<Path> s = Files.walk(root)) {
      assertThat(s.filter(p -> p.toString().endsWith(".bin")).toList()).as("nothing written inside the corpus").isEmpty();
    }
  }

  @Test
  void everyKindOfEditIsSeen(@TempDir Path tmp) throws IOException {
    Path root = copyDemo(Files.createDirectory(tmp.resolve("corpus")));
    CorpusCache cache = CorpusCache.at(tmp.resolve("cache"));
    CorpusReader.read(root, cache);
    Path interviews = root.resolve("win-loss/interviews");
    SplittableRandom r = new SplittableRandom(15);
    for (int round = 0; round < 25; round++) {
      List<Path> files;
      try (Stream<Path> s = Files.list(interviews)) {
        files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".md")).sorted().toList());
      }
      Path f = files.get(r.nextInt(files.size()));
      String edit;
      switch (r.nextInt(6)) {
        case 0 -> {
          Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + r.nextInt(5000)));
          edit = "touch " + f.getFileName();
        }
        case 1 -> {
          // same size, same time stamp, and that time not older than the scan that cached the
          // file (racy, as git calls it): only the content hash can tell
          FileTime before = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
          Files.setLastModifiedTime(f, before);
          CorpusReader.read(root, cache);
          String text = Files.readString(f, StandardCharsets.UTF_8);
          String changed = text.contains("status: completed") ? text.replace("status: completed", "status: requested")
              : text.replace("a", "e");
          Files.writeString(f, changed.length() == text.length() ? changed : text, StandardCharsets.UTF_8);
          Files.setLastModifiedTime(f, before);
          edit = "same-size edit of " + f.getFileName();
        }
        case 2 -> {
          Files.delete(f);
          edit = "delete " + f.getFileName();
        }
        case 3 -> {
          Path to = f.resolveSibling("OPP-9" + round + ".md");
          Files.move(f, to);
          edit = "rename " + f.getFileName() + " to " + to.getFileName();
        }
        case 4 -> {
          Files.writeString(interviews.resolve("OPP-8" + round + ".md"), "---\nopp: OPP-8" + round
              + "\noutcome: won\nstatus: requested\n---\n", StandardCharsets.UTF_8);
          edit = "add OPP-8" + round;
        }
        default -> {
          Path deals = root.resolve("win-loss/deals.csv");
          Files.writeString(deals, Files.readString(deals, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
          edit = "append to deals.csv";
        }
      }
      assertSameBothWays(root, cache, edit);
    }
  }

  @Test
  void aCorruptOrForeignCacheIsDiscardedAndRebuilt(@TempDir Path tmp) throws IOException {
    Path root = copyDemo(Files.createDirectory(tmp.resolve("corpus")));
    CorpusCache cache = CorpusCache.at(tmp.resolve("cache"));
    CorpusReader.read(root, cache);
    Path file;
    try (Stream<Path> s = Files.walk(tmp.resolve("cache"))) {
      file = s.filter(p -> p.getFileName().toString().equals("corpus.bin")).findFirst().orElseThrow();
    }
    byte[] good = Files.readAllBytes(file);
    for (int cut : new int[] {0, 7, good.length / 3, good.length - 1}) {
      Files.write(file, java.util.Arrays.copyOf(good, cut));
      assertSameBothWays(root, cache, "truncating the cache to " + cut + " bytes");
    }
    byte[] flipped = good.clone();
    for (int i = 200; i < flipped.length; i += 97) {
      flipped[i] ^= 0x5A;
    }
    Files.write(file, flipped);
    assertSameBothWays(root, cache, "flipping bytes");
    Files.writeString(file, "not a cache at all", StandardCharsets.UTF_8);
    assertSameBothWays(root, cache, "a foreign file");
    assertThat(Files.size(file)).as("rebuilt").isGreaterThan(1000);
  }

  @Test
  void theEnvironmentChoosesWhereAndWhether() {
    assertThat(CorpusCache.fromEnvironment(Map.of("WINLOSS_CACHE", "off"), "/home/u").enabled()).isFalse();
    assertThat(CorpusCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u").base())
        .isEqualTo(Path.of("/x/cache/winloss"));
    assertThat(CorpusCache.fromEnvironment(Map.of(), "/home/u").base()).isEqualTo(Path.of("/home/u/.cache/winloss"));
    assertThat(CorpusCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "relative"), "/home/u").base())
        .as("a relative XDG_CACHE_HOME is ignored, as the XDG spec says").isEqualTo(Path.of("/home/u/.cache/winloss"));
  }

  @Test
  void clearEmptiesTheCache(@TempDir Path tmp) throws IOException {
    Path root = copyDemo(Files.createDirectory(tmp.resolve("corpus")));
    CorpusCache cache = CorpusCache.at(tmp.resolve("cache"));
    CorpusReader.read(root, cache);
    assertThat(cache.clear()).isEqualTo(1);
    try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
      assertThat(s.toList()).isEmpty();
    }
  }
}
