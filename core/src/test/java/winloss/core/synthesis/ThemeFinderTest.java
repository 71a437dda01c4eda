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

  private static ThemeFinder.Found q2(Quarter q) {
    return ThemeFinder.find(ev, q2, java.util.Map.of(), q, LocalDate.of(2026, 7, 21));
  }

  @Test
  void aThemeNeedsTheMinimumOfDistinctInterviews() {
    // the fixture's min_theme_interviews is 2; ranked by interviews, then ACV, then code
    ThemeFinder.Found two = q2(new Quarter(2026, 2));
    assertThat(codes(two.themes())).containsExactly("price", "integration-depth", "security-review", "migration-effort", "time-to-value");
    assertThat(codes(two.emerging())).as("cited once: a signal, never a theme").containsExactly("sales-process");
    assertThat(two.core().rule().mark(1)).isEqualTo("single signal");
  }

  @Test
  void anInterviewCitingACodeTwiceCountsOnce() {
    // S-205 has integration-depth decisive and tags it on two quotes: one interview
    Theme t = theme(q2(null).themes(), "integration-depth");
    assertThat(t.interviews()).containsExactly("S-201", "S-205", "S-206");
    assertThat(t.xOfN()).isEqualTo("3 of 8 (S-201, S-205, S-206)");
  }

  @Test
  void stancePersonaAndBothSides() {
    List<Theme> ts = q2(null).themes();
    Theme ttv = theme(ts, "time-to-value");
    assertThat(ttv.stance()).isEqualTo(winloss.core.evidence.ThemeStance.STRENGTH);
    assertThat(ttv.persona()).isEqualTo("Champion (2 of 2)");
    Theme price = theme(ts, "price");
    // two wins cite price as almost (what nearly lost them): against us, like the losses' decisive
    assertThat(price.stance()).isEqualTo(winloss.core.evidence.ThemeStance.WEAKNESS);
    assertThat(price.sides()).isEqualTo("for us 0; against us 5 (S-201, S-202, S-203, S-207, S-210)");
    assertThat(price.citations()).contains("S-201 (won, almost: against)", "S-202 (lost, decisive: against)");
    assertThat(price.persona()).isEqualTo("Economic buyer (3 of 5)");
    assertThat(price.quotes()).hasSize(3);
    Theme id = theme(ts, "integration-depth");
    assertThat(id.stance()).as("2 of 3 for us").isEqualTo(winloss.core.evidence.ThemeStance.STRENGTH);
    assertThat(id.persona()).isEqualTo("Champion, Economic buyer and Technical evaluator (1 of 3 each)");
  }

  @Test
  void briefSectionAndActionOrProposedWithOwner() {
    List<Theme> ts = q2(new Quarter(2026, 2)).themes();
    Theme price = theme(ts, "price");
    assertThat(price.briefTarget()).isEqualTo("\u00a76 Pricing and brand");
    assertThat(price.recommendation().id()).isEqualTo("A-2026Q2-2");
    assertThat(price.recommendation().owner()).as("defaults to the brief's PMM owner").isEqualTo("Priya Shah");
    Theme migration = theme(ts, "migration-effort");
    assertThat(migration.recommendation().proposed()).isTrue();
    assertThat(migration.recommendation().function()).isEqualTo("Product");
    assertThat(migration.recommendation().owner()).isNotBlank();
    assertThat(migration.recommendation().line()).startsWith("*proposed*: Product: ").doesNotContain("NO OWNER")
        .contains("Take Migration effort to product intake with 2 interviews and");
    assertThat(theme(ts, "time-to-value").briefTarget()).isEqualTo("\u00a74 Right-to-Win");
  }

  @Test
  void rightToWinContradictionsNeedTheMinimumAgainstUs() {
    // integration depth: against us only in S-206 (1 < 2); for us in S-201 and S-205
    assertThat(theme(q2(null).themes(), "integration-depth").contradiction()).isEmpty();
    assertThat(q2(null).core().contradiction()).isEmpty();
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
