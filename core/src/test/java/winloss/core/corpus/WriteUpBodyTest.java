package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.model.Answer;
import winloss.core.model.Quote;

/** What a write-up body means, construct by construct, with the lines its citations give. */
class WriteUpBodyTest {

  private static WriteUpBody.Body read(String... lines) throws Exception {
    return WriteUpBody.read("OPP-9", String.join("\n", lines) + "\n", 10);
  }

  private static List<String> quotes(WriteUpBody.Body b) {
    return b.quotes().stream().map(q -> q.citation() + " " + q.text() + " " + q.tags() + " q" + q.question()).toList();
  }

  @Test
  void aLazilyContinuedQuoteIsOneQuoteCitedAtItsFirstLine() throws Exception {
    WriteUpBody.Body b = read(
        "## 1. Why?",
        "",
        "> Nine working days versus eight to twelve weeks;",
        "that is not a close call. #time-to-value",
        "",
        "> When your rep went around me,",
        "> my engineer",
        "stopped believing it. #sales-process #technical-evaluator");
    assertThat(quotes(b)).containsExactly(
        "OPP-9:L12 Nine working days versus eight to twelve weeks; that is not a close call. [time-to-value] q1",
        "OPP-9:L15 When your rep went around me, my engineer stopped believing it. [sales-process, technical-evaluator] q1");
    assertThat(b.answers().get(0).text()).isEqualTo(
        "Nine working days versus eight to twelve weeks; that is not a close call.\n\n"
            + "When your rep went around me, my engineer stopped believing it.");
  }

  @Test
  void nothingInsideHtmlCommentsHtmlBlocksCodeOrFencesIsAQuote() throws Exception {
    WriteUpBody.Body b = read(
        "## 1. Why?",
        "Answer text.",
        "<!-- Withdrawn 2026-02-20: the buyer asked that this line not be quoted.",
        "> Nine working days. #time-to-value",
        "-->",
        "````markdown",
        "```",
        "> Example sentence. #time-to-value",
        "```",
        "````",
        "~~~",
        "> Tilde example. #price",
        "~~~",
        "",
        "    > Indented code. #price",
        "",
        "<div>",
        "> Inside HTML. #price",
        "</div>",
        "",
        "> Kept <!-- but not this --> words. #price");
    assertThat(quotes(b)).containsExactly("OPP-9:L30 Kept  words. [price] q1");
    String text = b.answers().get(0).text();
    assertThat(text).doesNotContain("Withdrawn", "Nine working days", "Inside HTML", "not this")
        .contains("> Example sentence. #time-to-value", "    > Indented code. #price");
  }

  @Test
  void nestedQuotesAndQuotesInListItemsAreQuotes() throws Exception {
    WriteUpBody.Body b = read(
        "## 2. Who?",
        "",
        "> Our CFO said:",
        "> > Nobody gets fired for buying Lumen. #brand",
        "",
        "- > In a list item. #price",
        "- The champion:",
        "  > Under the item. #champion",
        "",
        "> - a list inside a quote #fit");
    assertThat(quotes(b)).containsExactly(
        "OPP-9:L13 Nobody gets fired for buying Lumen. [brand] q2",
        "OPP-9:L15 In a list item. [price] q2",
        "OPP-9:L17 Under the item. [champion] q2",
        "OPP-9:L19 a list inside a quote [fit] q2");
  }

  @Test
  void eachParagraphOfABlockQuoteIsItsOwnQuote() throws Exception {
    WriteUpBody.Body b = read(
        "## 3. What?",
        "> Context the buyer gave first,",
        "> over two lines.",
        ">",
        "> The quote itself. #price");
    assertThat(quotes(b)).containsExactly("OPP-9:L14 The quote itself. [price] q3");
    assertThat(b.answers().get(0).text()).isEqualTo("Context the buyer gave first, over two lines.\n\nThe quote itself.");
  }

