package winloss.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import winloss.core.check.CleanCorpus;
import winloss.core.model.Corpus;

/** {@code --allow-errors}, and the reading every report shares: a corpus with check errors is refused. */
public final class ReportMixin {
  @Option(names = "--allow-errors", description = "Report even when winloss check finds errors in the corpus.")
  boolean allowErrors;

  public Corpus read(Path root) {
    return CleanCorpus.read(root, allowErrors);
  }
}
