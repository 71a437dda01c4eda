package winloss.core.health;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import winloss.core.model.Quarter;

/**
 * When the quarterly readout was first committed, read from the git history with jgit: the
 * earliest commit on HEAD's history that touches {@code win-loss/quarterly-synthesis/<Q>.md}, dated
 * by its committer date in the committer's own time zone.
 */
public final class ReadoutHistory {
  private ReadoutHistory() {}

  /** The answer: {@code repository} false when the corpus is not in git; {@code committed} null when never. */
  public record Readout(Path file, boolean repository, LocalDate committed, String commit) {}

  public static Path file(Quarter q) {
    return Path.of("win-loss", "quarterly-synthesis", q + ".md");
  }

  public static Readout find(Path root, Quarter q) {
    Path rel = file(q);
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
    if (b.getGitDir() == null) {
      return new Readout(rel, false, null, null);
    }
    try (Repository repo = b.build(); Git git = new Git(repo)) {
      if (repo.isBare() || repo.resolve("HEAD") == null) {
        return new Readout(rel, true, null, null);
      }
      Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      String path = workTree.relativize(root.toAbsolutePath().normalize().resolve(rel)).toString().replace('\\', '/');
      RevCommit first = null;
      for (RevCommit c : git.log().addPath(path).call()) {
        if (first == null || c.getCommitTime() < first.getCommitTime()) {
          first = c;
        }
      }
      if (first == null) {
        return new Readout(rel, true, null, null);
      }
      PersonIdent who = first.getCommitterIdent();
      ZoneId zone = who.getZoneId() != null ? who.getZoneId() : ZoneId.of("UTC");
      LocalDate day = Instant.ofEpochSecond(first.getCommitTime()).atZone(zone).toLocalDate();
      return new Readout(rel, true, day, first.abbreviate(7).name());
    } catch (NoHeadException e) {
      return new Readout(rel, true, null, null);
    } catch (IOException | GitAPIException e) {
      return new Readout(rel, true, null, null);
    }
  }
}
