package winloss.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Codes;
import winloss.core.model.Consent;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;

/** The counting core's rules, one test per row of the spec's tables and per small-sample case. */
class EvidenceCoreTest {
  static final Codebook BOOK = new Codebook("1",
      java.util.Map.of("integration-depth", new Code("integration-depth", "Integration depth", "right-to-win", List.of(), 1),
          "price", new Code("price", "Price", "pricing", List.of(), 2)),
      java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
      java.util.Map.of("migration-effort", new Code("migration-effort", "Migration effort", "product", List.of(), 3)), java.util.Map.of());

  /** The stance table of corpus-format v1.1, cell by cell. */
  @ParameterizedTest(name = "{0} in a {1} deal is {2}")
  @CsvSource({
      "DECISIVE, WON, FOR", "DECISIVE, LOST, AGAINST", "DECISIVE, NO_DECISION, AGAINST",
      "ALMOST, WON, AGAINST", "ALMOST, LOST, FOR", "ALMOST, NO_DECISION, FOR",
      "OBJECTION, WON, AGAINST", "OBJECTION, LOST, AGAINST", "OBJECTION, NO_DECISION, AGAINST"})
  void stanceTable(CodedField field, Outcome outcome, Stance expected) {
    assertThat(Stance.of(field, outcome)).isEqualTo(expected);
  }

  static Interview iv(String opp, Outcome o, List<String> decisive, List<String> almost, List<String> objections) {
    Codes codes = new Codes(decisive, "", "", "", "", null, almost, objections, List.of(), "", List.of());
    return new Interview(Path.of(opp + ".md"), opp, o, InterviewStatus.COMPLETED, null, null, LocalDate.of(2026, 5, 1), "P", "", "",
        Consent.none(), codes, List.of(), List.of(), java.util.Map.of());
  }

  @Test
  void codeTallyCountsOneFieldXOfNWithIdsAndByStance() {
    List<Interview> ivs = List.of(iv("L-1", Outcome.LOST, List.of("price"), List.of("integration-depth"), List.of()),
        iv("L-2", Outcome.LOST, List.of("price", "price"), List.of(), List.of("migration-effort")),
        iv("W-1", Outcome.WON, List.of("integration-depth"), List.of("price"), List.of()));
    // one field: X of N = ivs.size(), repeats within an interview once, most first then code
    List<CodeTally> decisive = CodeTally.ofField(ivs, i -> i.codes().decisive());
    assertThat(decisive).containsExactly(new CodeTally("price", List.of("L-1", "L-2"), 3), new CodeTally("integration-depth", List.of("W-1"), 3));
    assertThat(CodeTally.top(decisive)).extracting(CodeTally::code).containsExactly("price");
    // by stance: a loss's almost is for us, a win's almost against us (the stance table)
    Citations cs = Citations.of(ivs, BOOK, Interview::outcome);
    assertThat(CodeTally.of(cs, Citation::isFor))
        .containsExactly(new CodeTally("integration-depth", List.of("L-1", "W-1"), 3));
    assertThat(CodeTally.of(cs, c -> !c.isFor()))
        .containsExactly(new CodeTally("price", List.of("L-1", "L-2", "W-1"), 3), new CodeTally("migration-effort", List.of("L-2"), 3));
  }

