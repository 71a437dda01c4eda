package winloss.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;

/**
 * Writes a command's files all or nothing: every file is checked first (inside the corpus once
 * links are resolved, an edited generated file, an existing human-owned one), then each is
 * written to a temporary file beside it and renamed into place; if a rename fails, the files
 * already renamed are put back as they were. A failed run leaves the corpus as it was.
 *
 * <p>Temporary files are named {@code .<name>.<random>.winloss.tmp} (see {@link #TEMP}). A run
 * killed before its renames leaves them behind; the next run that writes into the same folder
 * removes them (and the {@code .<name><digits>.tmp} files of older versions) and reports them.
 * Callers hold the {@link CorpusLock}, so no temp file seen then belongs to a live run.
 *
 * <p>A replaced file keeps its permissions; a new file gets the umask's default (as {@code
 * touch} would), not the owner-only mode of a JDK temp file.
 */
public final class OutputWriter {
  /** The names of winloss's temporary files. */
  public static final Pattern TEMP = Pattern.compile("\\..+\\.[0-9a-f]{8}\\.winloss\\.(tmp|bak)");
  /** Temporary files of winloss versions before 2026-11 ({@code Files.createTempFile}). */
  private static final Pattern OLD_TEMP = Pattern.compile("\\.(.+?)\\d+\\.tmp");

  private OutputWriter() {}

  public static WriteResult write(Path root, List<PlannedFile> files, WriteOptions options) {
    List<Path> written = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>();
    Map<PlannedFile, Path> targets = new LinkedHashMap<>();
    Path realRoot = realPath(root);
    for (PlannedFile f : files) {
      Path target = root.resolve(f.path()).normalize();
      if (!target.startsWith(root.normalize()) || !realPath(target).startsWith(realRoot)) {
        throw new WinlossException(f.path().toString().replace('\\', '/') + " would be written outside the corpus"
            + " (with links resolved it is " + realPath(target) + "); refusing. Replace the link on its way with a"
            + " real folder inside the corpus");
      }
      if (f.isBinary() || !f.generated() && f.overwrite()) {
        if (sameBytes(target, f.data())) {
          unchanged.add(f.path());
          continue;
        }
        targets.put(f, target);
        written.add(f.path());
        continue;
      }
      String existing = readIfPresent(target);
      if (existing != null && existing.equals(f.content())) {
        unchanged.add(f.path());
        continue;
      }
      refuseUnsafeOverwrite(f, existing, options.force());
      targets.put(f, target);
      written.add(f.path());
    }
    List<Path> leftovers = List.of();
    if (!options.dryRun()) {
      leftovers = removeLeftovers(root, files);
      commit(targets);
    }
    return new WriteResult(written, unchanged, options.dryRun(), leftovers);
  }

  /**
   * {@code path} with every link resolved: the real path of its deepest existing ancestor, with
   * the rest appended (the rest does not exist yet, so holds no link).
   */
  static Path realPath(Path path) {
    Path p = path.toAbsolutePath().normalize();
    Path missing = null;
    while (p != null) {
      try {
        Path real = p.toRealPath();
        return missing == null ? real : real.resolve(missing).normalize();
      } catch (IOException e) {
        Path name = p.getFileName();
        if (name == null) {
          break;
        }
        missing = missing == null ? name : name.resolve(missing);
        p = p.getParent();
      }
    }
    return path.toAbsolutePath().normalize();
  }

  private static void refuseUnsafeOverwrite(PlannedFile f, String existing, boolean force) {
    if (existing == null) {
      return;
    }
    if (!f.generated()) {
      if (!f.overwrite()) {
        throw new WinlossException(f.path() + " already exists and is yours; winloss never overwrites it"
            + " (move it away first if you really want a fresh one)");
      }
      return;
    }
    GeneratedHeader.State state = GeneratedHeader.inspect(existing);
    if (force) {
      return;
    }
    if (state == GeneratedHeader.State.EDITED) {
      throw new WinlossException(f.path() + " was edited by hand since winloss generated it (its content no longer"
          + " matches the hash in its first line); rerun with --force to replace it, or keep your edits elsewhere");
    }
    if (state == GeneratedHeader.State.FOREIGN) {
      throw new WinlossException(f.path() + " exists but was not generated by winloss (no header line);"
          + " rerun with --force to replace it");
    }
  }

