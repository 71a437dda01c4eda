package winloss.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;

class DigestTest {
  @TempDir Path dir;

  @Test
  void isoWeeks() {
    assertThat(Digest.monday("2026-W01")).isEqualTo(LocalDate.parse("2025-12-29"));
    assertThat(Digest.monday("2026-W27")).isEqualTo(LocalDate.parse("2026-06-29"));
    assertThat(Digest.monday("2026-W53")).isEqualTo(LocalDate.parse("2026-12-28"));
    assertThatThrownBy(() -> Digest.monday("2027-W53")).isInstanceOf(WinlossException.class).hasMessageContaining("2027 has weeks 01 to 52");
    assertThatThrownBy(() -> Digest.monday("2026-16")).hasMessageContaining("write it as YYYY-Www");
  }

  @SuppressWarnings("unchecked")
  @Test
  void nudgesAndEscalationsFallDueInTheirWeek() {
    // OPP-90: required loss closed Monday 2026-06-08, never requested: nudge 06-15 (W25), escalate 06-22 (W26)
    // OPP-91: required win closed 06-08, requested 06-09 and booked 06-12: nothing due
    Corpus c = new HealthCorpus(dir.resolve("c"))
        .deal("OPP-90", "lost", "2026-06-08", 90000, "smb", "")
        .deal("OPP-91", "won", "2026-06-08", 90000, "smb", "")
        .pending("OPP-91", "won", "booked", "2026-06-09")
        .replace("win-loss/interviews/OPP-91.md", "requested: 2026-06-09", "requested: 2026-06-09\nbooked: 2026-06-12")
        .read();
    Map<String, Object> w25 = Digest.model(c, "2026-W25");
    assertThat((List<Map<String, Object>>) w25.get("nudges")).extracting(m -> m.get("opp")).containsExactly("OPP-90");
    assertThat((List<Map<String, Object>>) w25.get("escalations")).isEmpty();
    Map<String, Object> w26 = Digest.model(c, "2026-W26");
    assertThat((List<Map<String, Object>>) w26.get("escalations")).singleElement().satisfies(m -> {
      assertThat(m.get("opp")).isEqualTo("OPP-90");
      assertThat(m.get("due")).isEqualTo("2026-06-22");
      assertThat(m.get("state")).isEqualTo("no request yet");
    });
    assertThat((List<Map<String, Object>>) w26.get("escalations")).extracting(m -> m.get("opp")).doesNotContain("OPP-91");
  }

  @Test
  void themesCountDistinctCompletedInterviews() {
    Corpus c = new HealthCorpus(dir.resolve("c")).read();
    List<winloss.core.evidence.ThemeEvidence> all = winloss.core.evidence.Themes.of(c, c.interviews(), java.util.Map.of()).ranked();
    assertThat(all.get(0).code()).isEqualTo("integration-depth");
    assertThat(all.get(0).interviews()).containsExactly("OPP-1", "OPP-2", "OPP-3", "OPP-4", "OPP-6");
    assertThat(winloss.core.evidence.Themes.ofQuarter(c, new winloss.core.model.Quarter(2026, 2)).patterns())
        .extracting(winloss.core.evidence.ThemeEvidence::code).containsExactly("integration-depth", "time-to-value");
  }
}
