package winloss.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import winloss.core.diag.WinlossException;

/** Finds the corpus like git finds .git: the first folder upwards holding operator-brief.md. */
public final class CorpusLocator {
  public static final String BRIEF = "operator-brief.md";

  private CorpusLocator() {}

  /**
   * @param start the working directory
   * @param override the {@code --corpus} folder, or null
   */
  public static Path locate(Path start, Path override) {
    if (override != null) {
      Path dir = start.resolve(override).toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw new WinlossException("--corpus " + override + ": no such folder");
      }
      if (!Files.isRegularFile(dir.resolve(BRIEF))) {
        throw new WinlossException(
            "--corpus " + override + ": no " + BRIEF + " in that folder; point --corpus at the folder that holds it");
      }
      return dir;
    }
    Path dir = start.toAbsolutePath().normalize();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(BRIEF))) {
        return d;
      }
    }
    throw new WinlossException(
        "no " + BRIEF + " in " + dir + " or any folder above it; run winloss inside a corpus or pass --corpus DIR (to start a new one: winloss init)");
  }
}
