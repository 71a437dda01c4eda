package winloss.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import winloss.core.diag.Diagnostics;
import winloss.core.llm.ModelConfig;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * An API key written into {@code win-loss/winloss.yaml} is committed with the corpus: {@code check}
 * warns at its line (never repeating it). The file is scanned as text, so a file the YAML reader
 * would refuse is still checked; the key belongs in the environment variable named by
 * {@code model.api_key_env}.
 */
final class SecretRules {
  private static final Pattern API_KEY = Pattern.compile("^\\s*[\"']?api[_-]?key[\"']?\\s*:\\s*\\S", Pattern.CASE_INSENSITIVE);

  private SecretRules() {}

  static void check(Path root, Diagnostics out) {
    Path file = root.resolve(ModelConfig.FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    String text;
    try {
      text = TextFiles.read(file, TextFiles.MAX_DOCUMENT_BYTES);
    } catch (IOException | InputProblem e) {
      return; // the commands that use the file report why it cannot be read
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (API_KEY.matcher(lines[i]).find()) {
        out.warning(ModelConfig.FILE, i + 1, "an API key is written in the corpus (api_key:), so it is committed with it: remove"
            + " the line, rotate the key, and name the environment variable that holds it with model.api_key_env");
      }
    }
  }
}
