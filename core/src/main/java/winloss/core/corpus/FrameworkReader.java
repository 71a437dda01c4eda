package winloss.core.corpus;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Framework;
import winloss.core.model.Question;
import winloss.core.text.InputProblem;

/**
 * Reads win-loss/eight-questions.md: a {@code ## Win interview} and a {@code ## Loss interview}
 * section, each an ordered list of eight questions with indented {@code Probe:} and {@code
 * Signal:} lines.
 *
 * <p>The body is read as CommonMark with flexmark ({@link MarkdownParser}, the reader of the
 * write-ups): a section is a top-level level-2 heading whose text starts with "Win interview" or
 * "Loss interview" (to the next level-1 or level-2 heading); its questions are the items of its
 * top-level ordered lists, numbered in order ({@code 1.} or {@code 1)}, whatever numbers are
 * written); an item's text is its first paragraph up to its first {@code Probe:} or {@code
 * Signal:} line (a question wrapped over two lines is joined), and those lines may be indented or
 * lazily continued, or in a later paragraph of the item. Nothing inside an HTML comment, an HTML
 * block, a code block or a fence is read: an example list in a fence, or a question commented
 * out, is not a question. A question's line is the file line of its list item.
 */
public final class FrameworkReader {
  public static final Path FILE = Path.of("win-loss", "eight-questions.md");
  private static final Pattern DETAIL = Pattern.compile("(Probe|Signal):\\s*(.*)");
  private static final Pattern SIMPLE_HEADING = Pattern.compile("(#{1,2}) ([^#]*[^#\\s][^#]*)");
  private static final Pattern SIMPLE_ITEM = Pattern.compile("\\d{1,9}[.)] ([^\\s>#*+=_\\-\\[\\\\|!&\\d].*)");
  private static final Pattern SIMPLE_DETAIL = Pattern.compile(" {1,8}(Probe|Signal):(?: (.*)|())");

  private FrameworkReader() {}

  public static Optional<Framework> read(Path root, Diagnostics out) {
    Optional<MarkdownDocument> doc = MarkdownDocument.load(root, FILE, out);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    YamlFields f = new YamlFields(FILE, out);
    String version = f.string(doc.get().front(), "version", "");
    if (version == null) {
      f.error(1, "missing version: in the front matter; the framework is versioned (e.g. version: 2026.1)");
    }
    Sections read;
    try {
      String body = doc.get().body();
      int first = doc.get().bodyFirstLine();
      Sections simple = readSimple(body, first);
      read = simple != null ? simple : parse(body, first);
    } catch (InputProblem p) {
      out.error(FILE, p.line(), p.getMessage());
      return Optional.empty();
    }
    List<Question> win = read.win();
    List<Question> loss = read.loss();
    boolean sawWin = read.sawWin();
    boolean sawLoss = read.sawLoss();
    requireEight(f, "## Win interview", sawWin, win);
    requireEight(f, "## Loss interview", sawLoss, loss);
    return Optional.of(new Framework(version == null ? "" : version, win, loss));
  }

  /** The two sections' questions, and whether each section was there. */
  record Sections(List<Question> win, List<Question> loss, boolean sawWin, boolean sawLoss) {}

