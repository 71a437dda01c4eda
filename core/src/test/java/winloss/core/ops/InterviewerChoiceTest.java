package winloss.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import winloss.core.diag.WinlossException;
import winloss.core.model.Brief;
import winloss.core.model.Deal;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Interviewer;
import winloss.core.model.Outcome;
import winloss.core.model.Program;
import winloss.core.model.Voice;

class InterviewerChoiceTest {
  private static Brief brief(Interviewer... roster) {
    return new Brief("Co", FiscalCalendar.calendar(), Program.defaults(), List.of(), List.of(roster), Map.of(), Voice.empty(), List.of());
  }

  private static Deal deal(Outcome o, String ae, String csm) {
    return new Deal("D-1", "Acct", o, LocalDate.of(2026, 5, 1), new BigDecimal(60000), "", "", "", ae, csm, null, "", "", "", List.of(), 2);
  }

  private static final Interviewer LEAD = new Interviewer("Priya Shah", "pmm-lead", null, 1);
  private static final Interviewer EXTERNAL = new Interviewer("Halden Research", "external", null, 2);
  private static final Interviewer JUNIOR = new Interviewer("Sam Ortiz", "junior-pmm", "Priya Shah", 3);
  private static final Interviewer LONE_JUNIOR = new Interviewer("Lu Ng", "junior-pmm", null, 4);

  @Test
  void lossesAndNoDecisionsGoToTheExternalWinsToThePmmLead() {
    Brief b = brief(LEAD, EXTERNAL, JUNIOR);
    assertThat(InterviewerChoice.choose(b, deal(Outcome.LOST, "X", ""), null)).isEqualTo(EXTERNAL);
    assertThat(InterviewerChoice.choose(b, deal(Outcome.NO_DECISION, "X", ""), null)).isEqualTo(EXTERNAL);
    assertThat(InterviewerChoice.choose(b, deal(Outcome.WON, "X", ""), null)).isEqualTo(LEAD);
    assertThat(InterviewerChoice.choose(brief(LEAD, JUNIOR), deal(Outcome.LOST, "X", ""), null)).isEqualTo(LEAD);
  }

  @Test
  void routingSkipsAPersonWithAStakeInTheDeal() {
    Brief b = brief(LEAD, EXTERNAL);
    assertThat(InterviewerChoice.choose(b, deal(Outcome.WON, "Priya Shah", ""), null)).isEqualTo(EXTERNAL);
    assertThatThrownBy(() -> InterviewerChoice.choose(brief(LEAD), deal(Outcome.WON, "X", "priya shah"), null))
        .isInstanceOf(WinlossException.class).hasMessageContaining("no one on the interviewer roster in operator-brief.md may interview for D-1");
  }

  @Test
  void aJuniorWithoutAReviewerIsRefused() {
    assertThatThrownBy(() -> InterviewerChoice.choose(brief(LONE_JUNIOR), deal(Outcome.WON, "X", ""), "Lu Ng"))
        .isInstanceOf(WinlossException.class).hasMessageContaining("needs a reviewer");
    assertThat(InterviewerChoice.choose(brief(JUNIOR), deal(Outcome.WON, "X", ""), "sam ortiz")).isEqualTo(JUNIOR);
  }

  @Test
  void theDealsOwnersAreRefusedEvenWhenNotOnTheRoster() {
    assertThatThrownBy(() -> InterviewerChoice.choose(brief(LEAD), deal(Outcome.LOST, "Tom Reyes", "Ana Ruiz"), "Ana Ruiz"))
        .hasMessageContaining("Ana Ruiz is the CSM of D-1").hasMessageContaining(InterviewerChoice.RULE);
  }
}
