package winloss.core.corpus;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.model.Answer;
import winloss.core.model.Quote;
import winloss.core.text.InputProblem;

/**
 * Reads the markdown body of a write-up as CommonMark, with flexmark: the answers under the
 * question headings and the tagged quotes.
 *
 * <ul>
 *   <li>A <b>question heading</b> is a level-2 heading at the top level of the document ({@code
 *       ## 3. text}, also {@code ## 3) text}, {@code ## 3 text}, or a setext heading underlined
 *       with {@code ---}); its number is the leading integer of its text (0 when it has none).
 *   <li>A <b>quote</b> is a paragraph inside a block quote (at any depth: nested quotes, quotes in
 *       list items, lazily continued lines included) whose text ends with {@code #code} tags. Its
 *       text is the paragraph's lines, each stripped, joined by one space, the tags removed. Its
 *       line (the {@code <opp>:L<line>} citation) is the file line where the paragraph's text
 *       starts: for a quote over several lines, its first line. A block quote of several
 *       paragraphs holds several quotes, each with its own line and tags.
 *   <li>Nothing inside an HTML comment, an HTML block, a code block or a fence is a quote or a
 *       heading, whatever it looks like. HTML comments and HTML blocks are not answer text either
 *       (a withdrawn line never reaches a prompt or a suggestion); code blocks stay in the answer
 *       text as written.
 *   <li>An <b>answer</b>'s text is the body lines under its heading as written, each quote
 *       replaced by its text on one line (without tags), a line of bare {@code >} markers by an
 *       empty line.
 * </ul>
 *
 * <p>Two readings, one result: most write-ups use only paragraphs, {@code #} headings and plain
 * {@code >} quotes, which {@link #readSimple} reads line by line (10-20 times faster than
 * building flexmark's document tree, see docs/performance.md); it gives up (returns null) on the
 * first line that could mean anything else, and {@link #parse} then reads the body with flexmark.
 * {@code WriteUpBodyDifferentialTest} requires both readings to agree, and the flexmark reading
 * to find exactly the block quotes and headings that flexmark's HTML rendering shows.
 */
final class WriteUpBody {
  private static final Pattern NUMBERED = Pattern.compile("##\\s+(\\d+)[.)]?\\s*(.*)");
  private static final Pattern TAGS = Pattern.compile("((?:\\s*#[A-Za-z0-9_-]+)+)\\s*$");

  /** The answers and the tagged quotes of one body, in file order. */
  /**
   * The answers and the tagged quotes of one body, in file order, and warnings about the body.
   *
   * @param warnings what hides the rest of the body by mistake (an HTML comment or a code fence
   *     never closed), each at its file line
   */
  record Body(List<Answer> answers, List<Quote> quotes, List<Warning> warnings) {
    Body(List<Answer> answers, List<Quote> quotes) {
      this(answers, quotes, List.of());
    }
  }

  /** A warning about a body, at its file line. */
  record Warning(int line, String message) {}

  private WriteUpBody() {}

  /**
   * Reads {@code body} (LF line breaks), whose first line is file line {@code firstLine}.
   *
   * @param opp the deal the quotes cite
   * @throws InputProblem when the body is beyond what {@link MarkdownParser} reads
   */
  static Body read(String opp, String body, int firstLine) throws InputProblem {
    Body simple = readSimple(opp, body, firstLine);
    return simple != null ? simple : parse(opp, body, firstLine);
  }

  // ---------------------------------------------------------------------------------------------
  // The library reading

  private static final byte RAW = 0;
  private static final byte IN_QUOTE = 1;
  private static final byte DROP = 2;
  private static final byte CODE = 3;
  private static final byte HEADING = 4;
  private static final byte QUOTE = 5;
  private static final byte COVERED = 6;

