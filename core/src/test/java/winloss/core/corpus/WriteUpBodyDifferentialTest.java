package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import winloss.core.model.Answer;
import winloss.core.model.Quote;
import winloss.core.text.FrontMatter;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * The two readings of a write-up body agree ({@link WriteUpBody#readSimple} where it accepts a
 * body, {@link WriteUpBody#parse} always), and the flexmark reading finds exactly what flexmark's
 * own HTML rendering shows: every paragraph inside a {@code <blockquote>} that ends in tags is a
 * quote with that text and those tags, in order, and every top-level {@code <h2>} a question
 * heading. Bodies are generated from a grammar of the CommonMark constructs a write-up meets
 * (quotes lazy, nested, in lists, with several paragraphs; HTML comments and blocks; fences of
 * three and four backticks and tildes; indented code; setext headings; inline comments).
 */
class WriteUpBodyDifferentialTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @Test
  void everyWriteUpInTheRepositoryReadsTheSameBothWays() throws Exception {
    Path repo = Path.of("").toAbsolutePath().getParent();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("win-loss/interviews", "core/src/test/resources", "cli/src/test/resources")) {
      Path d = repo.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.walk(d)) {
          s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).forEach(files::add);
        }
      }
    }
    int bodies = 0;
    int simple = 0;
    for (Path f : files) {
      FrontMatter fm;
      try {
        fm = FrontMatter.split(TextFiles.decode(Files.readAllBytes(f)));
      } catch (InputProblem e) {
        continue;
      }
      bodies++;
      if (assertSame(fm.body(), fm.bodyFirstLine())) {
        simple++;
      }
      if (f.startsWith(repo.resolve("win-loss/interviews"))) {
        // the demo corpus is ordinary markdown: it must take the fast reading
        assertThat(WriteUpBody.readSimple("X", fm.body(), fm.bodyFirstLine())).as("%s takes the simple reading", f).isNotNull();
      }
    }
    assertThat(bodies).isGreaterThan(100);
    assertThat(simple).isGreaterThan(bodies / 2);
  }

  @Test
  void theSimpleReadingAgreesWithFlexmarkOnRandomBodies() throws Exception {
    SplittableRandom r = new SplittableRandom(12);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 10000; i++) {
      String body = simpleBody(r);
      if (assertSame(body, 1 + r.nextInt(30))) {
        accepted++;
      } else {
        refused++;
      }
    }
    assertThat(accepted).isGreaterThan(1500);
    assertThat(refused).isGreaterThan(1500);
  }

  @Test
  void flexmarkReadingFindsWhatFlexmarkRenders() throws Exception {
    SplittableRandom r = new SplittableRandom(2026);
    int quotes = 0;
    int headings = 0;
    for (int i = 0; i < 3000; i++) {
      String body = markdownBody(r);
      WriteUpBody.Body read = WriteUpBody.parse("OPP-1", body, 1);
      Rendered rendered = render(body);
      List<String> found = new ArrayList<>();
      for (Quote q : read.quotes()) {
        found.add(q.text() + " " + q.tags());
      }
      assertThat(found).as("quotes in:\n%s\nrendered:\n%s", body, rendered.html).isEqualTo(rendered.quotes);
      List<String> foundHeadings = new ArrayList<>();
      for (Answer a : read.answers()) {
        foundHeadings.add(a.number() + "|" + a.heading());
      }
      assertThat(foundHeadings).as("headings in:\n%s\nrendered:\n%s", body, rendered.html).isEqualTo(rendered.headings);
      for (Quote q : read.quotes()) {
        // the cited line holds the start of the quote's text
        String line = body.split("\n", -1)[q.line() - 1];
        String firstWord = q.text().split(" ")[0];
        assertThat(line).as("line %d of:\n%s", q.line(), body).contains(firstWord);
      }
      quotes += read.quotes().size();
      headings += read.answers().size();
      WriteUpBody.Body simple = WriteUpBody.readSimple("OPP-1", body, 1);
      if (simple != null) {
        assertThat(simple).as("simple reading of:\n%s", body).isEqualTo(read);
      }
    }
    assertThat(quotes).isGreaterThan(1500);
    assertThat(headings).isGreaterThan(1200);
  }

  /** Asserts both readings agree where the simple one accepts; whether it did. */
  private static boolean assertSame(String body, int firstLine) throws Exception {
    WriteUpBody.Body simple = WriteUpBody.readSimple("OPP-7", body, firstLine);
    WriteUpBody.Body parsed = WriteUpBody.parse("OPP-7", body, firstLine);
    if (simple != null) {
      assertThat(simple).as("simple reading of:\n%s", body).isEqualTo(parsed);
    }
    return simple != null;
  }

  // ---------------------------------------------------------------------------------------------
  // flexmark's HTML, read back

  private record Rendered(String html, List<String> quotes, List<String> headings) {}

  /**
   * The tagged paragraphs inside block quotes and the top-level h2 headings of flexmark's HTML.
   * The generated text has no inline markup, so a paragraph's text is its HTML without tags and
   * comments, entities decoded, each line stripped and the lines joined by a space.
   */
  private static Rendered render(String body) {
    String html = HTML.render(PARSER.parse(body));
    List<String> quotes = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    int quoteDepth = 0;
    int listDepth = 0;
    int i = 0;
    while (i < html.length()) {
      if (html.startsWith("<pre>", i)) {
        i = html.indexOf("</pre>", i) + 6;
      } else if (html.startsWith("<!--", i)) {
        i = html.indexOf("-->", i) + 3;
      } else if (html.startsWith("<blockquote>", i)) {
        quoteDepth++;
        i += 12;
      } else if (html.startsWith("</blockquote>", i)) {
        quoteDepth--;
        i += 13;
      } else if (html.startsWith("<ul>", i) || html.startsWith("<ol>", i)) {
        listDepth++;
        i += 4;
      } else if (html.startsWith("</ul>", i) || html.startsWith("</ol>", i)) {
        listDepth--;
        i += 5;
      } else if (html.startsWith("<p>", i) && quoteDepth > 0) {
        int end = html.indexOf("</p>", i);
        String text = text(html.substring(i + 3, end));
        WriteUpBody.Tags tags = WriteUpBody.tags(text);
        if (tags != null && tags.start() > 0) {
          quotes.add(text.substring(0, tags.start()).strip() + " " + tags.codes());
        }
        i = end + 4;
      } else if (html.startsWith("<h2>", i) && quoteDepth == 0 && listDepth == 0) {
        int end = html.indexOf("</h2>", i);
        WriteUpBody.Numbered n = WriteUpBody.numbered(text(html.substring(i + 4, end)));
        headings.add(n.question() + "|" + n.text());
        i = end + 5;
      } else {
        i++;
      }
    }
    return new Rendered(html, quotes, headings);
  }

  private static String text(String inner) {
    String s = inner.replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]*>", "");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    StringBuilder sb = new StringBuilder();
    for (String l : s.split("\n")) {
      String t = l.strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(t);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  private static final String[] WORDS = {"the", "rollout", "took", "nine", "working", "days", "Lumen", "price",
      "we", "signed", "because", "of", "dbt", "support;", "a", "close", "call,", "honestly.", "CFO", "&", "\"safe\"",
      "it's", "2026", "3.5x", "50%", "(really)", "Q3", "team:", "won", "No. 1"};
  private static final String[] TAGS = {"#price", "#time-to-value", "#integration-depth", "#a", "#sales-process",
      "#technical-evaluator"};

  private static String words(SplittableRandom r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (i == 0) {
        w = "Word" + w; // a line never starts with a block marker by accident
      }
      sb.append(i > 0 ? " " : "").append(w);
    }
    return sb.toString();
  }

  private static String tags(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(TAGS[r.nextInt(TAGS.length)]);
    }
    return sb.toString();
  }

  /** A body like the ones people write, with now and then a line the simple reading must refuse. */
  private static String simpleBody(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    String[] odd = {"  indented", "- item", "1. item", "<!-- c -->", "```", "~~~", "***", "---", "===", "<div>",
        "[a]: /u", "\tTab", "> > nested", ">  two spaces", "lazy line", "## heading #", "#NoSpace", "####### seven",
        "x <!-- y", "\\", "|a|b|", "&amp;", "!", "> - list", "> 1) x", ">\tq", "   ", "> ## h", "Text\r"};
    int blocks = r.nextInt(12);
    for (int k = 0; k < blocks; k++) {
      switch (r.nextInt(7)) {
        case 0 -> b.append("## ").append(r.nextInt(10)).append(r.nextBoolean() ? ". " : ") ").append(words(r, 0, 6)).append('\n');
        case 1 -> b.append(words(r, 1, 12)).append('\n');
        case 2 -> {
          int lines = 1 + r.nextInt(3);
          for (int j = 0; j < lines; j++) {
            b.append(r.nextBoolean() ? "> " : ">").append(words(r, 1, 8));
            b.append(j == lines - 1 && r.nextInt(4) > 0 ? tags(r) : "").append('\n');
          }
        }
        case 3 -> b.append(r.nextBoolean() ? "\n" : ">\n");
        case 4 -> b.append(r.nextBoolean() ? "# " : "### ").append(words(r, 1, 4)).append('\n');
        case 5 -> b.append('\n');
        default -> {
          if (r.nextInt(4) == 0) {
            b.append(odd[r.nextInt(odd.length)]).append('\n');
          } else {
            b.append(words(r, 1, 5)).append('\n');
          }
        }
      }
    }
    return r.nextBoolean() ? b.toString() : b.toString().stripTrailing();
  }

  /** Any of the constructs a write-up meets, nested now and then. */
  static String markdownBody(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int blocks = 2 + r.nextInt(10);
    for (int k = 0; k < blocks; k++) {
      b.append(block(r, 0, r.nextInt(3) == 0 ? "" : "\n"));
      b.append(r.nextInt(5) == 0 ? "" : "\n");
    }
    return b.toString();
  }

  private static String quoteParagraph(SplittableRandom r, String prefix, boolean lazy) {
    StringBuilder b = new StringBuilder();
    int lines = 1 + r.nextInt(3);
    for (int j = 0; j < lines; j++) {
      boolean isLazy = lazy && j > 0 && r.nextBoolean();
      b.append(isLazy ? "" : prefix).append(words(r, 1, 7));
      b.append(j == lines - 1 && r.nextInt(4) > 0 ? tags(r) : "").append('\n');
    }
    return b.toString();
  }

  private static String block(SplittableRandom r, int depth, String sep) {
    switch (r.nextInt(depth > 1 ? 8 : 15)) {
      case 0:
        return "## " + (r.nextInt(5) == 0 ? "" : r.nextInt(12) + ". ") + words(r, 1, 5) + (r.nextInt(6) == 0 ? " ##" : "") + "\n";
      case 1:
        return words(r, 1, 8) + "\n" + (r.nextBoolean() ? words(r, 1, 8) + "\n" : "");
      case 2:
        return quoteParagraph(r, r.nextBoolean() ? "> " : ">", false);
      case 3:
        return quoteParagraph(r, "> ", true);
      case 4: {
        // several paragraphs in one block quote, blank '>' lines between
        return quoteParagraph(r, "> ", false) + ">\n" + quoteParagraph(r, "> ", r.nextBoolean());
      }
      case 5:
        return "<!-- " + words(r, 0, 3) + "\n" + quoteParagraph(r, "> ", false) + "-->\n";
      case 6: {
        String fence = r.nextBoolean() ? "```" : "~~~";
        String inner = quoteParagraph(r, "> ", false);
        if (r.nextBoolean()) {
          return "````markdown\n```\n" + inner + "```\n````\n";
        }
        return fence + (r.nextBoolean() ? "text" : "") + "\n" + inner + "## 1. " + words(r, 1, 2) + "\n" + fence + "\n";
      }
      case 7:
        return "    > " + words(r, 1, 4) + tags(r) + "\n    ## 2. Not a heading\n";
      case 8: {
        // a nested quote
        String inner = quoteParagraph(r, "> > ", r.nextBoolean());
        return (r.nextBoolean() ? "> " + words(r, 1, 4) + "\n" : "") + inner;
      }
      case 9: {
        // quotes in list items
        String marker = r.nextBoolean() ? "- " : "1. ";
        String pad = " ".repeat(marker.length());
        StringBuilder b = new StringBuilder();
        int items = 1 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
          if (r.nextBoolean()) {
            b.append(marker).append(quoteParagraph(r, "> ", false).replace("\n> ", "\n" + pad + "> "));
          } else {
            b.append(marker).append(words(r, 1, 4)).append('\n');
            b.append(quoteParagraph(r, pad + "> ", false));
          }
        }
        return b.toString();
      }
      case 10:
        return words(r, 1, 4) + "\n" + (r.nextBoolean() ? "---" : "===") + "\n";
      case 11:
        return "<div>\n" + quoteParagraph(r, "> ", false) + "</div>\n";
      case 12:
        return "> " + words(r, 1, 3) + " <!-- " + words(r, 1, 2) + " -->" + (r.nextBoolean() ? " " + words(r, 1, 2) : "")
            + tags(r) + "\n";
      case 13:
        return words(r, 1, 3) + " <!-- withdrawn\n> " + words(r, 1, 3) + tags(r) + "\n-->\n";
      default:
        return "> " + block(r, depth + 1, sep).replace("\n", "\n> ").replaceAll("> $", "");
    }
  }
}
