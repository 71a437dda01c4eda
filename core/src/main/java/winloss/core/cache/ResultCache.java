package winloss.core.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import winloss.core.corpus.CorpusLocator;
import winloss.core.output.CorpusLock;
import winloss.core.output.Templates;

/**
 * The corpus cache's derived layer (issue 15): what a report printed (its exit code, stdout
 * and stderr, which hold every tally it counted), keyed by the whole corpus's state, so that an
 * unchanged corpus answers the same report without reading or counting anything.
 *
 * <p>The key is a SHA-256 over: this format, the jar that runs ({@link CorpusCache#version()}),
 * the corpus's real path, the command line as given, today's date and the time zone (a report
 * may read the clock), and every input file's path, size and modification time in nanoseconds:
 * {@code operator-brief.md} and everything under {@code win-loss/} (but the corpus lock) and
 * {@code templates/}. A corpus whose state cannot be trusted from time stamps (a file modified
 * within {@link CorpusCache#RACY_MILLIS} of the scan, or in the future) gets no key: the report
 * runs and nothing is stored, as git re-reads racily clean files.
 *
 * <p>Stored beside the per-file cache, one small file per result, at most {@link #KEEP} per
 * corpus (the oldest dropped), written atomically; a corrupt or foreign file is ignored.
 * Reports that read anything outside the corpus (git history, the network) must not use it.
 */
public final class ResultCache {
  static final int FORMAT = 1;
  static final int KEEP = 64;
  private static final String MAGIC = "winloss-result-cache";

  /** What one report printed. */
  public record Result(int exitCode, String out, String err) {
    public Result {
      java.util.Objects.requireNonNull(out, "out");
      java.util.Objects.requireNonNull(err, "err");
    }
  }

  /** One report over one corpus state: the file it is stored in. */
  public record Key(String hex) {}

  private final Path root;
  private final Path folder;

  /** One input file's state in the key (size and time -1 for an absent folder). */
  private record FileState(String path, long size, long modifiedNanos, boolean regular) {}

  private ResultCache(Path root, Path folder) {
    this.root = root;
    this.folder = folder;
  }

