package winloss.core.text;

/**
 * A markdown file split at its YAML front matter.
 *
 * @param yaml the text between the two {@code ---} lines, or null when the file has none
 * @param yamlFirstLine the file line of the first YAML line (2 when the file starts with ---)
 * @param body the markdown after the closing {@code ---}
 * @param bodyFirstLine the file line of the first body line
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Splits {@code text} (already normalized to LF); throws if the front matter is not closed. */
  public static FrontMatter split(String text) throws InputProblem {
    if (!text.startsWith("---\n")) {
      return new FrontMatter(null, 0, text, 1);
    }
    int pos = 4;
    int line = 2;
    int n = text.length();
    while (pos <= n) {
      int end = text.indexOf('\n', pos);
      int lineEnd = end < 0 ? n : end;
      if (lineEnd - pos == 3 && (text.startsWith("---", pos) || text.startsWith("...", pos))) {
        String yaml = text.substring(4, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new FrontMatter(yaml, 2, body, line + 1);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    throw new InputProblem(1, "front matter opened with --- is never closed; add a line with --- after it");
  }
}