  private static boolean sameBytes(Path target, byte[] data) {
    try {
      return Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), data);
    } catch (IOException e) {
      return false;
    }
  }

  private static String readIfPresent(Path target) {
    if (!Files.exists(target)) {
      return null;
    }
    try {
      return Files.readString(target, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // unreadable as UTF-8 (or not readable): treat as a foreign file the user must move
      return "\u0000unreadable";
    }
  }

  /** Removes temp files an interrupted run left in the folders this run writes to. */
  private static List<Path> removeLeftovers(Path root, List<PlannedFile> files) {
    Map<Path, Set<String>> namesByDir = new LinkedHashMap<>();
    for (PlannedFile f : files) {
      Path target = root.resolve(f.path()).normalize();
      namesByDir.computeIfAbsent(target.getParent(), d -> new LinkedHashSet<>()).add(target.getFileName().toString());
    }
    List<Path> removed = new ArrayList<>();
    for (Map.Entry<Path, Set<String>> e : namesByDir.entrySet()) {
      if (!Files.isDirectory(e.getKey())) {
        continue;
      }
      try (DirectoryStream<Path> s = Files.newDirectoryStream(e.getKey(), ".*.tmp")) {
        for (Path p : s) {
          String name = p.getFileName().toString();
          var old = OLD_TEMP.matcher(name);
          boolean ours = TEMP.matcher(name).matches() || (old.matches() && e.getValue().contains(old.group(1)));
          if (ours && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
            removed.add(root.relativize(p));
          }
        }
      } catch (IOException ignored) {
        // leftovers are litter, not data: a folder we cannot list is reported by the write itself
      }
    }
    return removed;
  }

  private static Path sibling(Path target, String kind) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return target.resolveSibling("." + target.getFileName() + "." + id + ".winloss." + kind);
  }

  /**
   * Writes every temp file first, then renames them all; on failure removes the temps and puts
   * back every file already replaced (from a hard link, or a copy, made just before).
   */
  private static void commit(Map<PlannedFile, Path> targets) {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, Path> backups = new LinkedHashMap<>();
    List<Path> created = new ArrayList<>();
    try {
      for (Map.Entry<PlannedFile, Path> e : targets.entrySet()) {
        Path target = e.getValue();
        Files.createDirectories(target.getParent());
        Path temp = sibling(target, "tmp");
        temps.put(temp, target);
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          out.write(e.getKey().data());
        }
        keepMode(target, temp);
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        Path target = e.getValue();
        if (targets.size() > 1 && Files.isRegularFile(target)) {
          Path backup = sibling(target, "bak");
          try {
            Files.createLink(backup, target);
          } catch (UnsupportedOperationException | IOException noLinks) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
          }
          backups.put(target, backup);
        } else if (!Files.exists(target)) {
          created.add(target);
        }
        move(e.getKey(), target);
      }
    } catch (IOException e) {
      rollback(temps, backups, created);
      throw new WinlossException("cannot write " + e.getMessage() + "; nothing was changed", WinlossException.INPUT, e);
    }
    for (Path backup : backups.values()) {
      try {
        Files.deleteIfExists(backup);
      } catch (IOException ignored) {
        // removed as a leftover by the next run
      }
    }
  }

  private static void rollback(Map<Path, Path> temps, Map<Path, Path> backups, List<Path> created) {
    for (Path temp : temps.keySet()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // best effort: the next run removes it as a leftover
      }
    }
    for (Map.Entry<Path, Path> b : backups.entrySet()) {
      try {
        move(b.getValue(), b.getKey());
      } catch (IOException ignored) {
        // the backup stays beside the file, named after it
      }
    }
    for (Path c : created) {
      try {
        Files.deleteIfExists(c);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }

  /** Gives {@code temp} the permissions of the file it replaces (a new file keeps the umask's). */
  private static void keepMode(Path target, Path temp) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
