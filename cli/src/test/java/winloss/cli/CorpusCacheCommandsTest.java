package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report command prints the same bytes with and without the corpus cache (issue 15): cold
 * (the run that fills it), warm (the run that reads it), and after random edits of the corpus.
 * The cache lives under surefire's XDG_CACHE_HOME in target/, never in the corpus.
 */
class CorpusCacheCommandsTest {
  private static final List<List<String>> REPORTS = List.of(
      List.of("check"),
      List.of("check", "--format", "json"),
      List.of("synthesize", "--quarter", "2026-Q3", "--dry-run"),
      List.of("synthesize", "--quarter", "2026-Q2", "--format", "json"),
      List.of("themes", "--month", "2026-09", "--dry-run"),
      List.of("teardown", "--competitor", "Lumen", "--dry-run"),
      List.of("due", "--as-of", "2026-10-05", "--format", "json"),
      List.of("kpis", "--quarter", "2026-Q3", "--as-of", "2026-10-20"),
      List.of("alerts", "--as-of", "2026-09-30", "--format", "json"),
      List.of("plays"),
      List.of("actions", "--dry-run"),
      List.of("digest", "--week", "2026-W38", "--dry-run"));

  private static String outcome(Path corpus, List<String> command, boolean cache) {
    List<String> args = new ArrayList<>(command);
    args.add("--corpus");
    args.add(corpus.toString());
    if (!cache) {
      args.add("--no-cache");
    }
    CliRun r = CliRun.run(args.toArray(String[]::new));
    return "exit " + r.exit + "\n" + r.out + "\n--- stderr\n" + r.err;
  }

