package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;

/** The three documents on the fixture: quotes verbatim, consent respected, output stable. */
class DocumentsTest {
  static final Path FIXTURE = ThemeFinderTest.FIXTURE;
  static final Pattern QUOTE = Pattern.compile("\u201c(.+?)\u201d \u2014 [^\n]*?\\(([A-Za-z0-9._-]+):L(\\d+)\\)");
  static Corpus corpus;
  static List<Synthesis.Document> docs;

  @BeforeAll
  static void render() {
    corpus = winloss.core.check.CleanCorpus.read(FIXTURE, false);
    docs = all();
  }

  static List<Synthesis.Document> all() {
    return List.of(
        Synthesis.readout(corpus, "2026-Q2", null),
        Synthesis.readout(corpus, "2026-Q1", LocalDate.of(2026, 4, 20)),
        Synthesis.themes(corpus, "2026-05"),
        Synthesis.themes(corpus, "2026-04"),
        Synthesis.teardown(corpus, "Lumen", 12, null),
        Synthesis.teardown(corpus, "helix", 12, null),
        Synthesis.teardown(corpus, "Quarry", 6, LocalDate.of(2026, 6, 30)));
  }

  @Test
  void everyQuoteIsVerbatimAtTheLineItCites() throws IOException {
    int checked = 0;
    for (Synthesis.Document d : docs) {
      Matcher m = QUOTE.matcher(d.file().content());
      while (m.find()) {
        String text = m.group(1);
        Path file = FIXTURE.resolve("win-loss/interviews").resolve(m.group(2) + ".md");
        List<String> lines = Files.readAllLines(file);
        int line = Integer.parseInt(m.group(3));
        String cited = lines.get(line - 1);
        assertThat(cited).as(d.file().path() + " cites " + m.group(2) + ":L" + line).startsWith("> ").contains(text);
        checked++;
      }
    }
    assertThat(checked).as("quotes checked").isGreaterThan(30);
  }

  @Test
  void jsonQuotesCarryTheCitedLineToo() throws IOException {
    String json = Synthesis.readout(corpus, "2026-Q2", null).json();
    Matcher m = Pattern.compile("\"interview\": \"([^\"]+)\",\\s*\"line\": (\\d+),\\s*\"text\": \"([^\"]+)\"").matcher(json);
    int n = 0;
    while (m.find()) {
      List<String> lines = Files.readAllLines(FIXTURE.resolve("win-loss/interviews").resolve(m.group(1) + ".md"));
      assertThat(lines.get(Integer.parseInt(m.group(2)) - 1)).contains(m.group(3));
      n++;
    }
    assertThat(n).isGreaterThan(5);
  }

  @Test
  void noNonConsentingAccountIsNamedAnywhere() {
    Evidence ev = new Evidence(corpus);
    List<String> hidden = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Deal d : corpus.deals()) {
      (ev.accounts().named(d) ? shown : hidden).add(d.account());
    }
    assertThat(shown).containsExactlyInAnyOrder("Acme Freight", "Harbor Insurance", "Linden Apparel", "Quill Media");
    assertThat(hidden).hasSize(13);
    String everything = docs.stream().map(d -> d.file().content() + d.json() + d.summary()).reduce("", String::concat);
    for (String name : hidden) {
      assertThat(everything).as("non-consenting account").doesNotContain(name);
    }
    assertThat(everything).as("consenting accounts are named").contains("Acme Freight", "Quill Media");
    assertThat(everything).contains("a mid-market food account (lost)");
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    List<Synthesis.Document> again = all();
    for (int i = 0; i < docs.size(); i++) {
      assertThat(again.get(i).file().content()).isEqualTo(docs.get(i).file().content());
      assertThat(again.get(i).json()).isEqualTo(docs.get(i).json());
    }
  }

  @Test
  void readoutHasTheSixSectionsChartsAndSpecKeys() {
    Synthesis.Document d = docs.get(0);
    assertThat(d.file().path()).isEqualTo(Path.of("win-loss/quarterly-synthesis/2026-Q2.md"));
    assertThat(d.file().content()).contains("## 1. The number", "## 2. Why we won", "## 3. Why we lost", "## 4. Competitor by competitor",
        "## 5. What changed from 2026-Q1", "## 6. Recommended actions", "```mermaid\nxychart-beta", "## Executive summary", "## Themes",
        "## Appendix: the full evidence");
    assertThat(d.file().content().indexOf("## Executive summary")).as("the summary opens the readout")
        .isLessThan(d.file().content().indexOf("## 1. The number"));
    for (String key : List.of("\"quarter\": \"2026-Q2\"", "\"deals\"", "\"win_rate\"", "\"prior\"", "\"by_segment\"", "\"by_competitor\"",
        "\"interviews\"", "\"why_won\"", "\"why_lost\"", "\"loss_reasons\"", "\"loss_types\"", "\"changes\"", "\"new\"", "\"gone\"",
        "\"intensified\"", "\"faded\"", "\"actions\"", "\"no_decision\"", "\"low\"", "\"high\"", "\"summary\"", "\"opportunity\"",
        "\"risk\"", "\"contradiction\"", "\"themes\"", "\"stance\"", "\"for\"", "\"against\"", "\"acv\"")) {
      assertThat(d.json()).contains(key);
    }
  }

  @Test
  void emptyPeriodsAreFindingsAndUnknownCompetitorsSuggest() {
    assertThatThrownBy(() -> Synthesis.readout(corpus, "2026-Q3", null))
        .isInstanceOf(WinlossException.class).hasMessageContaining("no deals closed in 2026-Q3")
        .satisfies(e -> assertThat(((WinlossException) e).exitCode()).isEqualTo(1));
    assertThatThrownBy(() -> Synthesis.themes(corpus, "2026-09"))
        .isInstanceOf(WinlossException.class).satisfies(e -> assertThat(((WinlossException) e).exitCode()).isEqualTo(1));
    assertThatThrownBy(() -> Synthesis.teardown(corpus, "Lumin", 12, null))
        .isInstanceOf(WinlossException.class).hasMessageContaining("did you mean 'Lumen'?")
        .satisfies(e -> assertThat(((WinlossException) e).exitCode()).isEqualTo(2));
    assertThatThrownBy(() -> Synthesis.teardown(corpus, "Lumen", 1, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(WinlossException.class).hasMessageContaining("no deals against Lumen");
  }

  @Test
  void aCorpusWithCheckErrorsIsRefusedUnlessAllowed(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    try (var s = Files.walk(FIXTURE)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path t = dir.resolve(FIXTURE.relativize(p).toString());
        Files.createDirectories(t.getParent());
        Files.copy(p, t);
      }
    }
    Path iv = dir.resolve("win-loss/interviews/S-203.md");
    Files.writeString(iv, Files.readString(iv).replace("decisive: [time-to-value]", "decisive: [time-to-valu]").replace("persona: champion", "persona: champ"));
    assertThatThrownBy(() -> winloss.core.check.CleanCorpus.read(dir, false))
        .isInstanceOf(WinlossException.class).hasMessageContaining("2 check errors").hasMessageContaining("winloss check")
        .satisfies(e -> assertThat(((WinlossException) e).exitCode()).isEqualTo(1));
    assertThat(winloss.core.check.CleanCorpus.read(dir, true).interviews()).isNotEmpty();
  }
}