  @Test
  void questionHeadingsAreTopLevelSecondLevelHeadings() throws Exception {
    WriteUpBody.Body b = read(
        "# Interview",
        "## 1. First ##",
        "text",
        "> ## 9. in a quote",
        "```",
        "## 8. in a fence",
        "```",
        "<!--",
        "## 7. in a comment",
        "-->",
        "Second",
        "---",
        "answer",
        "### 3. A sub-heading stays text");
    assertThat(b.answers()).extracting(Answer::number, Answer::heading, Answer::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "First", 11),
            org.assertj.core.groups.Tuple.tuple(0, "Second", 20));
    assertThat(b.answers().get(1).text()).isEqualTo("answer\n### 3. A sub-heading stays text");
  }

  @Test
  void theSimpleReadingTakesOrdinaryBodiesAndRefusesTheRest() throws Exception {
    String ordinary = "## 1. Why?\n\nText.\n\n> A quote\n> over two lines. #price\n\n## 2. Next\n";
    assertThat(WriteUpBody.readSimple("X", ordinary, 1)).isNotNull().isEqualTo(WriteUpBody.parse("X", ordinary, 1));
    for (String odd : List.of("> a\nlazy #x\n", "<!-- x -->\n", "```\n> a #x\n```\n", "- > a #x\n", "> > a #x\n",
        "text\n---\n", "    code\n", "[a]: /b\n", "a <!-- b --> c\n", "## x ##\n")) {
      assertThat(WriteUpBody.readSimple("X", odd, 1)).as(odd).isNull();
    }
  }

  @Test
  void quotesBeforeTheFirstHeadingAreQuestionZero() throws Exception {
    WriteUpBody.Body b = read("> Before any heading. #price", "## 1. Q");
    assertThat(b.quotes()).extracting(Quote::question, Quote::line).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 10));
  }

  @Test
  void aVeryLongRuleIsARule() throws Exception {
    String dashes = "-".repeat(5000);
    WriteUpBody.Body b = read("## 1. Q", "> A quote. #price", "", "* ".repeat(3000), "", "Setext", dashes, "", "_".repeat(4000));
    assertThat(quotes(b)).containsExactly("OPP-9:L11 A quote. [price] q1");
    assertThat(b.answers()).extracting(Answer::number, Answer::heading, Answer::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Q", 10), org.assertj.core.groups.Tuple.tuple(0, "Setext", 15));
  }

  @Test
  void aLineNestedDeeperThanTheLimitIsRefusedAtItsLine() {
    String deep = "> ".repeat(200) + "too deep #price";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("## 1. Q", "", deep))
        .isInstanceOf(winloss.core.text.InputProblem.class)
        .hasMessageContaining("400 columns deep")
        .satisfies(e -> assertThat(((winloss.core.text.InputProblem) e).line()).isEqualTo(12));
  }

  @Test
  void theReaderReportsARefusedBodyAsAnErrorAtItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path rel = java.nio.file.Path.of("win-loss/interviews/OPP-9.md");
    java.nio.file.Files.createDirectories(dir.resolve(rel).getParent());
    java.nio.file.Files.writeString(dir.resolve(rel), "---\nopp: OPP-9\noutcome: won\nstatus: requested\n---\n## 1. Q\n"
        + " ".repeat(300) + "- x\n");
    winloss.core.diag.Diagnostics out = new winloss.core.diag.Diagnostics();
    assertThat(InterviewReader.read(dir, rel, out)).isPresent();
    assertThat(out.sorted()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(7);
      assertThat(d.message()).contains("300 columns deep");
    });
  }

  @Test
  void anHtmlCommentOrAFenceNeverClosedIsAWarningAtItsLine() throws Exception {
    WriteUpBody.Body comment = read("## 1. Q", "<!-- note to self", "", "> Hidden. #price", "## 2. R");
    assertThat(comment.quotes()).isEmpty();
    assertThat(comment.answers()).hasSize(1);
    assertThat(comment.warnings()).extracting(WriteUpBody.Warning::line).containsExactly(11);
    assertThat(comment.warnings().get(0).message()).contains("HTML comment", "never closed", "-->");
    WriteUpBody.Body fence = read("## 1. Q", "````", "> Hidden. #price");
    assertThat(fence.warnings()).extracting(WriteUpBody.Warning::line).containsExactly(11);
    assertThat(fence.warnings().get(0).message()).contains("code fence", "````");
    assertThat(read("## 1. Q", "<!-- a", "-->", "```", "x", "```").warnings()).isEmpty();
  }
}
