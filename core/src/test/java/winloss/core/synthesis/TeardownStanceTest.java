package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

/**
 * The teardown reads evidence by stance (corpus-format v1.1): a loss's {@code almost} is for us and
 * comes out in "when we win" and among our advantages; no code is both ours and theirs, and the
 * battlecard never leads with and counters the same code.
 */
class TeardownStanceTest {
  @TempDir Path dir;

  /** The synthesis fixture, with security-review cited only as the almost of two losses to Lumen (S-202, S-206). */
  Corpus corpus() throws IOException {
    try (Stream<Path> s = Files.walk(ThemeFinderTest.FIXTURE)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path t = dir.resolve(ThemeFinderTest.FIXTURE.relativize(p).toString());
        Files.createDirectories(t.getParent());
        String text = Files.readString(p);
        if (p.getFileName().toString().matches("S-20[26]\\.md")) {
          text = text.replace("almost: []", "almost: [security-review]");
        }
        Files.writeString(t, text);
      }
    }
    return CorpusReader.read(dir);
  }

  @SuppressWarnings("unchecked")
  static List<String> codes(Object list) {
    return ((List<Map<String, Object>>) list).stream().map(m -> (String) m.get("code")).toList();
  }

  @Test
  void aLossAlmostIsForUsAndNeverBothSides() throws IOException {
    Teardown t = Teardown.build(corpus(), "lumen", 12, null);
    Map<String, Object> json = t.json();
    // security-review: only a loss's almost (S-202, S-206), never decisive in a win
    assertThat(codes(json.get("for_us"))).contains("security-review");
    assertThat(codes(json.get("against_us"))).doesNotContain("security-review");
    assertThat(codes(json.get("why_won"))).doesNotContain("security-review");
    assertThat((List<String>) json.get("our_advantages")).contains("security-review");
    // a win's almost (price in S-203) is against us
    assertThat(codes(json.get("against_us"))).contains("price");
    List<String> both = new ArrayList<>((List<String>) json.get("our_advantages"));
    both.retainAll((List<String>) json.get("their_advantages"));
    assertThat(both).isEmpty();
    String doc = t.view().get("battlecard").toString();
    for (String label : List.of("Security review", "Price", "Sales process", "Migration effort", "Integration depth")) {
      assertThat(doc.contains("Lead with " + label) && doc.contains("Counter " + label)).as(label).isFalse();
    }
    assertThat(doc).contains("Lead with Security review");
  }
}
