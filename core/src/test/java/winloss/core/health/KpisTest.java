package winloss.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.model.Corpus;
import winloss.core.model.Quarter;

class KpisTest {
  static final Quarter Q2 = new Quarter(2026, 2);

  @TempDir Path dir;

  static Kpis.Figure figure(Kpis.Report r, String key) {
    return r.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  /** Commits {@code file} with author and committer dated {@code day} at 18:00 in New York. */
  static void commitAt(Git git, Path root, String file, String text, String day) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    git.add().addFilepattern(file).call();
    TimeZone ny = TimeZone.getTimeZone("America/New_York");
    Date when = Date.from(LocalDate.parse(day).atTime(18, 0).atZone(ZoneId.of("America/New_York")).toInstant());
    PersonIdent who = new PersonIdent(new PersonIdent("Test", "test@example.com"), when, ny);
    git.commit().setMessage("add " + file).setAuthor(who).setCommitter(who).call();
  }

  static Git init(Path root) throws Exception {
    Git git = Git.init().setDirectory(root.toFile()).call();
    git.getRepository().getConfig().setString("user", null, "name", "Test");
    git.getRepository().getConfig().setString("user", null, "email", "test@example.com");
    git.getRepository().getConfig().save();
    return git;
  }

  @Test
  void quarterFiguresWithTargets() {
    Corpus c = new HealthCorpus(dir.resolve("c")).read();
    Kpis.Report r = Kpis.compute(c, Q2, LocalDate.parse("2026-07-25"));
    Kpis.Figure compliance = figure(r, "compliance");
    assertThat(compliance.value()).isEqualTo("6 of 6 (100%)");
    assertThat(compliance.target()).isEqualTo("at least 90%");
    assertThat(compliance.status()).isEqualTo("met");
    assertThat(compliance.ids()).containsExactly("OPP-1", "OPP-2", "OPP-3", "OPP-4", "OPP-6", "OPP-7");
    Kpis.Figure completion = figure(r, "completion");
    assertThat(completion.value()).isEqualTo("5 of 6 (83%)");
    assertThat(completion.missing()).containsExactly("OPP-7");
    assertThat(completion.target()).isEqualTo("60-75%");
    Kpis.Figure conversion = figure(r, "theme_to_action");
    assertThat(conversion.value()).isEqualTo("1 of 2 (50%)");
    assertThat(conversion.status()).isEqualTo("not met");
    assertThat(conversion.ids()).containsExactly("integration-depth");
    assertThat(conversion.missing()).containsExactly("time-to-value");
    assertThat(figure(r, "action_close_out").status()).isEqualTo("pending");
    ProgramMetrics.Funnel lost = r.funnel().get("lost");
    assertThat(List.of(lost.requested(), lost.booked(), lost.completed(), lost.declined(), lost.noResponse())).containsExactly(3, 3, 2, 0, 0);
    Kpis.Figure readout = figure(r, "readout");
    assertThat(readout.value()).contains("not in a git repository");
    assertThat(readout.status()).isEqualTo("no data");
    assertThat(Kpis.markdown(r)).contains("| Interview-trigger compliance | 6 of 6 (100%) | at least 90% | met |",
        "| lost | 3 | 3 | 2 | 0 | 0 |");
  }

  @Test
  void closeOutOfLastQuarterCountsActionsDoneByTheEndOfTheNext() {
    Corpus c = new HealthCorpus(dir.resolve("c")).read();
    Kpis.Report r = Kpis.compute(c, new Quarter(2026, 1), LocalDate.parse("2026-07-25"));
    assertThat(figure(r, "action_close_out").value()).isEqualTo("1 of 1 (100%)");
    assertThat(figure(r, "action_close_out").status()).isEqualTo("met");
  }

  @Test
  void readoutCommittedOnTimeIsMet() throws Exception {
    HealthCorpus h = new HealthCorpus(dir.resolve("c"));
    try (Git git = init(h.root)) {
      commitAt(git, h.root, "operator-brief.md", Files.readString(h.root.resolve("operator-brief.md")), "2026-03-01");
      commitAt(git, h.root, "win-loss/quarterly-synthesis/2026-Q2.md", "# readout\n", "2026-07-21");
      commitAt(git, h.root, "win-loss/quarterly-synthesis/2026-Q2.md", "# readout, revised\n", "2026-08-10");
    }
    ReadoutHistory.Readout first = ReadoutHistory.find(h.root, Q2);
    assertThat(first.committed()).isEqualTo(LocalDate.parse("2026-07-21"));
    Kpis.Report r = Kpis.compute(h.read(), Q2, LocalDate.parse("2026-09-01"));
    assertThat(figure(r, "readout").status()).isEqualTo("met");
    assertThat(figure(r, "readout").value()).startsWith("committed 2026-07-21 (");
    assertThat(figure(r, "readout").target()).isEqualTo("committed by 2026-07-21");
    Map<String, Object> json = Kpis.json(r);
    assertThat(json.get("readout").toString()).contains("committed=2026-07-21", "due=2026-07-21");
  }

  @Test
  void readoutCommittedLateIsNotMetAndAbsentIsPendingThenMissed() throws Exception {
    HealthCorpus h = new HealthCorpus(dir.resolve("c"));
    try (Git git = init(h.root)) {
      commitAt(git, h.root, "operator-brief.md", "x", "2026-03-01");
      assertThat(figure(Kpis.compute(h.read(), Q2, LocalDate.parse("2026-07-10")), "readout").status()).isEqualTo("pending");
      assertThat(figure(Kpis.compute(h.read(), Q2, LocalDate.parse("2026-07-22")), "readout").status()).isEqualTo("not met");
      commitAt(git, h.root, "win-loss/quarterly-synthesis/2026-Q2.md", "# readout\n", "2026-07-22");
    }
    Kpis.Figure f = figure(Kpis.compute(h.read(), Q2, LocalDate.parse("2026-09-01")), "readout");
    assertThat(f.status()).isEqualTo("not met");
    assertThat(f.value()).startsWith("committed 2026-07-22");
  }

  @Test
  void readoutAlertUsesTheGitHistory() throws Exception {
    HealthCorpus h = new HealthCorpus(dir.resolve("c"));
    try (Git git = init(h.root)) {
      commitAt(git, h.root, "operator-brief.md", "x", "2026-03-01");
      // present on disk but never committed: the alert still fires
      h.write("win-loss/quarterly-synthesis/2026-Q2.md", "# draft\n");
      List<Alerts.Alert> out = new java.util.ArrayList<>();
      Alerts.readout(h.read(), new Quarter(2026, 3), LocalDate.parse("2026-07-25"), out);
      assertThat(out).extracting(Alerts.Alert::rule).containsExactly("readout-missed");
      commitAt(git, h.root, "win-loss/quarterly-synthesis/2026-Q2.md", "# readout\n", "2026-07-20");
      out.clear();
      Alerts.readout(h.read(), new Quarter(2026, 3), LocalDate.parse("2026-07-25"), out);
      assertThat(out).isEmpty();
    }
  }
}
