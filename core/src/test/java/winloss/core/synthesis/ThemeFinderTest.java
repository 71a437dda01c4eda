package winloss.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;

class ThemeFinderTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "synthesis");
  static Corpus corpus;
  static Evidence ev;
  static List<Interview> q2;

  @BeforeAll
  static void read() {
    corpus = CorpusReader.read(FIXTURE);
    ev = new Evidence(corpus);
    q2 = ev.completed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  }

  private static List<String> codes(List<Theme> ts) {
    return ts.stream().map(Theme::code).toList();
  }

  private static Theme theme(List<Theme> ts, String code) {
    return ts.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void onlyCompletedInterviewsOfThePeriodCount() {
    assertThat(q2).extracting(Interview::opp).containsExactly("S-201", "S-202", "S-203", "S-204", "S-205", "S-206", "S-207", "S-210");
  }

  @Test
  void aThemeNeedsTheMinimumOfDistinctInterviews() {
    ThemeFinder.Found two = ThemeFinder.find(ev, q2, 2, new Quarter(2026, 2));
    assertThat(codes(two.themes())).containsExactly("price", "integration-depth", "migration-effort", "security-review", "time-to-value");
    assertThat(codes(two.emerging())).containsExactly("sales-process");

    ThemeFinder.Found three = ThemeFinder.find(ev, q2, 3, new Quarter(2026, 2));
    assertThat(codes(three.themes())).containsExactly("price", "integration-depth");
    assertThat(codes(three.emerging())).containsExactly("migration-effort", "security-review", "time-to-value", "sales-process");

    assertThat(ThemeFinder.find(ev, q2, 6, null).themes()).as("no code reaches 6 of 8").isEmpty();
  }

  @Test
  void anInterviewCitingACodeTwiceCountsOnce() {
    // S-205 has integration-depth decisive and tags it on two quotes: one interview
    Theme t = theme(ThemeFinder.find(ev, q2, 2, null).themes(), "integration-depth");
    assertThat(t.interviews()).containsExactly("S-201", "S-205", "S-206");
    assertThat(t.xOfN()).isEqualTo("3 of 8 (S-201, S-205, S-206)");
  }

  @Test
  void directionPersonaAndBothSidesOfMixedEvidence() {
    List<Theme> ts = ThemeFinder.find(ev, q2, 2, null).themes();
    Theme ttv = theme(ts, "time-to-value");
    assertThat(ttv.direction()).isEqualTo("wins");
    assertThat(ttv.persona()).isEqualTo("Champion (2 of 2)");
    Theme price = theme(ts, "price");
    assertThat(price.direction()).isEqualTo("mixed");
    assertThat(price.sides()).isEqualTo("2 wins (S-201, S-203); 2 losses (S-202, S-210); 1 no-decision (S-207)");
    assertThat(price.persona()).isEqualTo("Economic buyer (3 of 5)");
    assertThat(price.quotes()).hasSize(3);
    assertThat(price.quotes()).extracting(QuoteRef::outcome).as("a mixed theme quotes both sides")
        .contains(winloss.core.model.Outcome.WON, winloss.core.model.Outcome.LOST);
    Theme id = theme(ts, "integration-depth");
    assertThat(id.persona()).isEqualTo("Champion, Economic buyer and Technical evaluator (1 of 3 each)");
  }

  @Test
  void briefSectionAndActionOrNoOwnerYet() {
    List<Theme> ts = ThemeFinder.find(ev, q2, 2, new Quarter(2026, 2)).themes();
    Theme price = theme(ts, "price");
    assertThat(price.briefTarget()).isEqualTo("\u00a76 Pricing and brand");
    assertThat(price.recommendation().id()).isEqualTo("A-2026Q2-2");
    assertThat(price.recommendation().owner()).as("defaults to the brief's PMM owner").isEqualTo("Priya Shah");
    Theme migration = theme(ts, "migration-effort");
    assertThat(migration.recommendation().suggested()).isTrue();
    assertThat(migration.recommendation().function()).isEqualTo("Product");
    assertThat(migration.recommendation().line(corpus.brief().owners())).startsWith("**NO OWNER YET**").contains("Product should own it");
    assertThat(theme(ts, "time-to-value").briefTarget()).isEqualTo("\u00a74 Right-to-Win");
  }

  @Test
  void rightToWinContradictions() {
    Theme id = theme(ThemeFinder.find(ev, q2, 2, null).themes(), "integration-depth");
    assertThat(id.contradiction()).contains("1 of 4 loss interviews cite it as the decisive factor (S-206)");
    assertThat(theme(ThemeFinder.find(ev, q2, 2, null).themes(), "time-to-value").contradiction()).isEmpty();
    // in Q1 no loss cites a right-to-win code as decisive, and both wins cite integration depth
    List<Interview> q1 = ev.completed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    assertThat(Contradictions.byCode(ev, q1)).isEmpty();
    // a period whose wins never cite time to value contradicts it
    List<Interview> may = ev.completed(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)).stream()
        .filter(iv -> !iv.opp().equals("S-205")).toList();
    assertThat(Contradictions.byCode(ev, may)).containsOnlyKeys("integration-depth");
  }

  @Test
  void countsAreXOfNWithIdsSortedByCountThenCode() {
    List<Interview> losses = Evidence.withOutcome(q2, ev, winloss.core.model.Outcome.LOST);
    List<CodeCount> cs = ev.count(losses, iv -> iv.codes().decisive());
    assertThat(cs).extracting(CodeCount::code).containsExactly("price", "integration-depth", "sales-process", "security-review");
    assertThat(cs.get(0).xOfN()).isEqualTo("2 of 4 (S-202, S-210)");
    assertThat(cs.get(0).quotes()).extracting(QuoteRef::citation).containsExactly("S-202:L28", "S-210:L29");
  }
}
