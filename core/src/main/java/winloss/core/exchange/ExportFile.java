package winloss.core.exchange;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import winloss.core.diag.WinlossException;

/**
 * Writes an export (a {@code .qdpx} or {@code .qdc}) where the user asked, which may be outside
 * the corpus: a temporary file beside the target, then a rename, so a failed run leaves nothing
 * half-written. An existing file is replaced only with {@code force}.
 */
public final class ExportFile {
  private ExportFile() {}

  /**
   * @param shown how to name the target in messages
   * @throws WinlossException (exit 2) when the target exists and {@code force} is false, is a
   *     folder, or cannot be written
   */
  public static void write(Path target, String shown, byte[] bytes, boolean force) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new WinlossException(shown + " is a folder; give the file to write, e.g. " + shown.replaceAll("/+$", "") + "/export.qdpx");
    }
    if (Files.exists(abs) && !force) {
      throw new WinlossException(shown + " already exists; pass --force to replace it, or choose another file");
    }
    Path dir = abs.getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      Files.write(temp, bytes);
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new WinlossException("cannot write " + shown + ": " + e.getMessage() + "; nothing was written", WinlossException.INPUT, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the temp file is hidden and named after its target
        }
      }
    }
  }
}
