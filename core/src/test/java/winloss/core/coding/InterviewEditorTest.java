package winloss.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import winloss.core.diag.WinlossException;
import winloss.core.transcript.RawDocument;

/**
 * {@link InterviewEditor} on a write-up that uses the markdown people write: a sentence withdrawn
 * in an HTML comment and shown in a 4-backtick fence is never edited (the paragraph that says it
 * gets the new quote after it, a blank line kept before the block quote that follows), a lazily continued
 * quote, a quote in a list item and a nested quote get their tags after their last character,
 * an indented code block is left alone; every other byte (trailing blanks, CRLF, a BOM) stays.
 * Golden file: {@code editor/tricky.expected.md}.
 */
class InterviewEditorTest {
  private static final Path DIR = Path.of("src", "test", "resources", "editor");

  private static CodingPlan plan() {
    Map<CodingPlan.Tag, List<String>> tags = new LinkedHashMap<>();
    tags.put(new CodingPlan.Tag(1, "Nine working days to the first dashboard."), List.of("time-to-value"));
    tags.put(new CodingPlan.Tag(2, "Their connectors covered our stack and the SE rebuilt our job live."),
        List.of("integration-depth", "sales-process"));
    tags.put(new CodingPlan.Tag(2, "Price was within five percent."), List.of("price", "pricing-model"));
    tags.put(new CodingPlan.Tag(2, "Procurement liked their terms."), List.of("procurement"));
    return new CodingPlan(Map.of(), null, List.of(), tags);
  }

  @Test
  void tagsWhatTheReaderReadsAndLeavesEveryOtherByte() throws Exception {
    String input = Files.readString(DIR.resolve("tricky.md"), StandardCharsets.UTF_8);
    String expected = Files.readString(DIR.resolve("tricky.expected.md"), StandardCharsets.UTF_8);
    String edited = InterviewEditor.apply(RawDocument.parse(input), plan(), "tricky.md");
    if (System.getenv("UPDATE_GOLDEN") != null) {
      Files.writeString(DIR.resolve("tricky.expected.md"), edited, StandardCharsets.UTF_8);
    }
    assertThat(edited).isEqualTo(expected);
    // the same with CRLF line breaks and a BOM
    String crlf = "\uFEFF" + input.replace("\n", "\r\n");
    assertThat(InterviewEditor.apply(RawDocument.parse(crlf), plan(), "tricky.md"))
        .isEqualTo("\uFEFF" + expected.replace("\n", "\r\n"));
  }

  @Test
  void aSentenceOnlyInsideACommentAFenceOrCodeIsNotFound() throws Exception {
    String input = Files.readString(DIR.resolve("tricky.md"), StandardCharsets.UTF_8)
        .replace("We signed in August. Nine working days to the first dashboard.", "We signed in August.");
    Map<CodingPlan.Tag, List<String>> tags = new LinkedHashMap<>();
    tags.put(new CodingPlan.Tag(1, "Nine working days to the first dashboard."), List.of("time-to-value"));
    assertThatThrownBy(() -> InterviewEditor.apply(RawDocument.parse(input), new CodingPlan(Map.of(), null, List.of(), tags),
        "tricky.md"))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("tricky.md: cannot find the sentence \"Nine working days to the first dashboard.\" under question 1");
    Map<CodingPlan.Tag, List<String>> code = new LinkedHashMap<>();
    code.put(new CodingPlan.Tag(2, "Indented code, not a quote."), List.of("price"));
    assertThatThrownBy(() -> InterviewEditor.apply(RawDocument.parse(input), new CodingPlan(Map.of(), null, List.of(), code),
        "tricky.md"))
        .hasMessageContaining("cannot find the sentence \"Indented code, not a quote.\"");
  }
}
