package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written heading-number and tag readers agree with the regular expressions they replaced. */
class QuoteLineTest {
  private static final Pattern NUMBERED = Pattern.compile("##\\s+(\\d+)[.)]?\\s*(.*)");
  private static final Pattern TAGS = Pattern.compile("((?:\\s*#[A-Za-z0-9_-]+)+)\\s*$");

  @Test
  void headingsAgreeWithTheRegex() {
    String[] pieces = {"## ", "##", " ", "1", "12", "3.", ". ", ")", "Why", "\t", "\u2028", "\u0085", "x", "99999", "."};
    SplittableRandom r = new SplittableRandom(4);
    int numbered = 0;
    for (int i = 0; i < 50000; i++) {
      StringBuilder b = new StringBuilder("## ");
      int n = r.nextInt(6);
      for (int j = 0; j < n; j++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String line = b.toString();
      String text = line.substring(3);
      Matcher m = NUMBERED.matcher("## " + text.strip());
      String expected = m.matches() && m.group(1).length() <= 9
          ? Integer.parseInt(m.group(1)) + "|" + m.group(2).trim()
          : 0 + "|" + text.strip();
      WriteUpBody.Numbered h = WriteUpBody.numbered(text);
      String actual = h.question() + "|" + h.text();
      assertThat(actual).as("line [%s]", line).isEqualTo(expected);
      if (!expected.startsWith("0|")) {
        numbered++;
      }
    }
    assertThat(numbered).isGreaterThan(1000);
  }

  @Test
  void tagsAgreeWithTheRegex() {
    String[] pieces = {" ", "#", "#a", "#price", "#time-to-value", "x", "said.", "\t", "\u00a0", "\u2028", "\u0085",
        "#a#b", "é", "#_1", "  ", "\n"};
    SplittableRandom r = new SplittableRandom(5);
    int tagged = 0;
    for (int i = 0; i < 100000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(7);
      for (int j = 0; j < n; j++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String raw = b.toString();
      for (String q : new String[] {raw, raw.strip()}) {
        Matcher m = TAGS.matcher(q);
        String expected = "none";
        if (m.find()) {
          List<String> codes = new ArrayList<>();
          for (String t : m.group(1).trim().split("\\s+")) {
            codes.add(t.substring(1));
          }
          expected = m.start() + "|" + codes;
          tagged++;
        }
        WriteUpBody.Tags t = WriteUpBody.tags(q);
        String actual = t == null ? "none" : t.start() + "|" + t.codes();
        assertThat(actual).as("quote [%s]", q).isEqualTo(expected);
      }
    }
    assertThat(tagged).isGreaterThan(10000);
  }
}
