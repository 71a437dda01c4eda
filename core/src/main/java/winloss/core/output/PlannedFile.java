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
 * @param bytes for a binary generated file (a PNG chart, a PDF): its bytes, and {@code content} is
 *     empty; null for every text file. Binary files carry no header: they are rewritten whole
 *     whenever their bytes differ, like the document they belong to
 */
public record PlannedFile(Path path, String content, boolean generated, boolean overwrite, byte[] bytes) {
  public PlannedFile(Path path, String content, boolean generated, boolean overwrite) {
    this(path, content, generated, overwrite, null);
  }

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

  /**
   * A generated file written as is, without the header line: an SVG chart or an HTML page (whose
   * own format has no place for it), rewritten whenever its text differs.
   */
  public static PlannedFile derived(Path path, String content) {
    return new PlannedFile(path, content, false, true, null);
  }

  /** A generated binary file (PNG, PDF), rewritten whenever its bytes differ. */
  public static PlannedFile binary(Path path, byte[] bytes) {
    return new PlannedFile(path, "", false, true, bytes.clone());
  }

  /** True for a binary file (see {@link #bytes}). */
  public boolean isBinary() {
    return bytes != null;
  }

  /** The bytes to write: {@link #bytes} for a binary file, {@link #content} in UTF-8 otherwise. */
  public byte[] data() {
    return bytes != null ? bytes.clone() : content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
