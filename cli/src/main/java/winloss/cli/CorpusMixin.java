package winloss.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import winloss.core.corpus.CorpusLocator;

/** {@code --corpus DIR}; without it the corpus is found by walking up from the working directory. */
public final class CorpusMixin {
  @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder (holding operator-brief.md). Default: found from the working directory upwards.")
  Path corpus;

  /** The corpus root, absolute. */
  public Path root() {
    return CorpusLocator.locate(workingDirectory(), corpus);
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
