package winloss.core.settings;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * {@code win-loss/winloss.yaml}, the corpus's settings for optional features: one reader for its
 * blocks ({@code model:} for the model path, {@code notify:} for notifications), so every
 * feature reports a missing file, malformed YAML (with its line) and a missing block the same way.
 */
public final class SettingsFile {
  /** The file, relative to the corpus root. */
  public static final Path FILE = Path.of("win-loss", "winloss.yaml");

  private SettingsFile() {}

  /**
   * The mapping under {@code key}.
   *
   * @param noFile the message when the file does not exist (what to create, where it is documented)
   * @param noBlock the message when the file has no such mapping (what to add)
   * @throws WinlossException (exit 2) naming the file, and the line for malformed YAML
   */
  public static YNode block(Path root, String key, String noFile, String noBlock) {
    String text;
    try {
      text = TextFiles.read(root.resolve(FILE), TextFiles.MAX_DOCUMENT_BYTES);
    } catch (NoSuchFileException e) {
      throw new WinlossException(noFile, WinlossException.INPUT, e);
    } catch (IOException | InputProblem e) {
      throw new WinlossException(FILE + ": cannot read it: " + e.getMessage(), WinlossException.INPUT, e);
    }
    YNode doc;
    try {
      doc = YamlReader.parse(text, 1);
    } catch (InputProblem p) {
      throw new WinlossException(FILE + ":" + p.line() + ": " + p.getMessage(), WinlossException.INPUT, p);
    }
    YNode n = doc.isMap() ? doc.get(key) : null;
    if (n == null || !n.isMap()) {
      throw new WinlossException(FILE + ": " + noBlock);
    }
    return n;
  }
}