  /**
   * Reads the body through flexmark's document tree.
   *
   * @throws InputProblem when the body is beyond what {@link MarkdownParser} reads
   */
  static Body parse(String opp, String body, int firstLine) throws InputProblem {
    Document doc = MarkdownParser.parse(body, firstLine);
    int[] starts = lineStarts(body);
    int lines = starts.length;
    Tree tree = walk(doc, body, starts, firstLine);
    byte[] kind = tree.kind();
    BitSet hidden = tree.hidden();
    String[] text = new String[lines];
    List<Heading> headings = tree.headings();
    List<Paragraph> quoted = tree.quoted();
    List<Warning> warnings = tree.warnings();

    // Pass 2: headings and quotes take the line where their visible text starts.
    for (Heading h : headings) {
      int line = lineOf(starts, h.getStartOffset());
      kind[line] = HEADING;
      BasedSequence t = h.getText();
      String v = t.isNull() || t.isEmpty() ? "" : visible(body, hidden, t.getStartOffset(), t.getEndOffset());
      text[line] = join(List.of(v.split("\n", -1)));
    }
    for (Paragraph p : quoted) {
      List<BasedSequence> contentLines = new ArrayList<>(p.getContentLines());
      List<String> visible = visibleLines(body, hidden, contentLines);
      for (int i = 0; i < visible.size(); i++) {
        if (!visible.get(i).isEmpty()) {
          int line = lineOf(starts, contentLines.get(i).getStartOffset());
          kind[line] = QUOTE;
          text[line] = join(visible);
          break;
        }
      }
    }

    Assembler a = new Assembler(opp);
    for (int i = 0; i < lines; i++) {
      int end = i + 1 < lines ? starts[i + 1] - 1 : body.length();
      switch (kind[i]) {
        case HEADING -> a.heading(firstLine + i, text[i]);
        case QUOTE -> a.quote(firstLine + i, text[i]);
        case CODE -> a.line(body.substring(starts[i], end));
        case IN_QUOTE -> {
          String v = visible(body, hidden, starts[i], end);
          a.line(onlyMarkers(v) ? "" : v);
        }
        case RAW -> {
          String v = visible(body, hidden, starts[i], end);
          if (!v.isEmpty() || starts[i] == end) {
            a.line(v);
          }
        }
        default -> {} // DROP, COVERED: inside an HTML block, or the rest of a heading or quote
      }
    }
    Body read = a.finish();
    return new Body(read.answers(), read.quotes(), warnings);
  }

  /**
   * What flexmark's document tree says about a body: the kind of each line, the characters inside
   * HTML comments, the question headings (level 2, top level), the paragraphs inside block quotes
   * (at any depth) and the other paragraphs, none of them inside an HTML block, a code block or a
   * fence, in document order; and the warnings about comments and fences never closed.
   */
  record Tree(byte[] kind, BitSet hidden, List<Heading> headings, List<Paragraph> quoted, List<Paragraph> plain,
      List<Warning> warnings) {}

