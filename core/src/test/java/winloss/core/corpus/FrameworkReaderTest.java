package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Framework;
import winloss.core.model.Question;
import winloss.core.text.FrontMatter;
import winloss.core.text.TextFiles;

/**
 * {@link FrameworkReader} reads eight-questions.md as CommonMark: examples in fences, questions
 * withdrawn in HTML comments, indented code and numbered notes outside the two sections are not
 * questions; wrapped questions, lazy {@code Probe:} lines, loose items and {@code 1)} lists are.
 * On every plainly written framework file of the repository (the demo, the init template, the
 * fixtures) it reads exactly what the former line-by-line reading read.
 */
class FrameworkReaderTest {
  @TempDir Path temp;

  @Test
  void readsTheQuestionsAsCommonMark() throws Exception {
    Path root = temp.resolve("corpus");
    Files.createDirectories(root.resolve("win-loss"));
    Files.copy(Path.of("src/test/resources/framework/eight-questions.md"), root.resolve(FrameworkReader.FILE));
    Diagnostics out = new Diagnostics();
    Framework f = FrameworkReader.read(root, out).orElseThrow();
    assertThat(out.sorted()).isEmpty();
    assertThat(f.win()).extracting(q -> q.number() + "|" + q.text() + "|" + q.probe() + "|" + q.signal() + "|" + q.line())
        .containsExactly(
            "1|At what point did you feel confident we were the right choice?|What happened in the week before that moment?"
                + "|A concrete event, not \"the demo went well\".|13",
            "2|What was the #1 thing that differentiated us from {competitor}?|If we took that away, would you still have bought?"
                + "|A difference in their words.|17",
            "3|Was there anything we could have done better?|Was there a week where you wondered what was happening on our side?"
                + "|The soft \"well, one thing...\" that names a step or a person.|24",
            "4|Who was the internal champion for this decision?|What did they risk by putting their name on it?"
                + "|A persona and a personal stake.|27",
            "5|What objections did you have to overcome internally?|Who raised it?|An objection we never heard.|32",
            "6|How will you measure the success of this purchase in 12 months?|What number would make you renew?"
                + "|A metric with a baseline and a target.|35",
            "7|Who else was on the buying committee?|Who could have said no?|Names of roles we never met.|38",
            "8|What almost made you choose someone else?|How close was it?|The one thing that nearly lost the deal.|41");
    assertThat(f.loss()).hasSize(8);
    assertThat(f.loss().get(7).text()).isEqualTo("Loss question 8?");
    assertThat(f.loss().get(7).signal()).isEqualTo("Loss signal 8.");
  }