  private static void assertSameEveryWay(Path corpus, String after) {
    for (List<String> command : REPORTS) {
      String plain = outcome(corpus, command, false);
      String cold = outcome(corpus, command, true);
      String warm = outcome(corpus, command, true);
      assertThat(cold).as("%s with the cache (cold) after %s", command, after).isEqualTo(plain);
      assertThat(warm).as("%s with the cache (warm) after %s", command, after).isEqualTo(plain);
    }
    // Files edited just now are racy: the derived layer (whole results) stores nothing for them.
    // Aged, the same reports are stored by the first run and replayed by the second.
    age(corpus);
    for (List<String> command : REPORTS) {
      String plain = outcome(corpus, command, false);
      String fill = outcome(corpus, command, true);
      String replay = outcome(corpus, command, true);
      assertThat(fill).as("%s filling the results cache after %s", command, after).isEqualTo(plain);
      assertThat(replay).as("%s replayed from the results cache after %s", command, after).isEqualTo(plain);
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger AGE = new java.util.concurrent.atomic.AtomicInteger();

  /** Moves every file modified in the last minute (or in the future) an hour into the past, each time to a new second. */
  private static void age(Path corpus) {
    long now = System.currentTimeMillis();
    FileTime past = FileTime.fromMillis(now - 3_600_000 + AGE.incrementAndGet() * 1_000L);
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (Files.getLastModifiedTime(p).toMillis() > now - 60_000) {
          Files.setLastModifiedTime(p, past);
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Path resultsFolder() throws IOException {
    Path base = winloss.core.cache.CorpusCache.fromEnvironment(System.getenv(), System.getProperty("user.home")).base();
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(p -> p.getFileName().toString().equals("results") && Files.isDirectory(p))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().lastModified())).orElseThrow();
    }
  }

  private static Path newestResult() throws IOException {
    try (Stream<Path> s = Files.list(resultsFolder())) {
      return s.filter(p -> p.toString().endsWith(".bin")).max(java.util.Comparator.comparingLong(p -> p.toFile().lastModified())).orElseThrow();
    }
  }

  @Test
  void anUnchangedCorpusReplaysTheStoredReportAndAChangedOneDoesNot(@TempDir Path dir) throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    age(corpus);
    List<String> json = List.of("synthesize", "--quarter", "2026-Q3", "--format", "json");
    String plain = outcome(corpus, json, false);
    assertThat(outcome(corpus, json, true)).isEqualTo(plain);
    Path stored = newestResult();
    // the stored result is what the next run prints: change it (same format) and the run shows it
    winloss.core.cache.ResultCache results = winloss.core.cache.ResultCache.of(
        winloss.core.cache.CorpusCache.at(stored.getParent().getParent().getParent()), corpus);
    List<String> args = new ArrayList<>(json);
    args.add("--corpus");
    args.add(corpus.toString());
    winloss.core.cache.ResultCache.Key key = results.key(args, java.time.LocalDate.now()).orElseThrow();
    assertThat(stored.getFileName().toString()).isEqualTo(key.hex() + ".bin");
    results.put(key, new winloss.core.cache.ResultCache.Result(0, "{\"replayed\": true}\n", ""));
    assertThat(outcome(corpus, json, true)).isEqualTo("exit 0\n{\"replayed\": true}\n\n--- stderr\n");
    // a corrupt result is ignored and replaced
    Files.write(stored, new byte[] {1, 2, 3});
    assertThat(outcome(corpus, json, true)).isEqualTo(plain);
    assertThat(outcome(corpus, json, true)).isEqualTo(plain);
    // any change of an input file (here the brief's time stamp alone) is a different corpus state
    Files.setLastModifiedTime(corpus.resolve("operator-brief.md"), FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
    assertThat(results.key(args, java.time.LocalDate.now()).orElseThrow()).isNotEqualTo(key);
    // a file modified just now makes the state untrustworthy: no key, nothing stored
    Files.writeString(corpus.resolve("win-loss/theme-names.yaml"), "# none\n", StandardCharsets.UTF_8);
    assertThat(results.key(args, java.time.LocalDate.now())).isEmpty();
  }

  @Test
  void everyReportIsByteIdenticalWithAndWithoutTheCache(@TempDir Path dir) {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    assertSameEveryWay(corpus, "nothing");
    try (Stream<Path> s = Files.walk(corpus)) {
      assertThat(s.filter(p -> p.toString().endsWith(".bin")).toList()).as("no cache file in the corpus").isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void andAfterRandomEdits(@TempDir Path dir) throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    outcome(corpus, List.of("check"), true);
    Path interviews = corpus.resolve("win-loss/interviews");
    SplittableRandom r = new SplittableRandom(1515);
    for (int round = 0; round < 4; round++) {
      List<Path> files;
      try (Stream<Path> s = Files.list(interviews)) {
        files = s.sorted().toList();
      }
      Path f = files.get(r.nextInt(files.size()));
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String edit;
      switch (round) {
        case 0 -> {
          // the racy case: the file's time is not older than the scan that cached it, so a later
          // same-size edit within the time stamp's resolution is told apart by its content hash
          FileTime t = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
          Files.setLastModifiedTime(f, t);
          outcome(corpus, List.of("check"), true);
          Files.writeString(f, text.replace("persona: champion", "persona: end-user"), StandardCharsets.UTF_8);
          Files.setLastModifiedTime(f, t);
          edit = "a same-size, same-time edit of " + f.getFileName();
        }
        case 1 -> {
          Files.delete(f);
          edit = "deleting " + f.getFileName();
        }
        case 2 -> {
          Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
          edit = "touching " + f.getFileName();
        }
        default -> {
          Files.writeString(interviews.resolve("OPP-1.md"), text, StandardCharsets.UTF_8);
          edit = "adding a copy of " + f.getFileName() + " under another name";
        }
      }
      assertSameEveryWay(corpus, edit);
    }
  }

  @Test
  void cacheClearEmptiesIt(@TempDir Path dir) {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    outcome(corpus, List.of("check"), true);
    CliRun.run("cache", "clear").exits(0).stdoutContains("cleared ", " cache file", "xdg-cache").stderrEmpty();
    CliRun.run("cache", "clear").exits(0).stdoutContains("cleared 0 cache files").stderrEmpty();
  }
}
