package winloss.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import winloss.core.text.FrontMatter;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * What the two readings of a write-up body cost on a corpus, in one JVM: the line-by-line
 * reading ({@link WriteUpBody#readSimple}) and flexmark's ({@link WriteUpBody#parse}), each over
 * every write-up, several rounds (the first is the cold one a real run sees), and how many
 * bodies the simple reading accepts.
 * {@code java -XX:TieredStopAtLevel=1 -cp bench/target/benchmarks.jar winloss.core.corpus.BodyReadings DIR [ROUNDS]}.
 * In this package because the readings are package-private. A profiling aid, not a test.
 */
public final class BodyReadings {
  private BodyReadings() {}

  public static void main(String[] args) throws IOException, InputProblem {
    Path dir = Path.of(args[0]).resolve(InterviewReader.DIR);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<FrontMatter> docs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        docs.add(FrontMatter.split(TextFiles.decode(Files.readAllBytes(p))));
      }
    }
    int simple = 0;
    for (FrontMatter fm : docs) {
      if (WriteUpBody.readSimple("X", fm.body(), fm.bodyFirstLine()) != null) {
        simple++;
      }
    }
    System.out.printf("%d write-ups, %d take the simple reading%n", docs.size(), simple);
    for (int r = 1; r <= rounds; r++) {
      long t0 = System.nanoTime();
      int q = 0;
      for (FrontMatter fm : docs) {
        WriteUpBody.Body b = WriteUpBody.readSimple("X", fm.body(), fm.bodyFirstLine());
        q += b == null ? 0 : b.quotes().size();
      }
      long t1 = System.nanoTime();
      int q2 = 0;
      for (FrontMatter fm : docs) {
        q2 += WriteUpBody.parse("X", fm.body(), fm.bodyFirstLine()).quotes().size();
      }
      long t2 = System.nanoTime();
      System.out.printf("round %d: simple %.1f ms (%.1f us each, %d quotes), flexmark %.1f ms (%.1f us each, %d quotes)%n", r,
          (t1 - t0) / 1e6, (t1 - t0) / 1e3 / docs.size(), q, (t2 - t1) / 1e6, (t2 - t1) / 1e3 / docs.size(), q2);
    }
  }
}
