package winloss.bench;

import java.nio.file.Path;
import java.util.List;
import winloss.core.check.CorpusChecker;
import winloss.core.corpus.BriefReader;
import winloss.core.corpus.CodebookReader;
import winloss.core.corpus.CorpusReader;
import winloss.core.corpus.DealsReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;

/**
 * Times the phases of reading and checking a corpus in one cold JVM, the way a real run sees
 * them: {@code java -XX:TieredStopAtLevel=1 -cp bench/target/benchmarks.jar winloss.bench.Phases DIR}.
 * A profiling aid, not a benchmark.
 */
public final class Phases {
  private Phases() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    long t0 = System.nanoTime();
    Diagnostics d = new Diagnostics();
    BriefReader.read(root, d);
    CodebookReader.read(root, d);
    long t1 = System.nanoTime();
    List<?> deals = DealsReader.read(root, d).orElse(List.of());
    long t2 = System.nanoTime();
    List<?> interviews = CorpusReader.readInterviews(root, d);
    long t3 = System.nanoTime();
    Corpus c = CorpusReader.read(root);
    long t4 = System.nanoTime();
    CorpusChecker.check(c);
    long t5 = System.nanoTime();
    System.out.printf("brief+codebook %d ms, deals %d ms (%d), interviews %d ms (%d), whole read again %d ms, check %d ms%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, deals.size(), (t3 - t2) / 1_000_000, interviews.size(),
        (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
  }
}
