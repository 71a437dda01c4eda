package winloss.core.check;

import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;

/** Runs every rule of the corpus format over a corpus already read. */
public final class CorpusChecker {
  private CorpusChecker() {}

  public static CheckReport check(Corpus corpus) {
    return check(corpus, java.time.LocalDate.now());
  }

  /** Checks as of {@code today} (transcript retention is the only rule that needs a date). */
  public static CheckReport check(Corpus corpus, java.time.LocalDate today) {
    Diagnostics out = new Diagnostics();
    out.addAll(corpus.problems());
    BriefRules.check(corpus, out);
    InterviewRules.check(corpus, out);
    LossTaxonomyRules.check(corpus, out);
    ActionRules.check(corpus, out);
    TranscriptRetentionRules.check(corpus, today, out);
    TemplateRules.check(corpus, out);
    return new CheckReport(out.sorted(), corpus.deals().size(), corpus.interviews().size());
  }
}
