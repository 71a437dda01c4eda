package winloss.core.output;

import java.nio.file.Path;
import java.util.List;

/**
 * The one path every generator takes to disk: check, write atomically, and with {@code
 * --commit} commit exactly what was written. The repository is checked before anything is
 * written, so a refused {@code --commit} leaves the corpus untouched.
 */
public final class Publisher {
  private Publisher() {}

  /**
   * @param commitMessage the commit message (e.g. "winloss: script OPP-1042"), or null for no commit
   */
  public static Published publish(Path root, List<PlannedFile> files, WriteOptions options, String commitMessage) {
    if (commitMessage != null && !options.dryRun()) {
      GitCommitter.requireRepository(root);
    }
    WriteResult result = OutputWriter.write(root, files, options);
    String commit = null;
    if (commitMessage != null && !options.dryRun()) {
      commit = GitCommitter.commit(root, result.written(), commitMessage);
    }
    return new Published(result, commit);
  }

  /** What happened: the write result and the commit id, or null when nothing was committed. */
  public record Published(WriteResult result, String commit) {}
}
