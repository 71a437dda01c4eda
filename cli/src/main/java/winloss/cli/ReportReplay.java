package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import winloss.core.cache.CorpusCache;
import winloss.core.cache.ResultCache;
import winloss.core.corpus.CorpusLocator;
import winloss.core.diag.WinlossException;

/**
 * Replays a stored report before picocli builds anything (issue 15: a warm report on an
 * unchanged corpus answers in about the JVM's start-up time; building picocli's model of the
 * command alone costs more than the rest of a replay).
 *
 * <p>It finds the corpus as {@link CorpusMixin} does and asks {@link ResultCache} for the key of
 * the arguments exactly as given. A result is stored under that key only by a run of the same
 * arguments, over the same corpus folder and state, on the same day, with the same jar, that
 * picocli parsed and found cacheable ({@link CachedReport}); so a hit here is the same replay
 * {@link CommandLineFactory} would make after parsing, and anything else (a miss, {@code
 * --no-cache}, {@code WINLOSS_CACHE=off}, no corpus, a value this reading of {@code --corpus}
 * gets wrong, which only changes the key) falls through to picocli. Arguments read from an
 * {@code @file} are never cached: the file's content is not part of the key.
 */
final class ReportReplay {
  private ReportReplay() {}

  /**
   * What a replay attempt found: the exit code of a replayed report, or (on a miss) the key it
   * computed, so the parsed run that follows stores under it without scanning the corpus again.
   */
  record Outcome(Optional<Integer> exitCode, Optional<Missed> missed) {
    static final Outcome NONE = new Outcome(Optional.empty(), Optional.empty());
  }

  /** A miss: the corpus root the key was computed for, and the key. */
  record Missed(Path root, ResultCache.Key key) {}

  /** The exit code of the replayed report, or empty when picocli must run the command. */
  static Optional<Integer> replay(PrintWriter out, PrintWriter err, java.time.Clock clock, String... args) {
    return attempt(out, err, clock, args).exitCode();
  }

  /** {@link #replay}, and on a miss the key computed for it. */
  static Outcome attempt(PrintWriter out, PrintWriter err, java.time.Clock clock, String... args) {
    List<String> argv = List.of(args);
    if (argv.isEmpty() || argv.contains("--no-cache") || argv.stream().anyMatch(a -> a.startsWith("@"))) {
      return Outcome.NONE;
    }
    // only the reports that store results can have one (CachedReport); every other command
    // would walk the corpus for nothing (a conservative filter: a miss falls through anyway)
    String command = CommandLineFactory.requestedSubcommand(args);
    boolean json = argv.contains("json") || argv.contains("--format=json");
    if (!"check".equals(command) && !(json && List.of("synthesize", "themes", "teardown").contains(command))) {
      return Outcome.NONE;
    }
    CorpusCache cache = CorpusCache.fromEnvironment(System.getenv(), System.getProperty("user.home"));
    if (!cache.enabled()) {
      return Outcome.NONE;
    }
    Path root;
    try {
      root = CorpusLocator.locate(CorpusMixin.workingDirectory(), corpusOption(argv));
    } catch (WinlossException | java.nio.file.InvalidPathException e) {
      return Outcome.NONE;
    }
    ResultCache results = ResultCache.of(cache, root);
    if (!results.holdsAny()) {
      return Outcome.NONE;
    }
    Optional<ResultCache.Key> key = results.key(argv, java.time.LocalDate.now(clock));
    Optional<ResultCache.Result> hit = key.flatMap(results::get);
    if (hit.isEmpty()) {
      return new Outcome(Optional.empty(), key.map(k -> new Missed(root, k)));
    }
    out.print(hit.get().out());
    out.flush();
    err.print(hit.get().err());
    err.flush();
    return new Outcome(Optional.of(hit.get().exitCode()), Optional.empty());
  }

  /** The value of {@code --corpus DIR} or {@code --corpus=DIR}, as picocli reads the option; null without it. */
  static Path corpusOption(List<String> argv) {
    String value = null;
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--corpus") && i + 1 < argv.size()) {
        value = argv.get(++i);
      } else if (a.startsWith("--corpus=")) {
        value = a.substring("--corpus=".length());
      }
    }
    return value == null ? null : Path.of(value);
  }
}
