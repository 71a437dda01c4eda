package winloss.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import winloss.core.diag.WinlossException;

/**
 * The corpus's write lock: every command that writes holds it from before it reads what it will
 * change until its files are in place (and committed), so two runs never lose each other's
 * update (two {@code import crm} at once, a {@code synthesize} during a {@code code --apply}).
 *
 * <p>The lock is the file {@code win-loss/.winloss.lock}, created exclusively (an atomic
 * create-if-absent) and holding the holder's pid, start time and command, so a waiting run can
 * say who holds it. The holder deletes it when done. A lock whose process is gone (no such pid,
 * or a pid reused by a process started at another time: the holder was killed) is stale: it is
 * reported (see {@link #staleHolder()}), removed, and taken over.
 *
 * <p>Not an OS file lock on purpose: POSIX drops a process's locks on a file when any of its
 * descriptors for that file closes, which would make the lock unreliable inside one JVM (tests
 * run many commands in one process).
 */
public final class CorpusLock implements AutoCloseable {
  /** The lock file, relative to the corpus root. */
  public static final Path FILE = Path.of("win-loss", ".winloss.lock");
  private static final long POLL_MILLIS = 50;
  /** A lock file still empty after this long was left by a run killed while creating it. */
  private static final Duration EMPTY_GRACE = Duration.ofSeconds(30);

  private final Path file;
  private final String content;
  private final String staleHolder;

  private CorpusLock(Path file, String content, String staleHolder) {
    this.file = file;
    this.content = content;
    this.staleHolder = staleHolder;
  }

  /**
   * Takes the lock of the corpus at {@code root}, waiting up to {@code wait} for another run to
   * finish.
   *
   * @param command what this run is, shown to a run that waits for it (e.g. "import crm")
   * @throws WinlossException exit 2 naming the holder (pid, start time, command) when the wait
   *     runs out, or when the lock file cannot be created
   */
  public static CorpusLock acquire(Path root, String command, Duration wait) {
    Path file = root.resolve(FILE);
    Instant deadline = Instant.now().plus(wait);
    String stale = null;
    ProcessHandle self = ProcessHandle.current();
    String content = "pid: " + self.pid() + "\nstarted: " + startOf(self) + "\ncommand: " + oneLine(command)
        + "\ntoken: " + UUID.randomUUID() + "\n";
    while (true) {
      String holder;
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new CorpusLock(file, content, stale);
      } catch (FileAlreadyExistsException held) {
        holder = readQuietly(file);
      } catch (IOException e) {
        throw new WinlossException("cannot take the corpus lock " + shown() + ": " + e.getMessage()
            + "; check that win-loss/ is writable", e);
      }
      if (isStale(file, holder)) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new WinlossException("cannot remove the stale corpus lock " + shown() + " (" + describe(holder) + "): "
              + e.getMessage() + "; delete it by hand", e);
        }
        stale = holder.isBlank() ? "an interrupted run" : describe(holder);
        continue;
      }
      if (!Instant.now().isBefore(deadline)) {
        throw new WinlossException("the corpus is busy: another winloss run holds " + shown()
            + (holder.isBlank() ? "" : " (" + describe(holder) + ")") + "; waited " + wait.toSeconds()
            + "s. Let it finish and rerun, or wait longer with --wait SECONDS");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WinlossException("interrupted while waiting for the corpus lock", e);
      }
    }
  }

  /** A holder whose process is gone, or a lock file left empty by a run killed as it created it. */
  private static boolean isStale(Path file, String holder) {
    String pid = field(holder, "pid");
    if (pid.isEmpty()) {
      try {
        return Files.exists(file)
            && Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(EMPTY_GRACE));
      } catch (IOException e) {
        return false;
      }
    }
    long id;
    try {
      id = Long.parseLong(pid);
    } catch (NumberFormatException e) {
      return true;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(id);
    if (p.isEmpty() || !p.get().isAlive()) {
      return true;
    }
    String started = field(holder, "started");
    String now = startOf(p.get());
    return !started.isEmpty() && !started.equals("unknown") && !now.equals("unknown") && !now.equals(started);
  }

  private static String startOf(ProcessHandle p) {
    return p.info().startInstant().map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString()).orElse("unknown");
  }

  /**
   * The holder of a lock found left behind by a run that was killed (e.g. "pid 4242, started
   * 2026-11-30T06:00:00Z, running 'import crm'"), or null when the lock was free. The caller
   * reports it.
   */
  public String staleHolder() {
    return staleHolder;
  }

  /** Deletes the lock file, if it is still ours. */
  @Override
  public void close() {
    try {
      if (readQuietly(file).equals(content)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // a lock file left behind names a finished pid: the next run finds it stale and reports it
    }
  }

  private static String shown() {
    return FILE.toString().replace('\\', '/');
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** "pid 4242, started 2026-11-30T06:00:00Z, running 'import crm'" from the lock file's lines. */
  static String describe(String content) {
    String pid = field(content, "pid");
    String started = field(content, "started");
    String command = field(content, "command");
    StringBuilder b = new StringBuilder("pid ").append(pid.isEmpty() ? "unknown" : pid);
    if (!started.isEmpty()) {
      b.append(", started ").append(started);
    }
    if (!command.isEmpty()) {
      b.append(", running '").append(command).append('\'');
    }
    return b.toString();
  }

  private static String field(String content, String key) {
    for (String line : content.split("\n")) {
      if (line.startsWith(key + ": ")) {
        return line.substring(key.length() + 2).trim();
      }
    }
    return "";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n\\p{Cntrl}]+", " ").trim();
  }
}
