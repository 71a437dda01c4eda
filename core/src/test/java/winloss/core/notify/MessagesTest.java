package winloss.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.health.Alerts;
import winloss.core.model.Quarter;

/** The --notify messages are worded by templates/phrases/notify.txt.mustache, built-in or the corpus's own. */
class MessagesTest {
  @TempDir Path root;

  private static final LocalDate DAY = LocalDate.parse("2026-07-01");
  private static final List<Messages.Drafted> DRAFTED = List.of(
      new Messages.Drafted("OPP-20", "lost", LocalDate.parse("2026-06-26"), "win-loss/requests/OPP-20.md", "Priya Shah", LocalDate.parse("2026-07-26")),
      new Messages.Drafted("OPP-21", "won", LocalDate.parse("2026-06-28"), "win-loss/requests/OPP-21.md", "Ana Ruiz", LocalDate.parse("2026-07-28")));
  private static final Alerts.Report ALERTS = new Alerts.Report(DAY, Quarter.parse("2026-Q3").orElseThrow(), List.of(
      new Alerts.Alert("nudge", "the interview for OPP-20 is not requested", List.of("PMM (Priya Shah)"), "today", DAY, List.of("OPP-20")),
      new Alerts.Alert("win-rate", "win rate fell", List.of("VP Marketing"), "within 7 days", null, List.of())));

  @Test
  void theBuiltInWording() {
    Message r = Messages.requests(root, DAY, DRAFTED, List.of("PMM"));
    assertThat(r.key()).isEqualTo("requests:OPP-20,OPP-21");
    assertThat(r.subject()).isEqualTo("[winloss] 2 interview requests drafted, 2026-07-01");
    assertThat(r.text()).isEqualTo("OPP-20 (lost, closed 2026-06-26): win-loss/requests/OPP-20.md, interviewer Priya Shah, window ends 2026-07-26\n"
        + "OPP-21 (won, closed 2026-06-28): win-loss/requests/OPP-21.md, interviewer Ana Ruiz, window ends 2026-07-28");
    assertThat(Messages.requests(root, DAY, DRAFTED.subList(0, 1), List.of("PMM")).subject())
        .isEqualTo("[winloss] 1 interview request drafted, 2026-07-01");
    List<Message> alerts = Messages.alerts(root, ALERTS);
    assertThat(alerts.get(0).subject()).isEqualTo("[winloss] nudge alert, 2026-07-01");
    assertThat(alerts.get(0).text()).isEqualTo("the interview for OPP-20 is not requested\nto: PMM (Priya Shah)\nby: 2026-07-01 (today)\nevidence: OPP-20");
    assertThat(alerts.get(1).text()).isEqualTo("win rate fell\nto: VP Marketing\nby: (within 7 days)");
    Message d = Messages.digest(root, "2026-W27", "3 interviews this week", "win-loss/digests/2026-W27.md", List.of("PMM"));
    assertThat(d.subject()).isEqualTo("[winloss] weekly digest 2026-W27");
    assertThat(d.text()).isEqualTo("3 interviews this week\nThe digest: win-loss/digests/2026-W27.md");
  }

  @Test
  void theCorpusRewordsThem() throws Exception {
    Path file = root.resolve("templates/phrases/notify.txt.mustache");
    Files.createDirectories(file.getParent());
    String builtIn = new String(getClass().getClassLoader().getResourceAsStream("winloss/templates/phrases/notify.txt.mustache").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(file, builtIn.replace("[winloss] {{count}} interview", "Win/loss: {{count}} interview")
        .replace("window ends {{windowEnds}}", "book by {{windowEnds}}").replace("[winloss] {{rule}} alert", "Alert {{rule}}"));
    Message r = Messages.requests(root, DAY, DRAFTED, List.of("PMM"));
    assertThat(r.subject()).isEqualTo("Win/loss: 2 interview requests drafted, 2026-07-01");
    assertThat(r.text()).contains("interviewer Priya Shah, book by 2026-07-26");
    assertThat(Messages.alerts(root, ALERTS).get(0).subject()).isEqualTo("Alert nudge, 2026-07-01");
  }
}
