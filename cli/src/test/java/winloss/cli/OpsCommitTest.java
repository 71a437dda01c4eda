package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --commit} on a real temporary git repository: exactly the generated file, nothing else. */
class OpsCommitTest {
  @TempDir Path dir;

  @Test
  void commitHoldsExactlyTheGeneratedFileAndLeavesTheRestOfTheWorkTreeAlone() throws Exception {
    Path repo = dir.resolve("repo");
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, repo.resolve("winloss-corpus"));
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Pat Operator");
      config.setString("user", null, "email", "pat@example.com");
      config.save();
      git.add().addFilepattern(".").call();
      RevCommit initial = git.commit().setMessage("corpus").call();

      // a dirty tracked file, a staged change and an untracked file: none of them may be committed
      Files.writeString(corpus.resolve("win-loss/actions.yaml"), "\n# edited, not committed\n", java.nio.file.StandardOpenOption.APPEND);
      Files.writeString(corpus.resolve("win-loss/schema.yaml"), "\n# staged, not committed\n", java.nio.file.StandardOpenOption.APPEND);
      git.add().addFilepattern("winloss-corpus/win-loss/schema.yaml").call();
      Files.writeString(repo.resolve("notes.txt"), "scratch\n");

      CliRun.run("script", "--corpus", corpus.toString(), "--opp", "OPP-1", "--commit")
          .exits(0)
          .stdoutContains("wrote ", "win-loss/scripts/OPP-1.md", "\"winloss: script OPP-1\"");

      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertThat(head.getFullMessage()).isEqualTo("winloss: script OPP-1");
      assertThat(head.getAuthorIdent().getName()).isEqualTo("Pat Operator");
      assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("pat@example.com");
      assertThat(head.getParent(0)).isEqualTo(initial);
      assertThat(changedPaths(git, initial, head)).containsExactly("winloss-corpus/win-loss/scripts/OPP-1.md");

      Status status = git.status().call();
      assertThat(status.getModified()).containsExactly("winloss-corpus/win-loss/actions.yaml");
      assertThat(status.getChanged()).containsExactly("winloss-corpus/win-loss/schema.yaml");
      assertThat(status.getUntracked()).containsExactly("notes.txt");
      assertThat(status.getAdded()).isEmpty();

      // regenerating the same bytes writes and commits nothing
      CliRun.run("script", "--corpus", corpus.toString(), "--opp", "OPP-1", "--commit")
          .exits(0).stdoutContains("unchanged ", "nothing to commit");
      assertThat(git.log().setMaxCount(1).call().iterator().next()).isEqualTo(head);
    }
  }

  /**
   * {@code request --due --commit}: every request drafted in the run goes into one commit with
   * the run's message, and nothing else; a second run drafts nothing, commits nothing and says so.
   */
  @Test
  void requestDueCommitsEveryDraftInOneCommitAndASecondRunCommitsNothing() throws Exception {
    Path repo = dir.resolve("due");
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, repo.resolve("winloss-corpus"));
    Files.writeString(corpus.resolve("win-loss/deals.csv"), Files.readString(corpus.resolve("win-loss/deals.csv"))
        + "OPP-20,Nord Ltd,lost,2026-06-26,90000,enterprise,energy,Helix,Tom Reyes,,40,Price,price,CFO,\n"
        + "OPP-21,Oslo AB,won,2026-06-28,80000,mid-market,retail,Lumen,Mia Chen,,30,Connectors,,CTO,\n");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Pat Operator");
      config.setString("user", null, "email", "pat@example.com");
      config.save();
      git.add().addFilepattern(".").call();
      RevCommit initial = git.commit().setMessage("corpus").call();

      CliRun first = CliRun.run("request", "--due", "--as-of", "2026-07-01", "--corpus", corpus.toString(), "--commit")
          .exits(0).stderrEmpty();
      List<String> drafted = first.out.lines().filter(l -> l.startsWith("wrote "))
          .map(l -> repo.relativize(Path.of(l.substring("wrote ".length()))).toString().replace('\\', '/')).toList();
      assertThat(drafted).contains("winloss-corpus/win-loss/requests/OPP-20.md", "winloss-corpus/win-loss/requests/OPP-21.md")
          .allMatch(p -> p.startsWith("winloss-corpus/win-loss/requests/"));
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      first.stdoutContains("committed " + head.getId().abbreviate(7).name(), "\"winloss: request --due as of 2026-07-01\"");
      assertThat(head.getFullMessage()).isEqualTo("winloss: request --due as of 2026-07-01");
      assertThat(head.getParent(0)).isEqualTo(initial);
      assertThat(changedPaths(git, initial, head)).containsExactlyInAnyOrderElementsOf(drafted);
      assertThat(git.status().call().isClean()).isTrue();

      CliRun.run("request", "--due", "--as-of", "2026-07-01", "--corpus", corpus.toString(), "--commit")
          .exits(0).stderrEmpty()
          .stdoutContains("skipped OPP-20: already drafted", "no request due as of 2026-07-01", "nothing to commit");
      assertThat(git.log().setMaxCount(1).call().iterator().next()).isEqualTo(head);
    }
  }

  @Test
  void commitOutsideAGitRepositoryIsRefusedAndWritesNothing() {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir.resolve("plain"));
    CliRun.run("request", "--corpus", corpus.toString(), "--opp", "OPP-2", "--commit")
        .exits(2)
        .stderrContains("--commit:", "is not in a git repository")
        .noStackTrace();
    assertThat(corpus.resolve("win-loss/requests")).doesNotExist();
  }

  private static List<String> changedPaths(Git git, RevCommit from, RevCommit to) throws Exception {
    try (ObjectReader reader = git.getRepository().newObjectReader()) {
      CanonicalTreeParser a = new CanonicalTreeParser(null, reader, from.getTree());
      CanonicalTreeParser b = new CanonicalTreeParser(null, reader, to.getTree());
      List<String> paths = new ArrayList<>();
      for (DiffEntry e : git.diff().setOldTree(a).setNewTree(b).call()) {
        paths.add(e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath());
      }
      return paths;
    }
  }
}
