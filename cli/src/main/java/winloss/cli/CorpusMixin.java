package winloss.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import winloss.core.cache.CorpusCache;
import winloss.core.corpus.CorpusLocator;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

/** {@code --corpus DIR}; without it the corpus is found by walking up from the working directory. */
public final class CorpusMixin {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE) picocli.CommandLine.Model.CommandSpec mixee;

  @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder (holding operator-brief.md). Default: found from the working directory upwards.")
  Path corpus;

  @Option(names = "--no-cache", description = "Read every corpus file instead of taking unchanged ones from the corpus cache (also: WINLOSS_CACHE=off).")
  boolean noCache;

  /** The corpus root, absolute. */
  public Path root() {
    return CorpusLocator.locate(workingDirectory(), corpus);
  }

  /** The corpus cache to read through: off with {@code --no-cache} or {@code WINLOSS_CACHE=off}. */
  public CorpusCache cache() {
    return noCache ? CorpusCache.off() : CorpusCache.fromEnvironment(System.getenv(), System.getProperty("user.home"));
  }

  /** Reads the whole corpus (through the cache), consent-redacted: what every output is built from. */
  public Corpus read() {
    return CorpusReader.read(root(), cache(), progress());
  }

  /** Reads the whole corpus as written, account names included: only for check and for editing a write-up. */
  public Corpus readAsWritten() {
    return CorpusReader.readAsWritten(root(), cache(), progress());
  }

  /** Where the command tells the phases of long work (the progress line on a terminal). */
  public winloss.core.progress.ProgressListener progress() {
    return mixee == null ? winloss.core.progress.ProgressListener.NONE : WinlossCommand.progress(mixee);
  }

  static Path workingDirectory() {
    return Path.of("").toAbsolutePath();
  }

  /** How to show a corpus path to the user: relative to the working directory when inside it. */
  public static String display(Path root, Path relative) {
    Path abs = root.resolve(relative).normalize();
    Path cwd = workingDirectory();
    String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return shown.isEmpty() ? "." : shown.replace('\\', '/');
  }
}
