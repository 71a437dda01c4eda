package winloss.core.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import winloss.core.corpus.InterviewReader;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.Diagnostics;
import winloss.core.diag.WinlossException;
import winloss.core.model.Interview;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * Reads the write-ups ({@code win-loss/interviews/*.md}) of a git revision with jgit, straight
 * from the object database: nothing is checked out, the work tree, index and HEAD are untouched.
 * The corpus may sit in a sub-folder of the repository.
 */
public final class RevisionReader {
  private RevisionReader() {}

  /**
   * The write-ups of one revision.
   *
   * @param rev the revision as the user named it (branch, tag or commit)
   * @param commit the commit it resolved to, abbreviated to 7 characters
   * @param interviews by opp id, in file-name order
   */
  public record Snapshot(String rev, String commit, Map<String, Interview> interviews) {}

  /**
   * Reads {@code revs} from the repository holding {@code root}.
   *
   * @throws WinlossException (exit 2) when the corpus is not in a git repository, a revision is
   *     unknown, or a write-up in a revision cannot be read (the message names the revision, the
   *     file and the line)
   */
  public static List<Snapshot> read(Path root, List<String> revs) {
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
    if (b.getGitDir() == null) {
      throw new WinlossException(root + " is not in a git repository; agreement compares the coding of two git revisions"
          + " (e.g. winloss agreement main coder-b)");
    }
    try (Repository repo = b.build()) {
      String prefix = prefix(repo, root);
      List<Snapshot> out = new ArrayList<>();
      for (String rev : revs) {
        out.add(snapshot(repo, prefix, rev));
      }
      return out;
    } catch (IOException e) {
      throw new WinlossException("cannot read the git repository at " + b.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  private static String prefix(Repository repo, Path root) throws IOException {
    if (repo.isBare()) {
      return "";
    }
    Path work = repo.getWorkTree().toPath().toRealPath();
    Path corpus = root.toRealPath();
    String p = work.relativize(corpus).toString().replace('\\', '/');
    return p.isEmpty() ? "" : p + "/";
  }

  private static Snapshot snapshot(Repository repo, String prefix, String rev) throws IOException {
    ObjectId id;
    try {
      id = repo.resolve(rev + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new WinlossException("revision '" + rev + "' is ambiguous; give more characters of the commit id", e);
    } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
      id = null;
    }
    if (id == null) {
      throw new WinlossException("unknown revision '" + rev + "'; name a branch, tag or commit of this repository (git branch -a lists them)");
    }
    Map<String, Interview> interviews = new LinkedHashMap<>();
    Diagnostics problems = new Diagnostics();
    String dir = prefix + InterviewReader.DIR.toString().replace('\\', '/');
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(id);
      try (TreeWalk tw = TreeWalk.forPath(repo, dir, commit.getTree())) {
        if (tw != null && tw.isSubtree()) {
          tw.enterSubtree();
          List<String> names = new ArrayList<>();
          Map<String, ObjectId> blobs = new LinkedHashMap<>();
          while (tw.next()) {
            String name = tw.getNameString();
            if (!tw.isSubtree() && name.endsWith(".md") && (tw.getFileMode(0).getBits() & 0170000) == 0100000) {
              names.add(name);
              blobs.put(name, tw.getObjectId(0));
            }
          }
          names.sort(null);
          for (String name : names) {
            Path rel = InterviewReader.DIR.resolve(name);
            ObjectLoader loader = repo.open(blobs.get(name));
            if (loader.getSize() > TextFiles.MAX_DOCUMENT_BYTES) {
              problems.error(rel, 0, "file is over the 2 MiB limit for a write-up");
              continue;
            }
            String text;
            try {
              text = TextFiles.decode(loader.getBytes());
            } catch (InputProblem p) {
              problems.problem(rel, p);
              continue;
            }
            InterviewReader.parseText(rel, text, problems).ifPresent(i -> interviews.putIfAbsent(i.opp(), i));
          }
        }
      }
      List<Diagnostic> errors = problems.sorted().stream().filter(Diagnostic::isError).toList();
      if (!errors.isEmpty()) {
        StringBuilder sb = new StringBuilder("the write-ups at " + rev + " (" + commit.abbreviate(7).name() + ") cannot be read:");
        for (Diagnostic d : errors) {
          sb.append("\n  ").append(rev).append(':').append(d.file().toString().replace('\\', '/'))
              .append(':').append(d.line()).append(": ").append(d.message());
        }
        sb.append("\nfix them on that branch (winloss check there names them too) and run agreement again");
        throw new WinlossException(sb.toString());
      }
      return new Snapshot(rev, commit.abbreviate(7).name(), interviews);
    }
  }
}
