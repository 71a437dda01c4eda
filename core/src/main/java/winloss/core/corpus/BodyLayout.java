package winloss.core.corpus;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import winloss.core.text.InputProblem;

/**
 * Where the answers and quotes of a write-up body sit in its text, for editing it surgically
 * ({@code code --apply}): the body read as CommonMark by {@link WriteUpBody}'s reading of
 * flexmark's document tree (the same question headings and the same quotes the reports count;
 * nothing inside an HTML comment, an HTML block, a code block or a fence), with every paragraph's
 * place given as offsets into the text as it is on disk.
 *
 * <p>The text may have CRLF or lone CR line breaks: it is read with LF and every offset given is
 * an offset into the text as passed, so an edit made at those offsets keeps every other byte.
 *
 * @param sections the question sections in file order; paragraphs before the first question
 *     heading belong to none
 */
public record BodyLayout(List<Section> sections) {

  /**
   * A question's section: from its level-2 heading to the next.
   *
   * @param question the heading's leading number (0 when it has none, as the reader gives it)
   * @param heading the heading's text without its number
   * @param paragraphs its paragraphs, quoted or not, in file order
   */
  public record Section(int question, String heading, List<Block> paragraphs) {}

  /**
   * One paragraph of a section.
   *
   * @param quote true inside a block quote (at any depth, lazily continued lines included)
   * @param text its lines as the reader reads them: HTML comments left out, each line stripped,
   *     joined by one space (a quote's trailing {@code #tags} included)
   * @param textEnd the offset just after its last visible character (before trailing blanks and
   *     the line break): where tags are added to a quote
   * @param blockEnd the offset of the line break (or the end of the text) that ends the
   *     top-level block holding it (the paragraph itself, or the whole block quote or list it is
   *     in): where a new quote is added after it without splitting that block
   */
  public record Block(boolean quote, String text, int textEnd, int blockEnd) {
    /** The trailing {@code #tags} of the text, as the reader takes them (empty when none). */
    public List<String> codes() {
      WriteUpBody.Tags t = WriteUpBody.tags(text);
      return t == null || t.start() == 0 ? List.of() : t.codes();
    }

    /** The text without its trailing tags, as the reader quotes it. */
    public String said() {
      WriteUpBody.Tags t = WriteUpBody.tags(text);
      return t == null || t.start() == 0 ? text : text.substring(0, t.start()).strip();
    }
  }

  /**
   * Lays out {@code text}, a write-up body as it is on disk.
   *
   * @throws InputProblem when the body is beyond what the markdown reader reads (a line nested too
   *     deep); its line counts from the body's first line as 1
   */
  public static BodyLayout of(String text) throws InputProblem {
    // LF text for the parser, and where each of its characters is in the text given
    StringBuilder lf = new StringBuilder(text.length());
    int[] at = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      at[lf.length()] = i; // a CRLF's LF stands where its CR is: an insertion there goes before both
      lf.append(c == '\r' ? '\n' : c);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
    }
    at[lf.length()] = text.length();
    String body = lf.toString();
    Document doc = MarkdownParser.parse(body, 1);
    int[] starts = WriteUpBody.lineStarts(body);
    WriteUpBody.Tree tree = WriteUpBody.walk(doc, body, starts, 1);

    java.util.Set<Paragraph> quoted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    quoted.addAll(tree.quoted());
    List<Paragraph> paragraphs = new ArrayList<>(tree.quoted());
    paragraphs.addAll(tree.plain());
    paragraphs.sort(Comparator.comparingInt(Node::getStartOffset));
    List<Heading> headings = tree.headings();
    List<Section> sections = new ArrayList<>();
    int next = 0;
    for (int h = 0; h < headings.size(); h++) {
      Heading heading = headings.get(h);
      int end = h + 1 < headings.size() ? headings.get(h + 1).getStartOffset() : body.length() + 1;
      BasedSequence t = heading.getText();
      String v = t.isNull() || t.isEmpty() ? "" : WriteUpBody.visible(body, tree.hidden(), t.getStartOffset(), t.getEndOffset());
      WriteUpBody.Numbered numbered = WriteUpBody.numbered(WriteUpBody.join(List.of(v.split("\n", -1))));
      List<Block> in = new ArrayList<>();
      while (next < paragraphs.size() && paragraphs.get(next).getStartOffset() < heading.getStartOffset()) {
        next++;
      }
      while (next < paragraphs.size() && paragraphs.get(next).getStartOffset() < end) {
        Paragraph p = paragraphs.get(next++);
        Block laid = paragraph(p, quoted.contains(p), body, starts, tree, at);
        if (laid != null) {
          in.add(laid);
        }
      }
      sections.add(new Section(numbered.question(), numbered.text(), List.copyOf(in)));
    }
    return new BodyLayout(List.copyOf(sections));
  }

  /** The section of question {@code number}, or null when the body has no such heading. */
  public Section section(int number) {
    for (Section s : sections) {
      if (s.question() == number) {
        return s;
      }
    }
    return null;
  }

  private static Block paragraph(Paragraph p, boolean quote, String body, int[] starts, WriteUpBody.Tree tree, int[] at) {
    List<BasedSequence> lines = new ArrayList<>(p.getContentLines());
    List<String> visible = WriteUpBody.visibleLines(body, tree.hidden(), lines);
    String text = WriteUpBody.join(visible);
    if (text.isEmpty()) {
      return null; // only an HTML comment
    }
    int textEnd = -1;
    for (int i = lines.size() - 1; i >= 0 && textEnd < 0; i--) {
      if (!visible.get(i).isEmpty()) {
        int e = lines.get(i).getEndOffset();
        while (e > lines.get(i).getStartOffset() && Character.isWhitespace(body.charAt(e - 1))) {
          e--;
        }
        textEnd = e;
      }
    }
    Node top = p;
    while (top.getParent() != null && !(top.getParent() instanceof Document)) {
      top = top.getParent();
    }
    int last = WriteUpBody.lineOf(starts, Math.max(top.getStartOffset(), top.getEndOffset() - 1));
    int blockEnd = last + 1 < starts.length ? starts[last + 1] - 1 : body.length();
    return new Block(quote, text, at[textEnd], at[blockEnd]);
  }
}
