package winloss.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.check.CorpusChecker;
import winloss.core.fixes.Fixes;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;

/** Spec v1.1 "Fixes per loss and repeat losses" and "CRM loss reasons and the codebook". */
class FixesTest {
  @TempDir Path temp;

  static final String FIX = "- id: A-1\n  quarter: 2026-Q2\n  theme: price\n  opps: [OPP-2]\n  kind: battlecard\n  competitor: Quarry\n"
      + "  action: TCO page\n  function: PMM\n  due: 2026-05-01\n  status: done\n  done_on: 2026-05-01\n";

  HealthCorpus corpus() {
    return new HealthCorpus(temp).write("win-loss/actions.yaml", FIX);
  }

  static Action fix(Corpus c) {
    return c.actions().get(0);
  }

  @Test
  void aRepeatLossNeedsTheSameCompetitorAndTheThemeAmongTheDecisiveCodes() {
    Corpus c = corpus()
        .deal("OPP-20", "lost", "2026-05-10", 40000, "smb", "Quarry")
        .completed("OPP-20", "lost", "2026-05-15", "price", "")
        .deal("OPP-21", "lost", "2026-05-11", 40000, "smb", "quarry ")   // competitor compared case- and space-insensitively
        .completed("OPP-21", "lost", "2026-05-15", "price", "")
        .deal("OPP-22", "lost", "2026-05-12", 40000, "smb", "Lumen")     // another competitor
        .completed("OPP-22", "lost", "2026-05-15", "price", "")
        .deal("OPP-23", "lost", "2026-05-13", 40000, "smb", "Quarry")    // decided on something else
        .completed("OPP-23", "lost", "2026-05-15", "integration-depth", "")
        .deal("OPP-24", "lost", "2026-04-30", 40000, "smb", "Quarry")    // before the fix shipped
        .completed("OPP-24", "lost", "2026-05-15", "price", "")
        .deal("OPP-25", "lost", "2026-05-01", 40000, "smb", "Quarry")    // on the day it shipped: not after
        .completed("OPP-25", "lost", "2026-05-15", "price", "")
        .read();
    assertThat(Fixes.repeatLosses(c, fix(c))).extracting(Deal::oppId).containsExactly("OPP-20", "OPP-21");
  }

  @Test
  void withoutACompletedInterviewTheCrmReasonMappedThroughTheCodebookDecides() {
    Corpus c = corpus()
        .append("win-loss/deals.csv", "OPP-30,A,lost,2026-06-01,1000,smb,x,Quarry,Tom Reyes,,,,Too expensive,,\n")
        .append("win-loss/deals.csv", "OPP-31,B,lost,2026-06-02,1000,smb,x,Quarry,Tom Reyes,,,,PRICE,,\n")
        .append("win-loss/deals.csv", "OPP-32,C,lost,2026-06-03,1000,smb,x,Quarry,Tom Reyes,,,,Timing,,\n")
        .pending("OPP-32", "lost", "no-response", "2026-06-04")
        .append("win-loss/schema.yaml", "crm_loss_reasons:\n  Too   expensive: price\n")
        .read();
    assertThat(c.codebook().crmLossReason("too  EXPENSIVE")).contains("price");
    assertThat(c.codebook().crmLossReason(" no decision ")).contains("no-decision");
    assertThat(c.codebook().crmLossReason("Relationship")).isEmpty();
    assertThat(c.codebook().crmLossReason("")).isEmpty();
    assertThat(Fixes.repeatLosses(c, fix(c))).extracting(Deal::oppId).containsExactly("OPP-30", "OPP-31");
  }

  @Test
  void aFixThatHasNotShippedHasNoRepeatLossesAndADroppedOneAnswersNoLoss() {
    Corpus c = new HealthCorpus(temp)
        .write("win-loss/actions.yaml", FIX.replace("status: done\n  done_on: 2026-05-01\n", "status: dropped\n  done_on:\n"))
        .deal("OPP-20", "lost", "2026-05-10", 40000, "smb", "Quarry")
        .completed("OPP-20", "lost", "2026-05-15", "price", "")
        .read();
    assertThat(Fixes.repeatLosses(c, fix(c))).isEmpty();
    Fixes.Report r = Fixes.compute(c, null, LocalDate.of(2026, 7, 1));
    assertThat(r.withoutFix()).extracting(l -> l.deal().oppId()).contains("OPP-2");
  }

  @Test
  void aLossIsOverdueOnlyAfterFixWithinDays() {
    Corpus c = corpus()
        .replace("operator-brief.md", "  synthesis_due_days: 21\n", "  synthesis_due_days: 21\n  fix_within_days: 10\n")
        .deal("OPP-40", "lost", "2026-06-20", 40000, "smb", "Helix")
        .read();
    assertThat(c.brief().program().fixWithinDays()).isEqualTo(10);
    assertThat(Fixes.compute(c, null, LocalDate.of(2026, 6, 30)).overdue()).extracting(l -> l.deal().oppId()).doesNotContain("OPP-40");
    assertThat(Fixes.compute(c, null, LocalDate.of(2026, 7, 1)).overdue()).extracting(l -> l.deal().oppId()).contains("OPP-40");
  }

  @Test
  void checkRefusesOppsThatAreNotLossesAndMappingsToUnknownCodes() {
    Corpus c = new HealthCorpus(temp)
        .write("win-loss/actions.yaml", FIX.replace("opps: [OPP-2]", "opps: [OPP-1, OPP-99]").replace("kind: battlecard", "kind: poster"))
        .append("win-loss/schema.yaml", "crm_loss_reasons:\n  Relationship: rapport\n")
        .read();
    String diags = CorpusChecker.check(c, LocalDate.of(2026, 7, 1)).toString();
    assertThat(c.problems().toString() + diags)
        .contains("kind 'poster' should be one of talk-track, battlecard")
        .contains("opps names OPP-1, a deal that was won, not lost")
        .contains("opps names OPP-99, which is not in deals.csv")
        .contains("crm_loss_reasons.Relationship: 'rapport' is not a loss_reasons code");
  }
}
