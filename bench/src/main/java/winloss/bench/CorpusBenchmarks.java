package winloss.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import winloss.core.check.CheckReport;
import winloss.core.check.CorpusChecker;
import winloss.core.corpus.CorpusReader;
import winloss.core.corpus.DealsReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.text.FrontMatter;
import winloss.core.text.TextFiles;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * The core hot paths on a synthetic corpus (written once per trial into a temp folder): reading
 * everything, reading only the write-ups, deals.csv, one front matter, and checking a corpus
 * already read. Run through {@code bench/run --jmh} or
 * {@code java -jar bench/target/benchmarks.jar CorpusBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmarks {
  @Param({"1000"})
  public int interviews;

  private Path root;
  private Corpus corpus;
  private String dealsCsv;
  private String frontMatter;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    root = Files.createTempDirectory("winloss-bench");
    SyntheticCorpus.main(new String[] {root.toString(), String.valueOf(interviews),
        String.valueOf(interviews * 14 / 10), "2026"});
    corpus = CorpusReader.read(root);
    dealsCsv = TextFiles.read(root.resolve(DealsReader.FILE), TextFiles.MAX_TABLE_BYTES);
    Path first;
    try (var s = Files.list(root.resolve("win-loss/interviews"))) {
      first = s.sorted().findFirst().orElseThrow();
    }
    frontMatter = FrontMatter.split(TextFiles.read(first, TextFiles.MAX_DOCUMENT_BYTES)).yaml();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Corpus readCorpus() {
    return CorpusReader.read(root);
  }

  @Benchmark
  public List<Interview> readInterviews() {
    return CorpusReader.readInterviews(root, new Diagnostics());
  }

  @Benchmark
  public List<Deal> parseDealsCsv() {
    return DealsReader.parse(dealsCsv, DealsReader.FILE, new Diagnostics());
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public YNode parseFrontMatter() throws Exception {
    return YamlReader.parse(frontMatter, 2);
  }

  @Benchmark
  public CheckReport checkCorpusAlreadyRead() {
    return CorpusChecker.check(corpus);
  }

  @Benchmark
  public void countByOutcome(Blackhole bh) {
    long won = corpus.interviews().stream().filter(i -> i.outcome() == Outcome.WON).count();
    bh.consume(won);
    bh.consume(corpus.dealsById().size());
  }
}
