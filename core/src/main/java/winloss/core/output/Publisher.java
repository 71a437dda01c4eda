package winloss.core.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one path every generator takes to disk: check, write atomically, and with {@code
 * --commit} commit exactly the files of this run. The repository is checked before anything is
 * written ({@link GitCommitter#check}), so a refused {@code --commit} (exit 2) leaves the corpus
 * untouched. Callers hold the {@link CorpusLock}.
 */
public final class Publisher {
  private Publisher() {}

  /**
   * Publishes with git seeing this process's environment.
   *
   * @param commitMessage the commit message (e.g. "winloss: script OPP-1042"), or null for no commit
   */
  public static Published publish(Path root, List<PlannedFile> files, WriteOptions options, String commitMessage) {
    return publish(root, files, options, commitMessage, System.getenv());
  }

  /**
   * As {@link #publish(Path, List, WriteOptions, String)}, with the environment git would see
   * (HOME, XDG_CONFIG_HOME, GIT_AUTHOR_NAME, ...). With a commit message, every planned file
   * that differs from {@code HEAD} is committed, whether this run changed its bytes or an
   * earlier run without {@code --commit} did.
   */
  public static Published publish(Path root, List<PlannedFile> files, WriteOptions options, String commitMessage,
      Map<String, String> env) {
    boolean commit = commitMessage != null && !options.dryRun();
    List<Path> paths = new ArrayList<>();
    files.forEach(f -> paths.add(f.path()));
    GitCommitter.Ready ready = commit ? GitCommitter.check(root, paths, env) : null;
    WriteResult result = OutputWriter.write(root, files, options);
    String id = commit ? GitCommitter.commit(root, ready, paths, commitMessage) : null;
    return new Published(result, id);
  }

  /** What happened: the write result and the commit id, or null when nothing was committed. */
  public record Published(WriteResult result, String commit) {}
}
