package winloss.core.output;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write did: files whose bytes changed, files already identical (left alone), and
 * temporary files an interrupted earlier run had left behind and this run removed (all relative
 * to the corpus root).
 */
public record WriteResult(List<Path> written, List<Path> unchanged, boolean dryRun, List<Path> removedLeftovers) {
  public WriteResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removedLeftovers = List.copyOf(removedLeftovers);
  }

  public WriteResult(List<Path> written, List<Path> unchanged, boolean dryRun) {
    this(written, unchanged, dryRun, List.of());
  }
}
