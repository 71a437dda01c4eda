package winloss.core.output;

import java.nio.file.Path;
import java.util.List;

/** What a write did: files whose bytes changed, and files already identical (left alone). */
public record WriteResult(List<Path> written, List<Path> unchanged, boolean dryRun) {
  public WriteResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
  }
}
