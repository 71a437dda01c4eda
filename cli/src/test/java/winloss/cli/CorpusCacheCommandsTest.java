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

  /**
   * A generated corpus: the demo with {@code extra} more write-ups and deals, each a copy of a
   * random demo deal and its write-up under a new id, some with their values quoted and CRLF
   * line ends (what tools write).
   */
  private static Path generated(Path dir, int extra, long seed) throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    Path interviews = corpus.resolve("win-loss/interviews");
    Path dealsCsv = corpus.resolve("win-loss/deals.csv");
    List<String> rows = Files.readAllLines(dealsCsv, StandardCharsets.UTF_8);
    List<Path> sources;
    try (Stream<Path> s = Files.list(interviews)) {
      sources = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < extra; i++) {
      Path src = sources.get(r.nextInt(sources.size()));
      String id = src.getFileName().toString().replace(".md", "");
      String row = rows.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElse(null);
      if (row == null) {
        continue;
      }
      String copy = "OPP-9" + String.format("%03d", i);
      String text = Files.readString(src, StandardCharsets.UTF_8).replace(id, copy);
      if (r.nextBoolean()) {
        text = text.replace("opp: " + copy, "opp: \"" + copy + "\"");
      }
      if (r.nextInt(4) == 0) {
        text = text.replace("\n", "\r\n");
      }
      Files.writeString(interviews.resolve(copy + ".md"), text, StandardCharsets.UTF_8);
      more.append(copy).append(row.substring(id.length())).append('\n');
    }
    String csv = Files.readString(dealsCsv, StandardCharsets.UTF_8);
    Files.writeString(dealsCsv, (csv.endsWith("\n") ? csv : csv + "\n") + more, StandardCharsets.UTF_8);
    return corpus;
  }

  @Test
  void andOnAGeneratedCorpusAfterRandomEdits(@TempDir Path dir) throws IOException {
    Path corpus = generated(dir, 60, 2026);
    assertThat(CliRun.run("check", "--corpus", corpus.toString(), "--no-cache").out).contains("0 errors");
    assertSameEveryWay(corpus, "generating it");
    Path interviews = corpus.resolve("win-loss/interviews");
    SplittableRandom r = new SplittableRandom(77);
    for (int round = 0; round < 3; round++) {
      List<Path> files;
      try (Stream<Path> s = Files.list(interviews)) {
        files = s.filter(p -> p.getFileName().toString().startsWith("OPP-9")).sorted().toList();
      }
      Path f = files.get(r.nextInt(files.size()));
      String edit;
      switch (round) {
        case 0 -> {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          Files.writeString(f, text.replace("status: completed", "status: booked   "), StandardCharsets.UTF_8);
          edit = "un-completing " + f.getFileName();
        }
        case 1 -> {
          Files.move(f, interviews.resolve("OPP-9999.md"));
          edit = "renaming " + f.getFileName() + " to OPP-9999.md (no deal)";
        }
        default -> {
          Files.delete(f);
          edit = "deleting " + f.getFileName();
        }
      }
      assertSameEveryWay(corpus, edit);
    }
  }

  @Test
  void aStoredReportIsReplayedBeforePicocliParsesAnything(@TempDir Path dir) throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    age(corpus);
    String[] check = {"check", "--format", "json", "--corpus", corpus.toString()};
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    java.time.Clock clock = java.time.Clock.systemDefaultZone();
    assertThat(ReportReplay.replay(new java.io.PrintWriter(out), new java.io.PrintWriter(err), clock, check)).as("nothing stored yet").isEmpty();
    CliRun.run("check", "--corpus", corpus.toString()).exits(0); // one result stored: the next miss computes its key once
    ReportReplay.Outcome miss = ReportReplay.attempt(new java.io.PrintWriter(out), new java.io.PrintWriter(err), clock, check);
    assertThat(miss.exitCode()).isEmpty();
    assertThat(miss.missed()).as("a miss hands its key to the parsed run").isPresent();
    assertThat(miss.missed().get().root()).isEqualTo(corpus.toAbsolutePath().normalize());
    CliRun first = CliRun.run(check);
    assertThat(newestResult().getFileName().toString()).as("stored under the key the miss computed")
        .isEqualTo(miss.missed().get().key().hex() + ".bin");
    assertThat(ReportReplay.replay(new java.io.PrintWriter(out), new java.io.PrintWriter(err), clock, check)).contains(first.exit);
    assertThat(out.toString()).isEqualTo(first.out);
    assertThat(err.toString()).isEqualTo(first.err);
    // the same report spelled another way, --no-cache, or arguments from an @file: picocli decides
    String[] spelled = {"check", "--format=json", "--corpus=" + corpus};
    assertThat(ReportReplay.replay(new java.io.PrintWriter(out), new java.io.PrintWriter(err), clock, spelled)).isEmpty();
    String[] noCache = {"check", "--format", "json", "--corpus", corpus.toString(), "--no-cache"};
    assertThat(ReportReplay.replay(new java.io.PrintWriter(out), new java.io.PrintWriter(err), clock, noCache)).isEmpty();
    assertThat(ReportReplay.replay(new java.io.PrintWriter(out), new java.io.PrintWriter(err), clock, "check", "@args.txt")).isEmpty();
    // another day is another key
    java.time.Clock tomorrow = java.time.Clock.offset(clock, java.time.Duration.ofDays(1));
    assertThat(ReportReplay.replay(new java.io.PrintWriter(out), new java.io.PrintWriter(err), tomorrow, check)).isEmpty();
    assertThat(ReportReplay.corpusOption(List.of("check", "--corpus", "a"))).isEqualTo(Path.of("a"));
    assertThat(ReportReplay.corpusOption(List.of("check", "--corpus=b"))).isEqualTo(Path.of("b"));
    assertThat(ReportReplay.corpusOption(List.of("check"))).isNull();
  }

  @Test
  void cacheClearEmptiesIt(@TempDir Path dir) {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir);
    outcome(corpus, List.of("check"), true);
    CliRun.run("cache", "clear").exits(0).stdoutContains("cleared ", " cache file", "xdg-cache").stderrEmpty();
    CliRun.run("cache", "clear").exits(0).stdoutContains("cleared 0 cache files").stderrEmpty();
  }
}
