package winloss.core.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import winloss.core.diag.ExitCodes;
import winloss.core.diag.WinlossException;

/**
 * {@code --commit}: commits exactly the files a command wrote, with jgit, to the repository that
 * holds the corpus; other changes in the work tree and index are left as they were.
 *
 * <p>{@link #check} runs before anything is written and refuses (exit 2) what {@code git commit}
 * would refuse: no repository, a bare one, a merge/rebase/cherry-pick in progress, another git
 * process holding the index lock, a file to commit that {@code .gitignore} ignores, and no
 * identity. The identity is read as git reads it (not as jgit does, which looks at Java's
 * {@code user.home}): {@code GIT_AUTHOR_*}/{@code GIT_COMMITTER_*} and {@code EMAIL} from the
 * environment, then {@code user.name}/{@code user.email} from the repository's config, {@code
 * $HOME/.gitconfig}, {@code $XDG_CONFIG_HOME/git/config} (or {@code $HOME/.config/git/config}),
 * {@code $GIT_CONFIG_GLOBAL}, and the system config ({@code /etc/gitconfig}, unless {@code
 * GIT_CONFIG_NOSYSTEM}). Unlike git, no name is guessed from the login and host.
 *
 * <p>{@link #commit} then commits those of the files that differ from {@code HEAD} (none: no
 * commit, not an error), retrying for a few seconds while another process commits. A commit
 * that still fails after the files were written is reported with exit 1: the files are in
 * place, only the commit is missing.
 */
public final class GitCommitter {
  private static final long LOCK_RETRY_MILLIS = 5000;

  private GitCommitter() {}

  /** The repository and identity a commit will use, checked before writing. */
  public record Ready(Path workTree, PersonIdent author, PersonIdent committer) {}

