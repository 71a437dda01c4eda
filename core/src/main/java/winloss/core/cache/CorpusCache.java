package winloss.core.cache;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.Diagnostics;

/**
 * The corpus cache, like git's index: per corpus file, the record its reader produced and that
 * file's findings, keyed by the file's path, size and modification time (nanoseconds). When a
 * file was modified within {@link #RACY_MILLIS} of the scan that stored it (the time stamp alone
 * cannot tell a later same-size edit apart), a SHA-256 of its content is stored too and compared
 * on the next run.
 *
 * <p>Stored under {@code $XDG_CACHE_HOME/winloss/} (default {@code ~/.cache/winloss/}), one
 * folder per corpus path, one file per corpus, versioned with the jar that wrote it, written
 * atomically, never inside the repository. {@code WINLOSS_CACHE=off} or {@code --no-cache} turn it
 * off ({@link #off()}). A corrupt, foreign or older-version cache file is discarded silently and
 * rebuilt: reading with and without the cache gives the same corpus (issue 15).
 */
public final class CorpusCache {
  /** Bumped when the file layout changes. */
  static final int FORMAT = 2; // 2: Diagnostic.unreadable
  static final long RACY_MILLIS = 2_000;
  private static final String MAGIC = "winloss-corpus-cache";

  private final Path base;

  private CorpusCache(Path base) {
    this.base = base;
  }

  /** No cache: every file is read. */
  public static CorpusCache off() {
    return new CorpusCache(null);
  }

  /** A cache under {@code base} (the folder that holds one folder per corpus). */
  public static CorpusCache at(Path base) {
    return new CorpusCache(base.toAbsolutePath());
  }

  /**
   * The cache the environment asks for: off when {@code WINLOSS_CACHE} is {@code off} (or
   * {@code 0}, {@code false}, {@code no}), else under {@code $XDG_CACHE_HOME/winloss}, else
   * {@code <home>/.cache/winloss}.
   *
   * @param env the process environment
   * @param home the user's home folder ({@code user.home})
   */
  public static CorpusCache fromEnvironment(Map<String, String> env, String home) {
    String setting = env.getOrDefault("WINLOSS_CACHE", "").trim().toLowerCase(java.util.Locale.ROOT);
    if (List.of("off", "0", "false", "no").contains(setting)) {
      return off();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return at(Path.of(xdg, "winloss"));
    }
    if (home == null || home.isBlank()) {
      return off();
    }
    return at(Path.of(home, ".cache", "winloss"));
  }

  public boolean enabled() {
    return base != null;
  }

  /** The folder holding every corpus's cache, or null when off. */
  public Path base() {
    return base;
  }

