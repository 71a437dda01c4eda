package winloss.core.corpus;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import winloss.core.text.InputProblem;

/**
 * flexmark's CommonMark parser with the limits winloss reads corpus markdown under (a write-up
 * body, the brief's body). Every node's offsets are offsets into the text given.
 *
 * <ul>
 *   <li>A line that nests deeper than {@value #MAX_NESTING} columns of indentation and {@code >}
 *       markers is refused: flexmark's time grows with the square of the nesting (3,000 nested
 *       list items took minutes).
 *   <li>A thematic break ({@code ----}, {@code ***}, {@code _ _ _}) of any length is read:
 *       flexmark matches it with a recursive regular expression that overflows the stack from
 *       about 2,000 characters, so the text it parses has the markers after the third blanked
 *       (same length, same meaning; winloss takes all text from the original).
 *   <li>Should flexmark still run out of stack, the text is refused rather than the run.
 * </ul>
 */
final class MarkdownParser {
  /** The deepest a line may start: columns of leading blanks and {@code >} markers. */
  static final int MAX_NESTING = 256;
  private static final int LONG_RULE = 100;

  private MarkdownParser() {}

  /** flexmark's parser, built once (it is immutable and thread-safe). */
  private static final class Holder {
    static final Parser PARSER = Parser.builder().build();
  }

  /**
   * Parses {@code text} (LF line breaks) whose first line is file line {@code firstLine}.
   *
   * @throws InputProblem at the file line that nests too deeply, or line 0 when flexmark runs
   *     out of stack
   */
  static Document parse(String text, int firstLine) throws InputProblem {
    String safe = guard(text, firstLine);
    try {
      return Holder.PARSER.parse(safe);
    } catch (StackOverflowError e) {
      throw InputProblem.unreadable(0, "the markdown is too deeply nested or has a construct too long for the markdown reader; "
          + "look for very long lines of markup characters and shorten them", e);
    }
  }

  private static String guard(String text, int firstLine) throws InputProblem {
    StringBuilder out = null;
    int pos = 0;
    int line = 0;
    int n = text.length();
    while (pos <= n) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = n;
      }
      int i = pos;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
        i++;
      }
      if (i - pos > MAX_NESTING) {
        throw InputProblem.unreadable(firstLine + line, "this line starts " + (i - pos) + " columns deep in indentation and > markers;"
            + " winloss reads markdown nested at most " + MAX_NESTING + " deep: flatten it");
      }
      if (end - i > LONG_RULE && isRule(text, i, end)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        char c = text.charAt(i);
        int seen = 0;
        for (int k = i; k < end; k++) {
          if (text.charAt(k) == c && ++seen > 3) {
            out.setCharAt(k, ' ');
          }
        }
      }
      pos = end + 1;
      line++;
    }
    return out == null ? text : out.toString();
  }

  /** Only one of {@code - * _}, with blanks between: a thematic break (or setext underline). */
  private static boolean isRule(String s, int from, int to) {
    char c = s.charAt(from);
    if (c != '-' && c != '*' && c != '_') {
      return false;
    }
    for (int k = from; k < to; k++) {
      char d = s.charAt(k);
      if (d != c && d != ' ' && d != '\t') {
        return false;
      }
    }
    return true;
  }
}
