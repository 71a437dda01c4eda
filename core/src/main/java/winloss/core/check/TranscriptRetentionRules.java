package winloss.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;

/**
 * Transcripts kept under win-loss/transcripts/ (by {@code ingest --keep-transcript}) must not
 * outlive the brief's {@code program.transcript_retention_days}: customers' data terms. A
 * transcript's age counts from its interview's {@code interviewed} date, else the deal's close
 * date (file times are not kept by git).
 */
final class TranscriptRetentionRules {
  static final Path DIR = Path.of("win-loss", "transcripts");

  private TranscriptRetentionRules() {}

  static void check(Corpus corpus, LocalDate today, Diagnostics out) {
    Integer days = corpus.brief() == null ? null : corpus.brief().program().transcriptRetentionDays();
    Path dir = corpus.root().resolve(DIR);
    if (days == null || !Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      out.warning(DIR, 0, "cannot list the transcripts: " + e.getMessage());
      return;
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String opp = dot > 0 ? name.substring(0, dot) : name;
      LocalDate from = corpus.interview(opp).map(Interview::interviewed)
          .orElseGet(() -> corpus.deal(opp).map(Deal::closeDate).orElse(null));
      Path rel = DIR.resolve(name);
      if (from == null) {
        out.warning(rel, 0, "transcript for " + opp + " has no interview or deal to date it by;"
            + " name it <opp-id>.<ext> so its retention can be checked");
        continue;
      }
      long age = ChronoUnit.DAYS.between(from, today);
      if (age > days) {
        out.warning(rel, 0, "transcript is " + age + " days old (from " + from + "), over the brief's transcript_retention_days of "
            + days + "; delete it (git rm) to honor the customer's data terms");
      }
    }
  }
}