  /**
   * Empties the cache: removes every corpus's cache file under {@link #base()}.
   *
   * @return how many files were removed
   */
  public int clear() throws IOException {
    if (base == null || !Files.isDirectory(base)) {
      return 0;
    }
    int[] removed = {0};
    Files.walkFileTree(base, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        removed[0]++;
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (!dir.equals(base)) {
          Files.delete(dir);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return removed[0];
  }

  /**
   * Opens the cache of one corpus for one read. Never throws: a cache that cannot be read is
   * treated as empty.
   *
   * @param root the corpus root
   * @param whole true when the read visits every corpus file, so entries of files not visited
   *     (deleted or renamed) are dropped when the session is saved
   */
  public Session open(Path root, boolean whole) {
    if (base == null) {
      return new Session(root, null, Map.of(), whole);
    }
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      real = root.toAbsolutePath().normalize();
    }
    Path file = folderOf(real).resolve("corpus.bin");
    return new Session(real, file, load(file, real), whole);
  }

  /** The folder holding one corpus's cache files, from the corpus's real path; null when off. */
  Path folderOf(Path realRoot) {
    return base == null ? null : base.resolve(sha256Hex(realRoot.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24));
  }

  /** A file's state when it was read. */
  record Stamp(long size, long modifiedNanos, Object fileKey) {}

  /** One cached file: its stamp, content hash when racy, findings and the reader's value. */
  record Entry(long size, long modifiedNanos, byte[] hash, List<Diagnostic> findings, Object value) {}

  /** One read of one corpus through the cache; thread-safe, saved by {@link #close()}. */
  public static final class Session implements AutoCloseable {
    private final Path root;
    private final Path file;
    private final Map<String, Entry> old;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final boolean whole;
    private final long scanStartMillis = System.currentTimeMillis();
    private final RecordCodec codec = new RecordCodec();
    private volatile boolean dirty;
    private volatile int hits;
    private volatile int misses;

    private Session(Path root, Path file, Map<String, Entry> old, boolean whole) {
      this.root = root;
      this.file = file;
      this.old = old;
      this.whole = whole;
    }

    /**
     * The value {@code reader} gives for the corpus file {@code relative}, from the cache when the
     * file is unchanged; the file's findings go to {@code out} either way.
     *
     * @param reader reads the file, reporting its findings to the given diagnostics
     */
    public <T> T file(Path relative, Diagnostics out, Function<Diagnostics, T> reader) {
      if (file == null) {
        return reader.apply(out);
      }
      String key = relative.toString().replace('\\', '/');
      Path path = root.resolve(relative);
      long size;
      long modified;
      try {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        size = a.size();
        modified = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (IOException e) {
        return reader.apply(out);
      }
      Entry e = old.get(key);
      if (e != null && e.size() == size && e.modifiedNanos() == modified && sameContent(e, path)) {
        current.put(key, e);
        for (Diagnostic d : e.findings()) {
          out.add(d);
        }
        synchronized (this) {
          hits++;
        }
        @SuppressWarnings("unchecked")
        T value = (T) e.value();
        return value;
      }
      Diagnostics mine = new Diagnostics();
      T value = reader.apply(mine);
      List<Diagnostic> findings = mine.sorted();
      for (Diagnostic d : findings) {
        out.add(d);
      }
      synchronized (this) {
        misses++;
      }
      dirty = true;
      byte[] hash = null;
      if (Math.abs(scanStartMillis - modified / 1_000_000) < RACY_MILLIS || modified / 1_000_000 > scanStartMillis) {
        try {
          hash = sha256(Files.readAllBytes(path));
        } catch (IOException ex) {
          return value; // changed under us: keep it out of the cache
        }
      }
      current.put(key, new Entry(size, modified, hash, findings, value));
      return value;
    }

    private static boolean sameContent(Entry e, Path path) {
      if (e.hash() == null) {
        return true;
      }
      try {
        return Arrays.equals(e.hash(), sha256(Files.readAllBytes(path)));
      } catch (IOException ex) {
        return false;
      }
    }

    /** Files served from the cache in this session. */
    public int hits() {
      return hits;
    }

    /** Files read (and stored) in this session. */
    public int misses() {
      return misses;
    }

    /** Saves the cache when anything changed; a cache that cannot be written is left as it was. */
    @Override
    public void close() {
      if (file == null) {
        return;
      }
      Map<String, Entry> keep = new java.util.TreeMap<>();
      if (!whole) {
        keep.putAll(old);
      }
      keep.putAll(current);
      if (!dirty && keep.keySet().equals(old.keySet())) {
        return;
      }
      try {
        save(file, root, keep, codec);
      } catch (IOException e) {
        // a cache is an optimisation: a read-only or full disk must not fail the command
      }
    }
  }

  /** The jar that runs, dated: what every cache file is versioned with. */
  static String version() {
    return Version.ID;
  }

  /** The jar (or classes folder) that runs, dated: a cache written by another build is not read. */
  private static final class Version {
    static final String ID = compute();
  }

  private static String compute() {
    try {
      Path code = Path.of(CorpusCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code.getFileName() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
      }
      long newest;
      try (Stream<Path> s = Files.walk(code)) {
        newest = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
      }
      return "classes:" + newest;
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return "unknown:" + System.nanoTime(); // never reuse what we cannot date
    }
  }

  private static Map<String, Entry> load(Path file, Path root) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    RecordCodec codec = new RecordCodec();
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (!MAGIC.equals(RecordCodec.readString(in)) || in.readInt() != FORMAT
          || !version().equals(RecordCodec.readString(in)) || !root.toString().equals(RecordCodec.readString(in))) {
        return Map.of();
      }
      int n = in.readInt();
      if (n < 0 || n > 10_000_000) {
        return Map.of();
      }
      Map<String, Entry> entries = new java.util.HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String key = RecordCodec.readString(in);
        long size = in.readLong();
        long modified = in.readLong();
        int hashLength = in.readUnsignedByte();
        byte[] hash = hashLength == 0 ? null : in.readNBytes(hashLength);
        Object findings = codec.read(in);
        Object value = codec.read(in);
        if (!(findings instanceof List<?> list)) {
          return Map.of();
        }
        List<Diagnostic> ds = new ArrayList<>();
        for (Object o : list) {
          if (!(o instanceof Diagnostic d)) {
            return Map.of();
          }
          ds.add(d);
        }
        entries.put(key, new Entry(size, modified, hash, List.copyOf(ds), value));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return Map.of(); // corrupt or foreign: rebuilt on this run
    }
  }

  private static void save(Path file, Path root, Map<String, Entry> entries, RecordCodec codec) throws IOException {
    Files.createDirectories(file.getParent());
    ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
    int stored = 0;
    ByteArrayOutputStream one = new ByteArrayOutputStream(8192);
    for (Map.Entry<String, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      one.reset();
      DataOutputStream out = new DataOutputStream(one);
      try {
        RecordCodec.writeString(out, me.getKey());
        out.writeLong(e.size());
        out.writeLong(e.modifiedNanos());
        out.writeByte(e.hash() == null ? 0 : e.hash().length);
        if (e.hash() != null) {
          out.write(e.hash());
        }
        codec.write(out, e.findings());
        codec.write(out, e.value());
      } catch (RecordCodec.NotStorable ex) {
        continue; // a value the codec has no form for is read from its file every time
      }
      out.flush();
      one.writeTo(body);
      stored++;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.size() + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RecordCodec.writeString(out, MAGIC);
      out.writeInt(FORMAT);
      RecordCodec.writeString(out, version());
      RecordCodec.writeString(out, root.toString());
      out.writeInt(stored);
      body.writeTo(out);
    }
    Path tmp = Files.createTempFile(file.getParent(), ".corpus-", ".bin.tmp");
    try {
      Files.write(tmp, bytes.toByteArray());
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  static String sha256Hex(byte[] data) {
    return HexFormat.of().formatHex(sha256(data));
  }
}
