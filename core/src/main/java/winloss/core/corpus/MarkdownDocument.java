package winloss.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import winloss.core.diag.Diagnostics;
import winloss.core.text.FrontMatter;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * A corpus markdown file read as text, split at its front matter, and the front matter parsed.
 * Loading reports problems as diagnostics and returns empty rather than throwing.
 */
record MarkdownDocument(YNode front, String body, int bodyFirstLine) {

  static Optional<MarkdownDocument> load(Path root, Path relative, Diagnostics out) {
    Optional<String> text = readText(root, relative, TextFiles.MAX_DOCUMENT_BYTES, out);
    return text.isEmpty() ? Optional.empty() : parse(relative, text.get(), out);
  }

  /** Splits and parses text already read (from a file or a git blob); {@code relative} names it in findings. */
  static Optional<MarkdownDocument> parse(Path relative, String text, Diagnostics out) {
    try {
      FrontMatter fm = FrontMatter.split(text);
      if (fm.yaml() == null) {
        out.error(relative, 1, "no YAML front matter; start the file with a --- line, the fields, and another ---");
        return Optional.empty();
      }
      YNode front = YamlReader.parse(fm.yaml(), fm.yamlFirstLine());
      if (!front.isMap()) {
        out.error(relative, fm.yamlFirstLine(), "front matter should be key: value lines, not " + front.describeKind());
        return Optional.empty();
      }
      return Optional.of(new MarkdownDocument(front, fm.body(), fm.bodyFirstLine()));
    } catch (InputProblem p) {
      out.problem(relative, p);
      return Optional.empty();
    }
  }

  /** Reads a corpus file as normalized text, or reports why it cannot. */
  static Optional<String> readText(Path root, Path relative, long maxBytes, Diagnostics out) {
    try {
      return Optional.of(TextFiles.read(root.resolve(relative), maxBytes));
    } catch (NoSuchFileException e) {
      out.error(relative, 0, "file is missing; create it (see docs/corpus-format.md)");
    } catch (InputProblem p) {
      out.problem(relative, p);
    } catch (IOException e) {
      out.error(relative, 0, "cannot read the file: " + e.getMessage());
    }
    return Optional.empty();
  }

  static boolean exists(Path root, Path relative) {
    return Files.isRegularFile(root.resolve(relative));
  }
}
