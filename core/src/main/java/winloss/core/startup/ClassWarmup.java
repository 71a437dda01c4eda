package winloss.core.startup;

import java.nio.file.Path;
import java.time.LocalDate;
import winloss.core.check.CorpusChecker;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.ops.InterviewDocuments;
import winloss.core.synthesis.Synthesis;

/**
 * Loads the classes the everyday commands use, by doing their work in memory on a corpus and
 * writing nothing. The launcher runs this once after each build to record a class-data-sharing
 * archive, so that every later command, whichever it is, starts with its classes already mapped.
 */
public final class ClassWarmup {
  private ClassWarmup() {}

  /** Reads, checks, renders a script and a readout for {@code root}; returns a one-line summary. */
  public static String run(Path root) {
    Corpus corpus = CorpusReader.read(root);
    winloss.core.cache.ResultCache.of(winloss.core.cache.CorpusCache.off(), root); // what check and --format json runs load
    int findings = CorpusChecker.check(corpus, LocalDate.of(2000, 1, 1)).diagnostics().size();
    int rendered = 0;
    if (!corpus.deals().isEmpty()) {
      Deal first = corpus.deals().get(0);
      rendered += attempt(() -> InterviewDocuments.script(CorpusReader.readForDeal(root, first.oppId()), first.oppId(), null,
          new InterviewDocuments.AsOf(first.closeDate(), false)));
      String quarter = corpus.fiscal().quarterOf(first.closeDate()).toString();
      // the markdown and its charts too: a JSON run no longer renders them (Synthesis.Document)
      rendered += attempt(() -> Synthesis.readout(corpus, quarter, null).files());
    }
    return "warmed up on " + corpus.interviews().size() + " interviews, " + findings + " findings, " + rendered + " documents";
  }

  private static int attempt(Runnable work) {
    try {
      work.run();
      return 1;
    } catch (WinlossException e) {
      return 0; // a corpus that refuses a document still loaded the classes on the way there
    }
  }
}
