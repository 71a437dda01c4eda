package winloss.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.diag.WinlossException;

/** Cases commit-jgit-internal-error and commit-identity-fallback: refuse before writing what git would refuse. */
class GitCommitterTest {
  @TempDir Path dir;

  private static final Path DOC = Path.of("win-loss", "scripts", "D-4.md");

  private Map<String, String> emptyHome() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(), "GIT_CONFIG_NOSYSTEM", "1");
  }

  private Git repo(boolean identity) throws Exception {
    Path root = dir.resolve("repo");
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    if (identity) {
      StoredConfig c = git.getRepository().getConfig();
      c.setString("user", null, "name", "Pat PMM");
      c.setString("user", null, "email", "pat@example.com");
      c.save();
    }
    Files.writeString(root.resolve("operator-brief.md"), "brief\n");
    git.add().addFilepattern(".").call();
    git.commit().setMessage("base").setAuthor("T", "t@x").setCommitter("T", "t@x").call();
    return git;
  }

  private Publisher.Published publish(Path root, String content, boolean force, Map<String, String> env) {
    return Publisher.publish(root, List.of(PlannedFile.generated(DOC, "script --opp D-4", content)),
        new WriteOptions(force, false), "winloss: script D-4", env);
  }

  @Test
  void regeneratingAHandEditedCommittedFileBackToItsCommittedBytesCommitsNothing() throws Exception {
    try (Git git = repo(true)) {
      Path root = git.getRepository().getWorkTree().toPath();
      assertThat(publish(root, "# Script\n", false, emptyHome()).commit()).hasSize(7);
      Files.writeString(root.resolve(DOC), "edit\n", java.nio.file.StandardOpenOption.APPEND);
      Publisher.Published again = publish(root, "# Script\n", true, emptyHome());
      assertThat(again.result().written()).containsExactly(DOC);
      assertThat(again.commit()).isNull();
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  void aFileWrittenEarlierWithoutCommitIsCommittedByALaterCommitRun() throws Exception {
    try (Git git = repo(true)) {
      Path root = git.getRepository().getWorkTree().toPath();
      Publisher.publish(root, List.of(PlannedFile.generated(DOC, "script --opp D-4", "# S\n")), WriteOptions.defaults(), null);
      Publisher.Published p = publish(root, "# S\n", false, emptyHome());
      assertThat(p.result().unchanged()).containsExactly(DOC);
      assertThat(p.commit()).hasSize(7);
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  void anIgnoredOutputFolderIsRefusedBeforeWriting() throws Exception {
    try (Git git = repo(true)) {
      Path root = git.getRepository().getWorkTree().toPath();
      Files.writeString(root.resolve(".gitignore"), "win-loss/scripts/\n");
      assertThatThrownBy(() -> publish(root, "# S\n", false, emptyHome()))
          .isInstanceOf(WinlossException.class)
          .hasMessageContaining("win-loss/scripts/D-4.md is ignored by git")
          .satisfies(e -> assertThat(((WinlossException) e).exitCode()).isEqualTo(2));
      assertThat(root.resolve(DOC)).doesNotExist();
      // a negated rule deeper down, or an exclude file, is read as git reads it
      Files.writeString(root.resolve(".gitignore"), "*.md\n");
      Files.createDirectories(root.resolve("win-loss"));
      Files.writeString(root.resolve("win-loss/.gitignore"), "!scripts/*.md\n");
      assertThat(publish(root, "# S\n", false, emptyHome()).commit()).hasSize(7);
      Files.createDirectories(git.getRepository().getDirectory().toPath().resolve("info"));
      Files.writeString(git.getRepository().getDirectory().toPath().resolve("info/exclude"), "scripts\n");
      assertThatThrownBy(() -> publish(root, "# T\n", false, emptyHome())).hasMessageContaining("is ignored by git");
    }
  }

  @Test
  void aMergeInProgressIsRefusedBeforeWritingAndNothingIsStaged() throws Exception {
    try (Git git = repo(true)) {
      Path root = git.getRepository().getWorkTree().toPath();
      String head = git.getRepository().resolve("HEAD").name();
      Files.writeString(git.getRepository().getDirectory().toPath().resolve("MERGE_HEAD"), head + "\n");
      assertThatThrownBy(() -> publish(root, "# S\n", false, emptyHome()))
          .isInstanceOf(WinlossException.class)
          .hasMessageContaining("in the middle of a merge")
          .hasMessageContaining("git merge --abort");
      assertThat(root.resolve(DOC)).doesNotExist();
      assertThat(git.status().call().getAdded()).isEmpty();
    }
  }

  @Test
  void anotherGitProcessHoldingTheIndexIsRefusedBeforeWriting() throws Exception {
    try (Git git = repo(true)) {
      Path root = git.getRepository().getWorkTree().toPath();
      Files.writeString(git.getRepository().getDirectory().toPath().resolve("index.lock"), "");
      assertThatThrownBy(() -> publish(root, "# S\n", false, emptyHome()))
          .hasMessageContaining("another git process is running").hasMessageContaining("index.lock");
      assertThat(root.resolve(DOC)).doesNotExist();
    }
  }

  @Test
  void noIdentityAnywhereIsRefusedWithTheFixAndNothingWritten() throws Exception {
    try (Git git = repo(false)) {
      Path root = git.getRepository().getWorkTree().toPath();
      assertThatThrownBy(() -> publish(root, "# S\n", false, emptyHome()))
          .isInstanceOf(WinlossException.class)
          .hasMessageContaining("git has no identity")
          .hasMessageContaining("git config --global user.name \"Your Name\"")
          .hasMessageContaining("git config --global user.email");
      assertThat(root.resolve(DOC)).doesNotExist();
    }
  }

  @Test
  void theIdentityComesFromTheHomeGitReadsNotJavasUserHome() throws Exception {
    try (Git git = repo(false)) {
      Path root = git.getRepository().getWorkTree().toPath();
      Map<String, String> env = emptyHome();
      Files.writeString(Path.of(env.get("HOME")).resolve(".gitconfig"), "[user]\n\tname = Home User\n\temail = home@example.com\n");
      publish(root, "# S\n", false, env);
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertThat(head.getAuthorIdent().getName()).isEqualTo("Home User");
      assertThat(head.getCommitterIdent().getEmailAddress()).isEqualTo("home@example.com");
      // and from $XDG_CONFIG_HOME/git/config, and the GIT_AUTHOR_* variables, as git does
      Files.delete(Path.of(env.get("HOME")).resolve(".gitconfig"));
      Files.createDirectories(Path.of(env.get("XDG_CONFIG_HOME"), "git"));
      Files.writeString(Path.of(env.get("XDG_CONFIG_HOME"), "git", "config"), "[user]\n\tname = Xdg User\n\temail = xdg@example.com\n");
      Map<String, String> withAuthor = new java.util.HashMap<>(env);
      withAuthor.put("GIT_AUTHOR_NAME", "Env Author");
      publish(root, "# T\n", false, withAuthor);
      head = git.log().setMaxCount(1).call().iterator().next();
      assertThat(head.getAuthorIdent().getName()).isEqualTo("Env Author");
      assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("xdg@example.com");
      assertThat(head.getCommitterIdent().getName()).isEqualTo("Xdg User");
    }
  }
}
