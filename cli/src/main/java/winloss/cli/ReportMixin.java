package winloss.cli;

import picocli.CommandLine.Option;
import winloss.core.check.CleanCorpus;
import winloss.core.model.Corpus;

/** {@code --allow-errors}, and the reading every report shares: a corpus with check errors is refused. */
public final class ReportMixin {
  @Option(names = "--allow-errors", description = "Report even when winloss check finds errors in the corpus.")
  boolean allowErrors;

  /** Reads the corpus of {@code corpus} (through its cache) and refuses it while check finds errors. */
  public Corpus read(CorpusMixin corpus) {
    return CleanCorpus.read(corpus.root(), corpus.cache(), allowErrors, corpus.progress());
  }
}