  @Test
  void plainFrameworkFilesReadAsTheyDidLineByLine() throws Exception {
    Path repo = Path.of("").toAbsolutePath().getParent();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(repo)) {
      s.filter(p -> p.getFileName().toString().equals("eight-questions.md"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/framework/"))
          .forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path file : files) {
      Path root = file.getParent().getParent();
      Diagnostics out = new Diagnostics();
      Framework f = FrameworkReader.read(root, out).orElseThrow();
      FrontMatter fm = FrontMatter.split(TextFiles.decode(Files.readAllBytes(file)));
      List<List<Question>> expected = lineByLine(fm.body(), fm.bodyFirstLine());
      assertThat(f.win()).as("%s win", file).isEqualTo(expected.get(0));
      assertThat(f.loss()).as("%s loss", file).isEqualTo(expected.get(1));
      // a plainly written file takes the line-by-line reading (no flexmark for everyday commands)
      FrameworkReader.Sections simple = FrameworkReader.readSimple(fm.body(), fm.bodyFirstLine());
      assertThat(simple).as("%s takes the simple reading", file).isNotNull();
      assertThat(simple).isEqualTo(FrameworkReader.parse(fm.body(), fm.bodyFirstLine()));
    }
    // the tricky one does not
    FrontMatter tricky = FrontMatter.split(Files.readString(Path.of("src/test/resources/framework/eight-questions.md")));
    assertThat(FrameworkReader.readSimple(tricky.body(), tricky.bodyFirstLine())).isNull();
  }

  @Test
  void theLineByLineReadingAgreesWithFlexmarkWhereverItReads() throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(8);
    String[] pieces = {"## Win interview", "## Loss interview", "## Notes", "# Appendix", "### Deep", "## Win interview ##",
        "1. When did you decide?", "2) Why {competitor}?", "3. What was the #1 thing?", "10. Tenth?", "1.  Two spaces?",
        "1. 2026 plans?", "   Probe: What happened?", " Signal: A moment.", "   Probe:", "        Signal: deep.",
        "Probe: lazy.", "A paragraph.", "Another line of it.", "", "", "", "   ", "- a bullet", "> a quote", "    code",
        "```", "<!-- c -->", "---", "===", "1. <b>html</b>?", "\tTabbed", "2026 was a year.", "9) Ninth?",
        "   More of the question", "* star", "1. Q *emphasis* here?"};
    int accepted = 0;
    int withQuestions = 0;
    int withProbes = 0;
    for (int n = 0; n < 4000; n++) {
      StringBuilder b = new StringBuilder();
      String[] headings = {"## Win interview", "## Loss interview", "## Notes", "# Appendix", "## Win interview ##", "### Deep"};
      String[] items = {"When did you decide?", "Why {competitor}?", "What was the #1 thing?", "Q *emphasis* here?",
          " Two spaces?", "2026 plans?", "<b>html</b>?"};
      String[] details = {"   Probe: What happened?", "   Signal: A moment.", " Signal: A moment.", "   Probe:",
          "        Signal: deep.", "Probe: lazy.", "   More of the question"};
      int sections = 1 + r.nextInt(3);
      for (int k = 0; k < sections; k++) {
        b.append(headings[r.nextInt(headings.length)]).append('\n');
        if (r.nextInt(4) == 0) {
          b.append(r.nextBoolean() ? "\n" : "").append("A paragraph.\n").append(r.nextBoolean() ? "\n" : "");
        }
        int count = 1 + r.nextInt(9);
        for (int q = 1; q <= count; q++) {
          b.append(r.nextInt(10) == 0 ? "1" + q : String.valueOf(q)).append(r.nextInt(5) == 0 ? ") " : ". ");
          b.append(r.nextInt(6) == 0 ? items[r.nextInt(items.length)] : items[r.nextInt(2)]).append('\n');
          int d = r.nextInt(3);
          for (int j = 0; j < d; j++) {
            b.append(r.nextInt(5) == 0 ? details[r.nextInt(details.length)] : details[j]).append('\n');
          }
          if (r.nextInt(6) == 0) {
            b.append(r.nextInt(8) == 0 ? pieces[r.nextInt(pieces.length)].replace("\\t", "\t") : "").append('\n');
          }
        }
        b.append(r.nextInt(3) == 0 ? "" : "\n");
      }
      String body = b.toString();
      FrameworkReader.Sections simple = FrameworkReader.readSimple(body, 4);
      if (simple != null) {
        accepted++;
        withQuestions += simple.win().size() + simple.loss().size() > 0 ? 1 : 0;
        withProbes += simple.win().stream().anyMatch(q -> !q.probe().isEmpty()) ? 1 : 0;
        assertThat(simple).as("body:\n%s", body).isEqualTo(FrameworkReader.parse(body, 4));
      }
    }
    assertThat(accepted).isGreaterThan(300);
    assertThat(withQuestions).isGreaterThan(100);
    assertThat(withProbes).isGreaterThan(20);
  }

  private static final Pattern ITEM = Pattern.compile("(\\d+)[.)]\\s+(.+)");
  private static final Pattern DETAIL = Pattern.compile("\\s+(Probe|Signal):\\s*(.*)");

  /** The former reading, line by line: the reference for plainly written files. */
  private static List<List<Question>> lineByLine(String body, int first) {
    List<Question> win = new ArrayList<>();
    List<Question> loss = new ArrayList<>();
    List<Question> current = null;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("## ")) {
        String title = l.substring(3).trim().toLowerCase(java.util.Locale.ROOT);
        current = title.startsWith("win interview") ? win : title.startsWith("loss interview") ? loss : null;
        continue;
      }
      if (current == null) {
        continue;
      }
      Matcher item = ITEM.matcher(l);
      if (item.matches()) {
        current.add(new Question(current.size() + 1, item.group(2).trim(), "", "", first + i));
        continue;
      }
      Matcher detail = DETAIL.matcher(l);
      if (detail.matches() && !current.isEmpty()) {
        Question q = current.remove(current.size() - 1);
        String value = detail.group(2).trim();
        current.add(detail.group(1).equals("Probe")
            ? new Question(q.number(), q.text(), value, q.signal(), q.line())
            : new Question(q.number(), q.text(), q.probe(), value, q.line()));
      }
    }
    return List.of(win, loss);
  }
}
