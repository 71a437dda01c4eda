package winloss.core.text;

/**
 * A markdown file split at its YAML front matter.
 *
 * <p>The front matter opens with a {@code ---} line on the file's first line and closes with
 * the next {@code ---} (or {@code ...}) line. A delimiter line may end in blanks (spaces and
 * tabs), which editors leave and a reader cannot see: {@code "--- "} is a delimiter, as in
 * every static-site generator that reads front matter.
 *
 * @param yaml the text between the two {@code ---} lines, or null when the file has none
 * @param yamlFirstLine the file line of the first YAML line (2 when the file starts with ---)
 * @param body the markdown after the closing {@code ---}
 * @param bodyFirstLine the file line of the first body line
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Splits {@code text} (already normalized to LF); throws if the front matter is not closed. */
  public static FrontMatter split(String text) throws InputProblem {
    int first = text.indexOf('\n');
    if (first < 0 || !isDelimiter(text, 0, first, false)) {
      return new FrontMatter(null, 0, text, 1);
    }
    int yamlStart = first + 1;
    int pos = yamlStart;
    int line = 2;
    int n = text.length();
    while (pos <= n) {
      int end = text.indexOf('\n', pos);
      int lineEnd = end < 0 ? n : end;
      if (isDelimiter(text, pos, lineEnd, true)) {
        String yaml = text.substring(yamlStart, pos);
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

  /**
   * Whether {@code text[from, to)} (one line, without its line break; a trailing CR counts as a
   * blank) is a front-matter delimiter: {@code ---}, or also {@code ...} when {@code closing},
   * followed only by spaces and tabs.
   */
  public static boolean isDelimiter(CharSequence text, int from, int to, boolean closing) {
    if (to - from < 3) {
      return false;
    }
    char c = text.charAt(from);
    if (!(c == '-' || (closing && c == '.')) || text.charAt(from + 1) != c || text.charAt(from + 2) != c) {
      return false;
    }
    for (int i = from + 3; i < to; i++) {
      char b = text.charAt(i);
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
