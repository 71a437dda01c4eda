package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Quote;

/**
 * The brief's {@code voice.forbidden} words (issue 10, "Voice"): the generators never add one
 * themselves, and one that arrives through human-written text is a {@code check} warning naming the
 * source file and line. On the demo corpus, whose brief forbids the spec's words (world-class,
 * synergy) and more: a forbidden word is put into actions.yaml and theme-names.yaml, every committed
 * document is regenerated, and every forbidden word left in any of them after removing the human
 * sources' text (the two injected phrases, every action and every buyer quote) is a failure.
 */
class VoiceTest {
  static final String ACTION = "Narrow the Right-to-Win claim in brief section 4 to dbt execution and CDC sources";
  static final String INJECTED_ACTION = ACTION + " and retire the synergy slide";
  static final String INJECTED_NAME = "Security review is no world-class story";

  @TempDir Path dir;

  @Test
  void generatorsAddNoForbiddenWordAndCheckNamesEveryHumanSource() throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
    Path actions = corpus.resolve("win-loss/actions.yaml");
    String text = Files.readString(actions);
    assertThat(text).contains(ACTION);
    Files.writeString(actions, text.replace(ACTION, INJECTED_ACTION));
    Files.writeString(corpus.resolve("win-loss/theme-names.yaml"), "# the PMM's names\n2026-Q3:\n  security-review: " + INJECTED_NAME + "\n");

    Corpus c = CorpusReader.read(corpus);
    List<String> forbidden = c.brief().voice().forbidden();
    assertThat(forbidden).contains("world-class", "synergy");

    // check names both sources, file and line
    CliRun check = CliRun.run("check", "--corpus", corpus.toString());
    int actionLine = c.actions().stream().filter(a -> a.action().contains(INJECTED_ACTION)).findFirst().orElseThrow().line();
    assertThat(check.out).contains("win-loss/actions.yaml:" + actionLine + ":1: warning: action A-2026Q3-3 says 'synergy'")
        .contains("win-loss/theme-names.yaml:3:1: warning: a theme name says 'world-class'");

    // regenerate every committed document
    List<Path> docs = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus.resolve("win-loss"))) {
      s.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.startsWith(corpus.resolve("win-loss/interviews"))).sorted().forEach(docs::add);
    }
    List<String> human = new ArrayList<>(List.of(INJECTED_ACTION, INJECTED_NAME));
    c.actions().forEach(a -> human.add(a.action()));
    for (Interview iv : c.interviews()) {
      iv.quotes().stream().map(Quote::text).forEach(human::add);
    }
    int regenerated = 0;
    for (Path doc : docs) {
      Matcher m = DemoDocumentsTest.HEADER.matcher(Files.readString(doc));
      if (!m.find()) {
        continue;
      }
      List<String> args = new ArrayList<>(DemoDocumentsTest.words(m.group(1)));
      args.add("--corpus");
      args.add(corpus.toString());
      CliRun r = CliRun.run(args.toArray(String[]::new));
      assertThat(r.exit).as(String.join(" ", args) + "\n" + r.err).isZero();
      regenerated++;
      String out = Files.readString(doc);
      for (String h : human) {
        out = out.replace(h, "");
      }
      String lower = out.toLowerCase(Locale.ROOT);
      for (String word : forbidden) {
        assertThat(lower).as(corpus.relativize(doc) + " adds the forbidden word " + word).doesNotContain(word.toLowerCase(Locale.ROOT));
      }
    }
    assertThat(regenerated).isGreaterThanOrEqualTo(8);
    // and the injected text did reach the readout, so the test would see a word the generators added
    assertThat(Files.readString(corpus.resolve("win-loss/quarterly-synthesis/2026-Q3.md"))).contains(INJECTED_ACTION, INJECTED_NAME);
  }
}
