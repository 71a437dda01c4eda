package winloss.core.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;

/** A writable copy of the small fixture corpus, with helpers to add deals and interviews. */
final class HealthCorpus {
  static final Path SMALL = Path.of("src", "test", "resources", "fixtures", "small");
  final Path root;

  HealthCorpus(Path into) {
    this.root = into;
    try (Stream<Path> s = Files.walk(SMALL)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path t = into.resolve(SMALL.relativize(p).toString());
        Files.createDirectories(t.getParent());
        Files.copy(p, t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends rows to deals.csv: opp_id,account,outcome,close_date,acv,segment,industry,competitor,ae (rest empty). */
  HealthCorpus deal(String oppId, String outcome, String closeDate, int acv, String segment, String competitor) {
    String row = String.join(",", oppId, "Acct " + oppId, outcome, closeDate, String.valueOf(acv), segment, "software", competitor,
        "Tom Reyes", "", "", "", "", "", "") + "\n";
    return append("win-loss/deals.csv", row);
  }

  HealthCorpus append(String file, String text) {
    try {
      Files.writeString(root.resolve(file), text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  HealthCorpus write(String file, String text) {
    try {
      Files.createDirectories(root.resolve(file).getParent());
      Files.writeString(root.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  HealthCorpus replace(String file, String from, String to) {
    try {
      String t = Files.readString(root.resolve(file));
      if (!t.contains(from)) {
        throw new IllegalArgumentException(file + " lacks " + from);
      }
      return write(file, t.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An interview request that never completed (status requested, declined or no-response). */
  HealthCorpus pending(String opp, String outcome, String status, String requested) {
    return write("win-loss/interviews/" + opp + ".md", "---\nopp: " + opp + "\noutcome: " + outcome + "\nstatus: " + status
        + "\nrequested: " + requested + "\ninterviewer: Halden Research\n---\n");
  }

  /** A completed interview whose decisive code is tagged on a quote. */
  HealthCorpus completed(String opp, String outcome, String interviewed, String decisive, String extraCodes) {
    String loss = outcome.equals("won") ? "" : "  winner: none\n  loss_reason: fit\n  loss_type: execution\n  price_factor: no\n  fixable: true\n";
    return write("win-loss/interviews/" + opp + ".md", "---\nopp: " + opp + "\noutcome: " + outcome + "\nstatus: completed\nrequested: "
        + interviewed + "\ninterviewed: " + interviewed + "\ninterviewer: Halden Research\ninterviewee:\n  title: CTO\n  persona: champion\n"
        + "codes:\n  decisive: [" + decisive + "]\n" + loss + extraCodes + "---\n## 1. Why?\n\n> It came down to this. #" + decisive + "\n");
  }

  Corpus read() {
    return CorpusReader.read(root);
  }
}