  /** The results cache of the corpus at {@code root}; off when {@code cache} is off. */
  public static ResultCache of(CorpusCache cache, Path root) {
    if (!cache.enabled()) {
      return new ResultCache(root, null);
    }
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      return new ResultCache(root, null);
    }
    return new ResultCache(real, cache.folderOf(real).resolve("results"));
  }

  public boolean enabled() {
    return folder != null;
  }

  /** True when any result of this corpus is stored (else no key is worth computing). */
  public boolean holdsAny() {
    if (folder == null || !Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".bin"));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The key of {@code commandLine} over the corpus as it is now; empty when the cache is off, the
   * corpus cannot be scanned, or a file's time stamp is too recent to be trusted.
   *
   * @param commandLine the arguments as given (the working directory is not part of them: the
   *     corpus's real path is)
   * @param today the date the report would take as today (the system's date is part of the key too)
   */
  public Optional<Key> key(List<String> commandLine, java.time.LocalDate today) {
    if (folder == null) {
      return Optional.empty();
    }
    MessageDigest md = sha256();
    long now = System.currentTimeMillis();
    List<String> lines = new ArrayList<>();
    lines.add(MAGIC + " " + FORMAT);
    lines.add(CorpusCache.version());
    lines.add(root.toString());
    lines.add(String.join("\u0000", commandLine));
    lines.add(today + " " + java.time.LocalDate.now() + " " + java.util.TimeZone.getDefault().getID() + " " + java.util.Locale.getDefault());
    // per input file: its path relative to the root, size, time in nanoseconds and kind, put into
    // the digest in path order (no string per file beyond its name: a warm replay is mostly this)
    List<FileState> files = new ArrayList<>(1024);
    String prefix = root.toString().endsWith("/") ? root.toString() : root + java.io.File.separator;
    String lock = CorpusLock.FILE.toString();
    try {
      for (Path start : List.of(root.resolve(CorpusLocator.BRIEF), root.resolve("win-loss"), root.resolve(Templates.OVERRIDE_DIR))) {
        if (!Files.exists(start)) {
          files.add(new FileState(root.relativize(start).toString(), -1, -1, false));
          continue;
        }
        boolean[] racy = {false};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            String full = file.toString();
            // relative by string: Path.relativize per file cost a third of a warm run on 9,000 files
            String rel = full.startsWith(prefix) ? full.substring(prefix.length()) : root.relativize(file).toString();
            if (rel.equals(lock)) {
              return FileVisitResult.CONTINUE;
            }
            long nanos = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (nanos / 1_000_000 > now - CorpusCache.RACY_MILLIS) {
              racy[0] = true;
              return FileVisitResult.TERMINATE;
            }
            files.add(new FileState(java.io.File.separatorChar == '/' ? rel : rel.replace('\\', '/'), a.size(), nanos, a.isRegularFile()));
            return FileVisitResult.CONTINUE;
          }
        });
        if (racy[0]) {
          return Optional.empty();
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    files.sort(Comparator.comparing(FileState::path));
    for (String l : lines) {
      md.update(l.getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    java.nio.ByteBuffer numbers = java.nio.ByteBuffer.allocate(17);
    for (FileState f : files) {
      md.update(f.path().getBytes(StandardCharsets.UTF_8));
      numbers.clear();
      numbers.putLong(f.size()).putLong(f.modifiedNanos()).put((byte) (f.regular() ? 'f' : 'o'));
      md.update(numbers.array());
    }
    return Optional.of(new Key(HexFormat.of().formatHex(md.digest())));
  }

  /** The stored result of {@code key}, if any and readable. */
  public Optional<Result> get(Key key) {
    if (folder == null) {
      return Optional.empty();
    }
    Path file = folder.resolve(key.hex() + ".bin");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.hex().equals(in.readUTF())) {
        return Optional.empty();
      }
      int exit = in.readInt();
      String out = new String(readBytes(in), StandardCharsets.UTF_8);
      String err = new String(readBytes(in), StandardCharsets.UTF_8);
      if (in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new Result(exit, out, err));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // corrupt or foreign: the report runs again and replaces it
    }
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 512 * 1024 * 1024) {
      throw new IOException("bad length " + n);
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("truncated");
    }
    return b;
  }

  /**
   * Stores {@code result} under {@code key}, atomically, and drops the oldest results beyond
   * {@link #KEEP}. Never throws: a cache that cannot be written is an optimisation lost.
   */
  public void put(Key key, Result result) {
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key.hex());
        out.writeInt(result.exitCode());
        byte[] o = result.out().getBytes(StandardCharsets.UTF_8);
        byte[] e = result.err().getBytes(StandardCharsets.UTF_8);
        out.writeInt(o.length);
        out.write(o);
        out.writeInt(e.length);
        out.write(e);
      }
      Path tmp = Files.createTempFile(folder, ".result-", ".bin.tmp");
      try {
        Files.write(tmp, bytes.toByteArray());
        try {
          Files.move(tmp, folder.resolve(key.hex() + ".bin"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
          Files.move(tmp, folder.resolve(key.hex() + ".bin"), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      prune();
    } catch (IOException | RuntimeException e) {
      // read-only or full disk: the next run computes the report again
    }
  }

  private void prune() throws IOException {
    List<Path> results;
    try (Stream<Path> s = Files.list(folder)) {
      results = s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
    }
    if (results.size() <= KEEP) {
      return;
    }
    List<Path> byAge = new ArrayList<>(results);
    byAge.sort(Comparator.comparingLong(p -> p.toFile().lastModified()));
    for (Path p : byAge.subList(0, byAge.size() - KEEP)) {
      Files.deleteIfExists(p);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