  /** Walks the document tree of {@code body} (whose first line is file line {@code firstLine}). */
  static Tree walk(Document doc, String body, int[] starts, int firstLine) {
    byte[] kind = new byte[starts.length];
    BitSet hidden = new BitSet(body.length());
    List<Heading> headings = new ArrayList<>();
    List<Paragraph> quoted = new ArrayList<>();
    List<Paragraph> plain = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();

    // Pass 1: what each line is, and which characters are inside HTML comments.
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(doc);
    Deque<Integer> quoteDepth = new ArrayDeque<>();
    quoteDepth.push(0);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      int depth = quoteDepth.pop();
      if (n instanceof HtmlBlockBase) {
        hidden.set(n.getStartOffset(), n.getEndOffset());
        mark(kind, starts, n, DROP);
        String html = n.getChars().toString();
        if (html.stripLeading().startsWith("<!--") && !html.contains("-->")) {
          warnings.add(new Warning(firstLine + lineOf(starts, n.getStartOffset()),
              "an HTML comment opened here is never closed: the rest of the write-up is hidden from winloss (and from every"
                  + " markdown viewer); close it with -->"));
        }
        continue;
      }
      if (n instanceof HtmlInlineComment || n instanceof HtmlInnerBlockComment) {
        hidden.set(n.getStartOffset(), n.getEndOffset());
        continue;
      }
      if (n instanceof FencedCodeBlock f && f.getClosingMarker().isEmpty() && n.getParent() instanceof Document) {
        warnings.add(new Warning(firstLine + lineOf(starts, n.getStartOffset()),
            "a code fence opened here with " + f.getOpeningMarker() + " is never closed: the rest of the write-up is code,"
                + " its quotes and headings are not read; close it with " + f.getOpeningMarker()));
      }
      if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
        mark(kind, starts, n, CODE);
        continue;
      }
      if (n instanceof Heading h && h.getLevel() == 2 && h.getParent() instanceof Document) {
        headings.add(h);
        mark(kind, starts, n, COVERED);
      } else if (n instanceof Paragraph p && depth > 0) {
        quoted.add(p);
        mark(kind, starts, n, COVERED);
      } else if (n instanceof Paragraph p) {
        plain.add(p);
      } else if (n instanceof BlockQuote) {
        depth++;
        mark(kind, starts, n, IN_QUOTE);
      }
      List<Node> children = new ArrayList<>();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        children.add(c);
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
        quoteDepth.push(depth);
      }
    }

    return new Tree(kind, hidden, headings, quoted, plain, warnings);
  }

  static int[] lineStarts(String body) {
    int count = 1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  /** The 0-based line holding {@code offset}. */
  static int lineOf(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** Marks every line the node touches (a node ending with its line break ends on that line). */
  private static void mark(byte[] kind, int[] starts, Node n, byte k) {
    int from = lineOf(starts, n.getStartOffset());
    int endOffset = Math.max(n.getStartOffset(), n.getEndOffset() - 1);
    int to = lineOf(starts, endOffset);
    for (int i = from; i <= to && i < kind.length; i++) {
      kind[i] = k;
    }
  }

  /** Each of a paragraph's content lines without what HTML comments hide, stripped. */
  static List<String> visibleLines(String body, BitSet hidden, List<BasedSequence> seqs) {
    List<String> out = new ArrayList<>(seqs.size());
    for (BasedSequence s : seqs) {
      out.add(s.isNull() || s.isEmpty() ? "" : visible(body, hidden, s.getStartOffset(), s.getEndOffset()).strip());
    }
    return out;
  }

  /** The non-empty pieces, each stripped, joined by one space. */
  static String join(List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (String raw : pieces) {
      String p = raw.strip();
      if (!p.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }

  static String visible(String body, BitSet hidden, int from, int to) {
    int h = hidden.nextSetBit(from);
    if (h < 0 || h >= to) {
      return body.substring(from, to);
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (!hidden.get(i)) {
        sb.append(body.charAt(i));
      }
    }
    return sb.toString();
  }

  private static boolean onlyMarkers(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '>' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // The line-by-line reading of simple bodies

  /**
   * Reads a body that uses only blank lines, paragraphs, {@code #} headings and {@code >} quotes
   * whose lines all start with {@code >}; null as soon as a line could be anything else (a list,
   * a fence, indentation, HTML, a lazily continued quote, a nested quote, a setext underline, a
   * link definition, a tab or an unusual line break), for {@link #parse} to read.
   */
  static Body readSimple(String opp, String body, int firstLine) {
    Assembler a = new Assembler(opp);
    int n = body.length();
    int pos = 0;
    int line = firstLine;
    // 0: outside a quote; 1: after a quote line with text (a paragraph is open in the quote)
    boolean quoteOpen = false;
    StringBuilder quote = null;
    int quoteLine = 0;
    while (pos <= n) {
      int end = body.indexOf('\n', pos);
      if (end < 0) {
        end = n;
      }
      if (!clean(body, pos, end)) {
        return null;
      }
      int len = end - pos;
      char c = len == 0 ? ' ' : body.charAt(pos);
      if (c == '>') {
        int from = pos + 1;
        if (from < end && body.charAt(from) == ' ') {
          from++;
        }
        if (blank(body, from, end)) {
          if (quote != null) {
            a.quote(quoteLine, quote.toString());
            quote = null;
          }
          a.line("");
        } else {
          if (!plainStart(body, from, end)) {
            return null;
          }
          String t = body.substring(from, end).strip();
          if (quote == null) {
            quote = new StringBuilder(t);
            quoteLine = line;
          } else {
            quote.append(' ').append(t);
          }
        }
      } else {
        if (quote != null) {
          if (c != '#' && !blank(body, pos, end)) {
            return null; // a lazy continuation line: the parser decides
          }
          a.quote(quoteLine, quote.toString());
          quote = null;
        }
        if (blank(body, pos, end)) {
          a.line(body.substring(pos, end));
        } else if (c == '#') {
          int k = pos;
          while (k < end && body.charAt(k) == '#') {
            k++;
          }
          int level = k - pos;
          if (level > 6 || k >= end || body.charAt(k) != ' ' || lastNonBlank(body, pos, end) == '#') {
            return null;
          }
          if (level == 2) {
            a.heading(line, body.substring(k, end).strip());
          } else {
            a.line(body.substring(pos, end));
          }
        } else if (plainStart(body, pos, end)) {
          a.line(body.substring(pos, end));
        } else {
          return null;
        }
      }
      pos = end + 1;
      line++;
    }
    if (quote != null) {
      a.quote(quoteLine, quote.toString());
    }
    return a.finish();
  }

  /** No control character (tab, CR, NUL, ...), Unicode line break or HTML comment opener on the line. */
  private static boolean clean(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < ' ') {
        return false; // tab, CR, NUL, vertical tab, form feed, ...
      }
      if (c == '<') {
        if (i + 3 < to && s.charAt(i + 1) == '!' && s.charAt(i + 2) == '-' && s.charAt(i + 3) == '-') {
          return false;
        }
      } else if (c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029')) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static char lastNonBlank(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (s.charAt(i) != ' ') {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  /**
   * Whether a line starting at {@code from} can only be paragraph text: it starts with none of
   * the characters that open another block (indentation, headings, quotes, lists, thematic
   * breaks, setext underlines, fences, HTML, link reference definitions).
   */
  private static boolean plainStart(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    char c = s.charAt(from);
    if (c <= ' ' || "#>-*+_=<`~[\\|!&".indexOf(c) >= 0) {
      return false;
    }
    if (c >= '0' && c <= '9') {
      int i = from;
      while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      return i >= to || (s.charAt(i) != '.' && s.charAt(i) != ')');
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared: answers and quotes from the body's headings, quotes and lines, in order

  /** Builds the answers and quotes from a body's headings, quote paragraphs and other lines. */
  private static final class Assembler {
    private final String opp;
    private final List<Answer> answers = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int question;
    private String heading;
    private int headingLine;

    Assembler(String opp) {
      this.opp = opp;
    }

    void heading(int line, String headingText) {
      close();
      Numbered h = numbered(headingText);
      question = h.question();
      heading = h.text();
      headingLine = line;
      text.setLength(0);
    }

    void quote(int line, String joined) {
      Tags tags = tags(joined);
      if (tags != null && tags.start() > 0) {
        String said = joined.substring(0, tags.start()).strip();
        quotes.add(new Quote(opp, line, said, tags.codes(), question));
        line(said);
      } else {
        line(joined);
      }
    }

    void line(String l) {
      text.append(l).append('\n');
    }

    private void close() {
      if (heading != null) {
        answers.add(new Answer(question, heading, headingLine, text.toString().strip()));
      }
    }

    Body finish() {
      close();
      return new Body(answers, quotes);
    }
  }

  record Numbered(int question, String text) {}

  /**
   * The number and text of a question heading's text ({@code 3. Why us} gives 3 and "Why us"):
   * the leading integer, an optional {@code .} or {@code )}, the rest; 0 and the whole text when
   * it does not start with a number. The common {@code 3. text} form is read by hand (it runs on
   * every heading of every write-up); anything else goes through the regular expression.
   */
  static Numbered numbered(String headingText) {
    String s = "## " + headingText.strip();
    int n = s.length();
    int i = 3;
    while (i < n && i < 13 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i > 3 && i < 13 && i + 1 < n && s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && noTerminator(s, i + 2)) {
      return new Numbered(Integer.parseInt(s, 3, i, 10), s.substring(i + 2).trim());
    }
    Matcher m = NUMBERED.matcher(s);
    if (m.matches() && m.group(1).length() <= 9) {
      return new Numbered(Integer.parseInt(m.group(1)), m.group(2).trim());
    }
    return new Numbered(0, s.substring(3).trim());
  }

  private static boolean noTerminator(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** Where the trailing {@code #tags} of a quote start (as {@code TAGS.find()} gives), and the codes. */
  record Tags(int start, List<String> codes) {}

  /**
   * The trailing tags of a stripped quote, or null when it has none. Reads the usual
   * {@code text #a #b} backwards by hand; tags glued together ({@code #a#b}) go through
   * {@code TAGS}, so the result is always the regular expression's.
   */
  static Tags tags(String j) {
    int pos = j.length();
    int first = -1;
    List<String> codes = new ArrayList<>(2);
    while (true) {
      int b = pos;
      while (b > 0 && isTagChar(j.charAt(b - 1))) {
        b--;
      }
      if (b == pos || b == 0 || j.charAt(b - 1) != '#') {
        break;
      }
      codes.add(j.substring(b, pos));
      int w = b - 1;
      while (w > 0 && isRegexSpace(j.charAt(w - 1))) {
        w--;
      }
      first = w;
      if (w == b - 1 && w > 0) {
        return tagsByRegex(j); // #a#b or x#a: let the regular expression decide
      }
      pos = w;
    }
    if (first < 0) {
      if (j.isEmpty()) {
        return null;
      }
      char last = j.charAt(j.length() - 1);
      // '$' also matches before a final line terminator
      return isRegexSpace(last) || last == '\u0085' || last == '\u2028' || last == '\u2029' ? tagsByRegex(j) : null;
    }
    Collections.reverse(codes);
    return new Tags(first, codes);
  }

  private static Tags tagsByRegex(String j) {
    Matcher m = TAGS.matcher(j);
    if (!m.find()) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (String t : m.group(1).trim().split("\\s+")) {
      codes.add(t.substring(1));
    }
    return new Tags(m.start(), codes);
  }

  private static boolean isTagChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
