package winloss.core.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import winloss.core.diag.WinlossException;

/**
 * {@code --commit}: commits exactly the files a command wrote, with jgit, to the repository that
 * holds the corpus; other changes in the work tree and index are left as they were. The author
 * comes from git config, as with {@code git commit}.
 */
public final class GitCommitter {
  private GitCommitter() {}

  /** Throws (exit 2) unless {@code root} lies in a git work tree; call before writing anything. */
  public static Path requireRepository(Path root) {
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
    if (b.getGitDir() == null) {
      throw new WinlossException("--commit: " + root + " is not in a git repository; run git init there, or drop --commit");
    }
    try (Repository repo = b.build()) {
      if (repo.isBare()) {
        throw new WinlossException("--commit: the repository at " + repo.getDirectory() + " is bare; use a work tree");
      }
      return repo.getWorkTree().toPath().toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new WinlossException("--commit: cannot open the git repository: " + e.getMessage());
    }
  }

  /**
   * Commits {@code files} (relative to the corpus root) and returns the new commit's short id, or
   * null when the files were already committed as they are.
   */
  public static String commit(Path root, List<Path> files, String message) {
    if (files.isEmpty()) {
      return null;
    }
    Path workTree = requireRepository(root);
    Path absRoot = root.toAbsolutePath().normalize();
    try (Git git = Git.open(workTree.toFile())) {
      CommitCommand commit = git.commit().setMessage(message).setAllowEmpty(false);
      for (Path f : files) {
        String path = workTree.relativize(absRoot.resolve(f).normalize()).toString().replace('\\', '/');
        git.add().addFilepattern(path).call();
        commit.setOnly(path);
      }
      RevCommit c = commit.call();
      return c.abbreviate(7).name();
    } catch (org.eclipse.jgit.api.errors.EmptyCommitException e) {
      return null;
    } catch (GitAPIException | IOException e) {
      throw new WinlossException("--commit: git refused the commit: " + e.getMessage() + "; the files were written but not committed");
    }
  }
}
