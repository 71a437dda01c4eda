package winloss.core.check;

import java.util.List;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.Diagnostics;
import winloss.core.evidence.Accounts;
import winloss.core.model.Corpus;

/** Runs every rule of the corpus format over a corpus already read. */
public final class CorpusChecker {
  private CorpusChecker() {}

  /** Checks a corpus read as written ({@code CorpusReader.readAsWritten}); findings are consent-redacted. */
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
    DealSliceRules.check(corpus, out);
    DealIdRules.check(corpus, out);
    ActionRules.check(corpus, out);
    TranscriptRetentionRules.check(corpus, today, out);
    TemplateRules.check(corpus, out);
    Accounts accounts = Accounts.of(corpus);
    ConsentRules.check(corpus, accounts, out);
    SecretRules.check(corpus.root(), out);
    // a finding may quote a corpus value: it never names an account that gave no consent
    List<Diagnostic> found = out.sorted().stream()
        .map(d -> new Diagnostic(d.file(), d.line(), d.col(), d.severity(), accounts.redact(d.message()), d.unreadable()))
        .toList();
    return new CheckReport(found, corpus.deals().size(), corpus.interviews().size());
  }
}