  /** Throws (exit 2) unless {@code root} lies in a git work tree; returns the work tree's root. */
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
      throw new WinlossException("--commit: cannot open the git repository: " + e.getMessage(), e);
    }
  }

  /**
   * Checks, before anything is written, that git would commit {@code files} (relative to the
   * corpus root) in the repository holding {@code root}.
   *
   * @param env the environment git would see (HOME, XDG_CONFIG_HOME, GIT_AUTHOR_NAME, ...)
   * @throws WinlossException exit 2 with the git command that fixes it
   */
  public static Ready check(Path root, List<Path> files, Map<String, String> env) {
    Path workTree = requireRepository(root);
    try (Repository repo = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile()).build()) {
      RepositoryState state = repo.getRepositoryState();
      if (state != RepositoryState.SAFE) {
        throw new WinlossException("--commit: the repository is in the middle of " + describe(state)
            + "; git does not commit only some files then. Finish it (git commit) or abort it (e.g. git merge --abort),"
            + " then rerun; or drop --commit");
      }
      if (Files.exists(repo.getDirectory().toPath().resolve("index.lock"))) {
        throw new WinlossException("--commit: another git process is running (" + repo.getDirectory().toPath().resolve("index.lock")
            + " exists); wait for it and rerun. If no git process is running, delete that file");
      }
      Config config = userConfig(repo, env);
      for (Path f : files) {
        String path = relative(workTree, root, f);
        if (isIgnored(repo, config, env, path)) {
          throw new WinlossException("--commit: " + path + " is ignored by git (.gitignore or an exclude file);"
              + " git would not commit it. Remove the rule that ignores it, or drop --commit");
        }
      }
      return new Ready(workTree, ident(config, env, "AUTHOR"), ident(config, env, "COMMITTER"));
    } catch (IOException e) {
      throw new WinlossException("--commit: cannot read the git repository: " + e.getMessage(), e);
    }
  }

  /**
   * Commits those of {@code files} (relative to the corpus root) that differ from {@code HEAD},
   * and returns the new commit's short id, or null when they are all committed as they are.
   */
  public static String commit(Path root, Ready ready, List<Path> files, String message) {
    if (files.isEmpty()) {
      return null;
    }
    Path workTree = ready.workTree();
    long deadline = System.currentTimeMillis() + LOCK_RETRY_MILLIS;
    while (true) {
      try (Git git = Git.open(workTree.toFile())) {
        Set<String> paths = new LinkedHashSet<>();
        for (Path f : files) {
          paths.add(relative(workTree, root, f));
        }
        var add = git.add();
        paths.forEach(add::addFilepattern);
        add.call();
        var st = git.status();
        paths.forEach(st::addPath);
        Status status = st.call();
        List<String> changed = new ArrayList<>();
        for (String p : paths) {
          if (status.getAdded().contains(p) || status.getChanged().contains(p)) {
            changed.add(p);
          }
        }
        if (changed.isEmpty()) {
          return null;
        }
        CommitCommand commit = git.commit().setMessage(message).setAllowEmpty(false)
            .setAuthor(ready.author()).setCommitter(ready.committer());
        changed.forEach(commit::setOnly);
        RevCommit c = commit.call();
        return c.abbreviate(7).name();
      } catch (org.eclipse.jgit.api.errors.EmptyCommitException e) {
        return null;
      } catch (GitAPIException | JGitInternalException | IOException e) {
        if (isLock(e) && System.currentTimeMillis() < deadline) {
          sleep();
          continue;
        }
        throw new WinlossException("--commit: git refused the commit: " + e.getMessage()
            + "; the files were written but not committed: commit them with git add and git commit", ExitCodes.FINDINGS, e);
      }
    }
  }

  private static boolean isLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LockFailedException || t instanceof org.eclipse.jgit.api.errors.ConcurrentRefUpdateException
          || String.valueOf(t.getMessage()).contains("lock")) {
        return true;
      }
    }
    return false;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  private static String relative(Path workTree, Path root, Path f) {
    Path absRoot = OutputWriter.realPath(root);
    Path realTree = OutputWriter.realPath(workTree);
    return realTree.relativize(absRoot.resolve(f).normalize()).toString().replace('\\', '/');
  }

  private static String describe(RepositoryState s) {
    return switch (s) {
      case MERGING, MERGING_RESOLVED -> "a merge";
      case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> "a cherry-pick";
      case REVERTING, REVERTING_RESOLVED -> "a revert";
      case REBASING, REBASING_REBASING, REBASING_MERGE, REBASING_INTERACTIVE, APPLY -> "a rebase";
      case BISECTING -> "a bisect";
      default -> s.getDescription().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The config files git reads, lowest precedence first, with the repository's own last. */
  static Config userConfig(Repository repo, Map<String, String> env) throws IOException {
    List<File> files = new ArrayList<>();
    if (env.get("GIT_CONFIG_NOSYSTEM") == null || env.get("GIT_CONFIG_NOSYSTEM").isEmpty()) {
      files.add(new File(env.getOrDefault("GIT_CONFIG_SYSTEM", "/etc/gitconfig")));
    }
    if (env.get("GIT_CONFIG_GLOBAL") != null) {
      files.add(new File(env.get("GIT_CONFIG_GLOBAL")));
    } else {
      String home = env.get("HOME");
      String xdg = env.get("XDG_CONFIG_HOME");
      if (xdg != null && !xdg.isEmpty()) {
        files.add(new File(xdg, "git/config"));
      } else if (home != null) {
        files.add(new File(home, ".config/git/config"));
      }
      if (home != null) {
        files.add(new File(home, ".gitconfig"));
      }
    }
    files.add(new File(repo.getDirectory(), "config"));
    Config config = null;
    for (File f : files) {
      FileBasedConfig c = new FileBasedConfig(config, f, FS.DETECTED);
      try {
        c.load();
      } catch (ConfigInvalidException e) {
        throw new WinlossException("--commit: git config " + f + " is not valid: " + e.getMessage()
            + "; fix it (git config --file " + f + " --list shows the problem)", e);
      }
      config = c;
    }
    return config;
  }

  private static PersonIdent ident(Config config, Map<String, String> env, String role) {
    String name = firstSet(env.get("GIT_" + role + "_NAME"), config.getString("user", null, "name"));
    String email = firstSet(env.get("GIT_" + role + "_EMAIL"), config.getString("user", null, "email"), env.get("EMAIL"));
    if (name == null || email == null) {
      throw new WinlossException("--commit: git has no identity to commit with (no user." + (name == null ? "name" : "email")
          + " in git's config); set it, as git asks:\n  git config --global user.name \"Your Name\"\n"
          + "  git config --global user.email \"you@example.com\"\n(or without --global, for this repository only); nothing was written");
    }
    return new PersonIdent(name, email);
  }

  private static String firstSet(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /**
   * Whether git ignores {@code path} (relative to the work tree): a folder on its way or the file
   * itself matched by a {@code .gitignore} (deepest first), {@code .git/info/exclude} or
   * {@code core.excludesFile}.
   */
  static boolean isIgnored(Repository repo, Config config, Map<String, String> env, String path) throws IOException {
    Path tree = repo.getWorkTree().toPath();
    Map<String, IgnoreNode> cache = new HashMap<>();
    List<IgnoreNode> global = new ArrayList<>();
    global.add(load(repo.getDirectory().toPath().resolve("info/exclude")));
    String excludes = config.getString("core", null, "excludesFile");
    if (excludes != null) {
      if (excludes.startsWith("~/") && env.get("HOME") != null) {
        excludes = env.get("HOME") + excludes.substring(1);
      }
      global.add(load(Path.of(excludes)));
    } else if (env.get("XDG_CONFIG_HOME") != null && !env.get("XDG_CONFIG_HOME").isEmpty()) {
      global.add(load(Path.of(env.get("XDG_CONFIG_HOME"), "git", "ignore")));
    } else if (env.get("HOME") != null) {
      global.add(load(Path.of(env.get("HOME"), ".config", "git", "ignore")));
    }
    String[] parts = path.split("/");
    for (int k = 1; k <= parts.length; k++) {
      String candidate = String.join("/", java.util.Arrays.copyOf(parts, k));
      boolean dir = k < parts.length;
      Boolean verdict = null;
      for (int d = k - 1; d >= 0 && verdict == null; d--) {
        String base = String.join("/", java.util.Arrays.copyOf(parts, d));
        IgnoreNode node = cache.computeIfAbsent(base, b -> loadQuietly(tree.resolve(b).resolve(".gitignore")));
        String rel = d == 0 ? candidate : candidate.substring(base.length() + 1);
        verdict = node.checkIgnored(rel, dir);
      }
      for (int g = 0; g < global.size() && verdict == null; g++) {
        verdict = global.get(g).checkIgnored(candidate, dir);
      }
      if (Boolean.TRUE.equals(verdict)) {
        return true;
      }
    }
    return false;
  }

  private static IgnoreNode loadQuietly(Path file) {
    try {
      return load(file);
    } catch (IOException e) {
      return new IgnoreNode();
    }
  }

  private static IgnoreNode load(Path file) throws IOException {
    IgnoreNode node = new IgnoreNode();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        node.parse(file.toString(), in);
      }
    }
    return node;
  }
}
