package winloss.core.check;

import java.nio.file.Path;
import winloss.core.cache.CorpusCache;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Accounts;
import winloss.core.model.Corpus;

/**
 * The gate in front of every report (readout, themes, teardown, KPIs, alerts, plays, digest,
 * tracker): figures computed over a corpus that fails {@code check} would be wrong, so a corpus
 * with check errors is refused (exit 1) unless the user says otherwise. A file that could not be
 * read at all ({@link Diagnostic#unreadable()}) is an input error: exit 2 naming it, always.
 */
public final class CleanCorpus {
  private CleanCorpus() {}

  /**
   * Reads and checks the corpus; refuses it while check finds errors, unless {@code allowErrors}.
   * Returns the corpus consent-redacted (see {@link CorpusReader#read}).
   */
  public static Corpus read(Path root, boolean allowErrors) {
    return read(root, CorpusCache.off(), allowErrors);
  }

  /** Reads (through {@code cache}) and checks the corpus, as {@link #read(Path, boolean)}. */
  public static Corpus read(Path root, CorpusCache cache, boolean allowErrors) {
    return read(root, cache, allowErrors, winloss.core.progress.ProgressListener.NONE);
  }

  /** As {@link #read(Path, CorpusCache, boolean)}, telling {@code progress} what it reads and when it checks. */
  public static Corpus read(Path root, CorpusCache cache, boolean allowErrors, winloss.core.progress.ProgressListener progress) {
    Corpus raw = CorpusReader.readAsWritten(root, cache, progress);
    Corpus corpus = Accounts.of(raw).redact(raw);
    progress.phase("checking the corpus");
    CheckReport report = CorpusChecker.check(raw);
    String unreadable = report.unreadableSummary(d -> d.file().toString().replace('\\', '/'));
    if (!unreadable.isEmpty()) {
      // not a finding --allow-errors can step over: nothing of the file is known
      throw new WinlossException(unreadable + "; fix it (winloss check lists every problem); nothing was written",
          WinlossException.INPUT);
    }
    long n = report.errors();
    if (n > 0 && !allowErrors) {
      Diagnostic first = report.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
      throw new WinlossException("the corpus has " + n + " check error" + (n == 1 ? "" : "s") + " (first: " + first.format()
          + "); run winloss check to see and fix " + (n == 1 ? "it" : "them") + ", or pass --allow-errors to report anyway",
          WinlossException.FINDINGS);
    }
    return corpus;
  }
}
