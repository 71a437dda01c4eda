package winloss.core.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a command wants to write.
 *
 * @param path relative to the corpus root
 * @param content the full text to write
 * @param generated true for generated files (header checked for edits); false for
 *     human-owned files a command creates or imports, which follow {@code overwrite}
 * @param overwrite for human-owned files: may an existing file be replaced
 */
public record PlannedFile(Path path, String content, boolean generated, boolean overwrite) {
  public PlannedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isAbsolute() || path.normalize().startsWith("..")) {
      throw new IllegalArgumentException("a planned file stays inside the corpus: " + path);
    }
  }

  /** A generated document: {@code content} gets the header naming {@code command}. */
  public static PlannedFile generated(Path path, String command, String content) {
    return new PlannedFile(path, GeneratedHeader.wrap(command, content), true, true);
  }

  /** A human-owned file the user asked a command to create; never replaces an existing one. */
  public static PlannedFile scaffold(Path path, String content) {
    return new PlannedFile(path, content, false, false);
  }

  /** A human-owned file the user asked a command to rewrite (an import). */
  public static PlannedFile replacing(Path path, String content) {
    return new PlannedFile(path, content, false, true);
  }
}
