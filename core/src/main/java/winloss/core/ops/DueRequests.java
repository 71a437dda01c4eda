package winloss.core.ops;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import winloss.core.model.Corpus;

/**
 * {@code winloss request --due}: the request drafts missing on a day. A deal is due a request when
 * the due list requires its interview ({@link DueList}, which leaves out deals closed before
 * {@code program.start_date} and after the as-of date), it has no write-up yet (state "no request
 * yet"), its interview window has not ended, and {@code win-loss/requests/<opp>.md} does not exist.
 */
public final class DueRequests {
  private DueRequests() {}

  /** The drafts, in close-date order, and the required deals left out with why. */
  public record Batch(LocalDate asOf, List<InterviewDocuments.Draft> drafts, List<DueList.Row> rows, List<String> skipped) {
    public Batch {
      drafts = List.copyOf(drafts);
      rows = List.copyOf(rows);
      skipped = List.copyOf(skipped);
    }
  }

  /** The batch as of {@code asOf} (its header names {@code --as-of} when the user gave it). */
  public static Batch compute(Corpus corpus, InterviewDocuments.AsOf reference) {
    LocalDate asOf = reference.date();
    List<InterviewDocuments.Draft> drafts = new ArrayList<>();
    List<DueList.Row> rows = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int pastWindow = 0;
    for (DueList.Row row : DueList.compute(corpus, asOf).rows()) {
      if (row.state() != DueList.State.NONE) {
        continue;
      }
      if (row.pastWindow()) {
        pastWindow++;
        continue;
      }
      if (Files.exists(corpus.root().resolve(InterviewDocuments.path("requests", row.opp())))) {
        skipped.add(row.opp() + ": already drafted (" + InterviewDocuments.path("requests", row.opp()).toString().replace('\\', '/') + ")");
        continue;
      }
      drafts.add(InterviewDocuments.request(corpus, row.opp(), null, reference));
      rows.add(row);
    }
    if (pastWindow > 0) {
      skipped.add(pastWindow + " required deal" + (pastWindow == 1 ? "" : "s") + " without a request past the interview window"
          + " (winloss due lists them)");
    }
    return new Batch(asOf, drafts, rows, skipped);
  }
}