  @Test
  void aCodeInTwoFieldsCountsOnceWithItsStrongestField() {
    // a loss citing price as almost (for) and as an objection (against): almost is stronger
    List<Citation> cs = Citations.cite(iv("L-1", Outcome.LOST, List.of(), List.of("price"), List.of("price")), BOOK, Outcome.LOST);
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo(CodedField.ALMOST);
      assertThat(c.stance()).isEqualTo(Stance.FOR);
      assertThat(c.fields()).containsExactly(CodedField.ALMOST, CodedField.OBJECTION);
      assertThat(c.describe()).isEqualTo("L-1 (lost, almost and objection: for)");
    });
    // decisive over almost, in a win
    assertThat(Citations.cite(iv("W-1", Outcome.WON, List.of("price"), List.of("price"), List.of()), BOOK, Outcome.WON))
        .singleElement().extracting(Citation::stance).isEqualTo(Stance.FOR);
  }

  @Test
  void onlyFactorAndObjectionCodesOfCompletedInterviewsAreCited() {
    Interview requested = new Interview(Path.of("R.md"), "R-1", Outcome.LOST, InterviewStatus.REQUESTED, null, null, null, "", "", "",
        Consent.none(), new Codes(List.of("price"), "", "", "", "", null, List.of(), List.of(), List.of(), "", List.of()), List.of(), List.of(),
        java.util.Map.of());
    Citations cs = Citations.of(List.of(requested, iv("W-1", Outcome.WON, List.of("not-a-code", "price"), List.of(), List.of())), BOOK,
        Interview::outcome);
    assertThat(cs.interviews()).isEqualTo(1);
    assertThat(cs.codes()).containsExactly("price");
  }

  @ParameterizedTest(name = "{0} for, {1} against: {2}")
  @CsvSource({"2, 1, STRENGTH", "3, 0, STRENGTH", "1, 2, WEAKNESS", "0, 1, WEAKNESS", "1, 1, MIXED", "3, 2, MIXED", "0, 0, MIXED"})
  void themeStanceIsTwoThirds(int forN, int against, ThemeStance expected) {
    assertThat(ThemeStance.of(forN, against)).isEqualTo(expected);
  }

  @Test
  void theSmallSampleRule() {
    PatternRule rule = new PatternRule(3);
    assertThat(rule.isPattern(1)).isFalse();
    assertThat(rule.isPattern(2)).isFalse();
    assertThat(rule.isPattern(3)).isTrue();
    assertThat(rule.mark(1)).isEqualTo("single signal");
    assertThat(rule.mark(2)).isEqualTo("small signal, 2 of the 3 needed");
    assertThat(rule.mark(3)).isEmpty();
    assertThat(new PatternRule(0).min()).as("at least one interview").isEqualTo(1);
  }

  static Deal deal(String id, Outcome o, String segment) {
    return new Deal(id, "Acme Inc", o, LocalDate.of(2026, 5, 1), BigDecimal.TEN, segment, "Retail", "", "ae", "", null, "", "", "", List.of(), 1);
  }

  @Test
  void slicesCompareKeysIgnoringCaseAndSpaceAndShowTheCommonSpelling() {
    Slices s = Slices.of(List.of(deal("1", Outcome.WON, "Enterprise"), deal("2", Outcome.LOST, "enterprise"),
        deal("3", Outcome.LOST, " enterprise "), deal("4", Outcome.WON, "smb")), Deal::segment);
    assertThat(s.keys()).containsExactly("enterprise", "smb");
    assertThat(s.get("ENTERPRISE")).isEqualTo(new Tally("enterprise", 1, 2, 0));
    assertThat(s.spellings()).containsOnlyKeys("enterprise");
    assertThat(s.get("mid-market").total()).isZero();
  }

  @Test
  void tallySmallSampleAndNoise() {
    assertThat(new Tally("q", 0, 1, 0).small()).as("0 of 1 decided").isTrue();
    assertThat(new Tally("q", 3, 2, 0).small()).isFalse();
    assertThat(new Tally("a", 18, 20, 7).withinNoise(new Tally("b", 22, 18, 3))).isTrue();
    assertThat(new Tally("a", 2, 38, 0).withinNoise(new Tally("b", 38, 2, 0))).as("intervals far apart").isFalse();
    assertThat(new Tally("a", 1, 1, 0).withinNoise(Tally.empty("b"))).isTrue();
  }

  @Test
  void theDescriberUsesTheRightArticleAndNeverNamesInAPrompt() {
    assertThat(Accounts.anonymous(deal("1", Outcome.NO_DECISION, "smb"))).isEqualTo("an smb Retail account (no decision)");
    assertThat(Accounts.anonymous(deal("1", Outcome.WON, "mid-market"))).isEqualTo("a mid-market Retail account (won)");
    assertThat(Accounts.anonymous(deal("1", Outcome.LOST, "enterprise"))).isEqualTo("an enterprise Retail account (lost)");
    assertThat(Accounts.article("retail account")).isEqualTo("a");
  }
}
