package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import winloss.core.coding.CodingPlan;
import winloss.core.coding.InterviewEditor;
import winloss.core.coding.Sentences;
import winloss.core.model.Answer;
import winloss.core.model.Quote;
import winloss.core.transcript.RawDocument;

/**
 * {@code code --apply}'s edit ({@link InterviewEditor}) against the reader ({@link WriteUpBody}),
 * on the generated bodies of {@link WriteUpBodyDifferentialTest} (quotes lazy, nested, in lists;
 * HTML comments and blocks; fences; indented code; setext headings), with LF and with CRLF: for a
 * sentence of an answer, the edit is one insertion (every other byte identical), and reading the
 * edited file finds exactly the quotes it found before plus the sentence tagged, under the same
 * question (or the existing quote of that sentence with the tag added); headings unchanged.
 */
class InterviewEditorDifferentialTest {
  private static final String FRONT = "---\nopp: OPP-1\noutcome: lost\n---\n";

  @Test
  void theEditIsOneInsertionThatTheReaderReadsAsTheTaggedSentence() throws Exception {
    SplittableRandom r = new SplittableRandom(1212);
    int edits = 0;
    int retagged = 0;
    for (int i = 0; i < 2000; i++) {
      String body = WriteUpBodyDifferentialTest.markdownBody(r);
      boolean crlf = r.nextInt(4) == 0;
      WriteUpBody.Body before = WriteUpBody.parse("OPP-1", body, 5);
      // a sentence of a paragraph (not code, not a comment) under a question heading of its own
      Map<Integer, Integer> numbers = new HashMap<>();
      for (Answer a : before.answers()) {
        numbers.merge(a.number(), 1, Integer::sum);
      }
      List<String[]> candidates = new ArrayList<>();
      BodyLayout layout = BodyLayout.of(body);
      for (BodyLayout.Section s : layout.sections()) {
        if (s.question() <= 0 || numbers.get(s.question()) != 1) {
          continue;
        }
        for (BodyLayout.Block b : s.paragraphs()) {
          for (String sentence : Sentences.of(b.quote() ? b.said() : b.text())) {
            if (!sentence.contains("#")) {
              candidates.add(new String[] {String.valueOf(s.question()), sentence});
            }
          }
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      String[] pick = candidates.get(r.nextInt(candidates.size()));
      int question = Integer.parseInt(pick[0]);
      String sentence = pick[1];
      Map<CodingPlan.Tag, List<String>> tags = new LinkedHashMap<>();
      tags.put(new CodingPlan.Tag(question, sentence), List.of("zz-new"));
      CodingPlan plan = new CodingPlan(Map.of(), null, List.of(), tags);
      String file = FRONT + body;
      if (crlf) {
        file = file.replace("\n", "\r\n");
      }
      String edited = InterviewEditor.apply(RawDocument.parse(file), plan, "OPP-1.md");

      // one insertion: a common prefix and suffix cover the whole original
      int prefix = 0;
      while (prefix < file.length() && prefix < edited.length() && file.charAt(prefix) == edited.charAt(prefix)) {
        prefix++;
      }
      int suffix = 0;
      while (suffix < file.length() - prefix && file.charAt(file.length() - 1 - suffix) == edited.charAt(edited.length() - 1 - suffix)) {
        suffix++;
      }
      assertThat(prefix + suffix).as("one insertion into:\n%s\ngave:\n%s", file, edited).isEqualTo(file.length());
      String inserted = edited.substring(prefix, edited.length() - suffix);
      if (crlf) {
        assertThat(inserted.replace("\r\n", "")).as("CRLF kept in:\n%s", edited).doesNotContain("\n");
      }

      String editedBody = edited.substring(FRONT.length() + (crlf ? 4 : 0)).replace("\r\n", "\n");
      WriteUpBody.Body after = WriteUpBody.parse("OPP-1", editedBody, 5);
      assertThat(after.answers().stream().map(a -> a.number() + "|" + a.heading()).toList())
          .as("headings of:\n%s", editedBody)
          .isEqualTo(before.answers().stream().map(a -> a.number() + "|" + a.heading()).toList());
      List<String> was = quotes(before.quotes());
      List<String> now = quotes(after.quotes());
      String tagged = question + "|" + sentence + "|";
      boolean existing = false;
      for (int k = 0; k < was.size(); k++) {
        String q = was.get(k);
        if (q.startsWith(tagged)) {
          existing = true;
          List<String> expected = new ArrayList<>(was);
          expected.set(k, q.contains("zz-new") ? q : q.substring(0, q.length() - 1) + ", zz-new]");
          assertThat(now).as("retagged quote in:\n%s", editedBody).isEqualTo(expected);
          retagged++;
          break;
        }
      }
      if (!existing) {
        List<String> added = new ArrayList<>(now);
        for (String q : was) {
          assertThat(added.remove(q)).as("quote %s kept in:\n%s", q, editedBody).isTrue();
        }
        assertThat(added).as("the new quote in:\n%s\nwas:\n%s", editedBody, body).containsExactly(tagged + "[zz-new]");
      }
      edits++;
    }
    assertThat(edits).as("edits (%d retagged)", retagged).isGreaterThan(300);
    assertThat(retagged).isGreaterThan(10);
  }

  private static List<String> quotes(List<Quote> quotes) {
    List<String> out = new ArrayList<>();
    for (Quote q : quotes) {
      out.add(q.question() + "|" + Sentences.squash(q.text()) + "|" + q.tags());
    }
    return out;
  }
}