  /**
   * Reads the body through flexmark's document tree (see the class comment).
   *
   * @throws InputProblem when the body is beyond what {@link MarkdownParser} reads
   */
  static Sections parse(String body, int first) throws InputProblem {
    List<Question> win = new ArrayList<>();
    List<Question> loss = new ArrayList<>();
    boolean sawWin = false;
    boolean sawLoss = false;
    Document tree = MarkdownParser.parse(body, first);
    int[] starts = WriteUpBody.lineStarts(body);
    BitSet hidden = WriteUpBody.walk(tree, body, starts, first).hidden();
    List<Question> current = null;
    for (Node n = tree.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 2) {
        BasedSequence t = h.getText();
        String title = (t.isNull() || t.isEmpty() ? "" : WriteUpBody.visible(body, hidden, t.getStartOffset(), t.getEndOffset()))
            .strip().toLowerCase(Locale.ROOT);
        if (title.startsWith("win interview")) {
          current = win;
          sawWin = true;
        } else if (title.startsWith("loss interview")) {
          current = loss;
          sawLoss = true;
        } else {
          current = null;
        }
      } else if (n instanceof Heading h && h.getLevel() == 1) {
        current = null;
      } else if (current != null && n instanceof OrderedList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem li) {
            Question q = question(li, current.size() + 1, first + WriteUpBody.lineOf(starts, li.getStartOffset()), body, hidden);
            if (q != null) {
              current.add(q);
            }
          }
        }
      }
    }
    return new Sections(win, loss, sawWin, sawLoss);
  }

  /**
   * Reads a body written the plain way (the template's and the demo's) line by line, without
   * building flexmark's tree (which would load flexmark for every command that reads the
   * questions); null as soon as a line could mean anything else, for {@link #parse} to read. It
   * accepts only: blank lines; {@code #} and {@code ##} headings; list items {@code N. text} or
   * {@code N) text} after a blank line, a heading or another item; indented {@code Probe:} and
   * {@code Signal:} lines right after an item or another such line; and paragraph lines after a
   * blank line, a heading or another paragraph line, none with a character that opens HTML, code
   * or another block. {@code FrameworkReaderTest} requires both readings to agree.
   */
  static Sections readSimple(String body, int first) {
    List<Question> win = new ArrayList<>();
    List<Question> loss = new ArrayList<>();
    boolean sawWin = false;
    boolean sawLoss = false;
    List<Question> current = null;
    String[] lines = body.split("\n", -1);
    char previous = 'b'; // b blank, h heading, i item, d detail, p paragraph
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.indexOf('<') >= 0 || l.indexOf('`') >= 0 || l.indexOf('\t') >= 0 || l.indexOf('\r') >= 0 || l.indexOf('~') >= 0) {
        return null;
      }
      if (l.isBlank()) {
        previous = 'b';
        continue;
      }
      if (l.startsWith("#")) {
        Matcher h = SIMPLE_HEADING.matcher(l);
        if (!h.matches()) {
          return null;
        }
        if (h.group(1).length() == 2) {
          String title = h.group(2).strip().toLowerCase(Locale.ROOT);
          if (title.startsWith("win interview")) {
            current = win;
            sawWin = true;
          } else if (title.startsWith("loss interview")) {
            current = loss;
            sawLoss = true;
          } else {
            current = null;
          }
        } else {
          current = null;
        }
        previous = 'h';
        continue;
      }
      Matcher item = SIMPLE_ITEM.matcher(l);
      if (item.matches()) {
        if (previous == 'p') {
          return null;
        }
        if (current != null) {
          current.add(new Question(current.size() + 1, item.group(1).strip(), "", "", first + i));
        }
        previous = 'i';
        continue;
      }
      Matcher detail = SIMPLE_DETAIL.matcher(l);
      if (detail.matches() && (previous == 'i' || previous == 'd')) {
        if (current != null && !current.isEmpty()) {
          Question q = current.remove(current.size() - 1);
          String value = detail.group(2) == null ? "" : detail.group(2).strip();
          current.add(detail.group(1).equals("Probe")
              ? new Question(q.number(), q.text(), value, q.signal(), q.line())
              : new Question(q.number(), q.text(), q.probe(), value, q.line()));
        }
        previous = 'd';
        continue;
      }
      if ((previous == 'b' || previous == 'h' || previous == 'p') && plainLine(l)) {
        previous = 'p';
        continue;
      }
      return null;
    }
    return new Sections(win, loss, sawWin, sawLoss);
  }

  /** A paragraph line that can open nothing else: no indentation, no block marker first. */
  private static boolean plainLine(String l) {
    char c = l.charAt(0);
    if (c <= ' ' || "#>-*+_=<`~[\\|!&".indexOf(c) >= 0) {
      return false;
    }
    if (c >= '0' && c <= '9') {
      int k = 0;
      while (k < l.length() && Character.isDigit(l.charAt(k))) {
        k++;
      }
      return k >= l.length() || (l.charAt(k) != '.' && l.charAt(k) != ')');
    }
    return !l.strip().equals("---") && !l.strip().equals("===");
  }

  /**
   * One question: the item's first paragraph up to its {@code Probe:} and {@code Signal:} lines
   * (each stripped, joined by a space), those lines from any paragraph of the item; null for an
   * item without text (an HTML comment only, or a nested block).
   */
  private static Question question(ListItem item, int number, int line, String body, BitSet hidden) {
    StringBuilder text = new StringBuilder();
    String probe = "";
    String signal = "";
    boolean details = false;
    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
      if (!(c instanceof Paragraph p)) {
        continue;
      }
      for (BasedSequence l : p.getContentLines()) {
        String v = l.isNull() || l.isEmpty() ? "" : WriteUpBody.visible(body, hidden, l.getStartOffset(), l.getEndOffset()).strip();
        Matcher detail = DETAIL.matcher(v);
        if (detail.matches()) {
          details = true;
          if (detail.group(1).equals("Probe")) {
            probe = detail.group(2).strip();
          } else {
            signal = detail.group(2).strip();
          }
        } else if (!details && c == item.getFirstChild() && !v.isEmpty()) {
          text.append(text.length() > 0 ? " " : "").append(v);
        }
      }
    }
    return text.length() == 0 ? null : new Question(number, text.toString(), probe, signal, line);
  }

  private static void requireEight(YamlFields f, String heading, boolean seen, List<Question> qs) {
    if (!seen) {
      f.error(1, "no '" + heading + "' section; add it with the eight questions as a numbered list");
      return;
    }
    if (qs.size() != 8) {
      f.error(qs.isEmpty() ? 1 : qs.get(0).line(), "'" + heading + "' has " + qs.size() + " questions; the framework has exactly eight");
    }
    for (Question q : qs) {
      if (q.probe().isEmpty() || q.signal().isEmpty()) {
        f.warning(q.line(), "question " + q.number() + " has no " + (q.probe().isEmpty() ? "Probe:" : "Signal:") + " line; scripts show both to the interviewer");
      }
    }
  }
}
