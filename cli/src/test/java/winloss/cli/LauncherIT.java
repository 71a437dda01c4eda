package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launchers, run as a user runs them, after {@code package} built the jar (this class
 * runs in the cli module's {@code integration-test} phase of {@code ./mvnw verify}, see
 * cli/pom.xml): the checkout's {@code ./winloss} symlinked onto a PATH folder and run from
 * inside a corpus elsewhere; a read-only copy of a checkout (runs its jar, says when it is
 * stale, refuses without one); and {@code ./winloss install --prefix DIR} followed by the
 * installed launcher. Everything is written under the temp dir; the checkout's launcher is only
 * run when its jar is up to date, so it never starts a build. Not a terminal here: stderr must
 * hold no progress line.
 */
class LauncherIT {
  static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
  static final Path LAUNCHER = CHECKOUT.resolve("winloss");
  static final Path JAR = CHECKOUT.resolve("cli/target/winloss.jar");
  /** What the launcher compares with the jar to call it stale (see the launcher's stale()). */
  static final List<String> SOURCES = List.of("pom.xml", "core/pom.xml", "cli/pom.xml", "core/src/main", "cli/src/main", "templates");

  @TempDir static Path temp;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void theJarIsBuilt() throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run ./mvnw package (or verify) first; these tests run the built jar");
    assumeTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is not executable");
    // world-readable, so the read-only case can run as another user when the tests run as root
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs {@code winloss ARGS} as a shell finds it on {@code env}'s PATH. */
  private static Run onPath(Path cwd, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec winloss \"$@\"", "winloss"));
    command.addAll(List.of(args));
    return run(cwd, env, command.toArray(String[]::new));
  }

  private static Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("WINLOSS_CDS", "0"); // no class-data archive written into the checkout
    pb.environment().put("WINLOSS_CACHE", "off"); // no corpus cache under HOME
    pb.environment().putAll(env);
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished within a minute", List.of(command)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Path corpus(String name) throws IOException {
    Path c = temp.resolve(name);
    GoldenTest.copyTree(TestCorpus.SMALL, c);
    return c;
  }

  private static boolean newerThanJar(Path checkout, Path jar) throws IOException {
    FileTime built = Files.getLastModifiedTime(jar);
    for (String s : SOURCES) {
      Path p = checkout.resolve(s);
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(p)) {
        if (files.anyMatch(f -> {
          try {
            return Files.getLastModifiedTime(f).compareTo(built) > 0;
          } catch (IOException e) {
            return false;
          }
        })) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void symlinkedOntoPathItRunsFromAnotherFolderAndFindsTheCorpusThere() throws Exception {
    assumeFalse(newerThanJar(CHECKOUT, JAR), "the sources are newer than " + JAR
        + ": the launcher would rebuild it; run ./mvnw package first");
    Path bin = Files.createDirectories(temp.resolve("path-bin"));
    Files.createSymbolicLink(bin.resolve("winloss"), LAUNCHER);
    Path c = corpus("symlinked");
    Path inside = c.resolve("win-loss/interviews"); // the corpus is found by walking up from here
    Run r = onPath(inside, Map.of("PATH", bin + ":" + System.getenv("PATH"), "HOME", temp.toString()), "check");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("0 errors");
    assertThat(r.err()).doesNotContain("./mvnw: not found", "building", "\r", "\u001b");
    Run v = onPath(temp, Map.of("PATH", bin + ":" + System.getenv("PATH")), "--version");
    assertThat(v.exit()).isZero();
    assertThat(v.out()).startsWith("winloss ");
  }

  /**
   * A read-only checkout: a copy of the launcher, the jar and the sources it compares, with no
   * write permission (run as nobody when the tests run as root, for whom no mode is read-only).
   */
  @Test
  void aReadOnlyCheckoutRunsItsJarAndSaysWhenItIsStale() throws Exception {
    Path co = temp.resolve("readonly-checkout");
    Files.createDirectories(co.resolve("cli/target"));
    Files.copy(LAUNCHER, co.resolve("winloss"));
    Files.copy(JAR, co.resolve("cli/target/winloss.jar"));
    Instant built = Instant.parse("2026-01-02T00:00:00Z");
    for (String s : List.of("pom.xml", "core/pom.xml", "cli/pom.xml", "core/src/main/java/A.java", "templates/readout.md.mustache")) {
      Path f = co.resolve(s);
      Files.createDirectories(f.getParent());
      Files.writeString(f, "x");
    }
    try (Stream<Path> s = Files.walk(co)) { // folders count too (the launcher's find lists them)
      for (Path p : s.toList()) {
        Files.setLastModifiedTime(p, FileTime.from(built.minusSeconds(3600)));
      }
    }
    Files.setLastModifiedTime(co.resolve("cli/target/winloss.jar"), FileTime.from(built));
    Path c = corpus("readonly-corpus");
    Path noJar = temp.resolve("readonly-nojar");
    Files.createDirectories(noJar.resolve("cli"));
    Files.copy(LAUNCHER, noJar.resolve("winloss"));
    readOnly(co);
    readOnly(noJar);
    List<String> asUser = asNonRoot();

    Run fresh = run(c, Map.of("HOME", temp.toString()), cmd(asUser, co.resolve("winloss").toString(), "check"));
    assertThat(fresh.exit()).as(fresh.err()).isZero();
    assertThat(fresh.out()).contains("0 errors");
    assertThat(fresh.err()).isEmpty();

    // a source newer than the jar: it says so once, and runs the jar as it is
    Path source = co.resolve("core/src/main/java/A.java");
    makeWritable(co.resolve("core/src/main/java"));
    Files.setLastModifiedTime(source, FileTime.from(built.plusSeconds(3600)));
    readOnly(co);
    Run stale = run(c, Map.of("HOME", temp.toString()), cmd(asUser, co.resolve("winloss").toString(), "check"));
    assertThat(stale.exit()).as(stale.err()).isZero();
    assertThat(stale.out()).contains("0 errors");
    assertThat(stale.err()).isEqualTo("winloss: note: " + co.resolve("cli/target/winloss.jar") + " is older than the sources, and "
        + co + " is read-only, so it cannot be rebuilt; running it as it is\n");
    assertThat(co.resolve("cli/target/winloss.jsa")).doesNotExist();

    Run none = run(c, Map.of("HOME", temp.toString()), cmd(asUser, noJar.resolve("winloss").toString(), "check"));
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("winloss: error: no jar at " + noJar.resolve("cli/target/winloss.jar") + ", and " + noJar
        + " is read-only");
    assertThat(none.out()).isEmpty();
  }

  @Test
  void installIntoAPrefixThenTheInstalledLauncherRunsFromAnywhere() throws Exception {
    assumeFalse(newerThanJar(CHECKOUT, JAR), "the sources are newer than " + JAR
        + ": install would rebuild it; run ./mvnw package first");
    Path dist = CHECKOUT.resolve("cli/target/dist");
    assumeTrue(Files.isRegularFile(dist.resolve("completion/winloss.bash")),
        "no completion in " + dist + ": run ./mvnw package (without -Dwinloss.dist.skip) first");
    Path prefix = temp.resolve("prefix");
    Run install = run(temp, Map.of("HOME", temp.toString(), "PATH", System.getenv("PATH")),
        LAUNCHER.toString(), "install", "--prefix", prefix.toString());
    assertThat(install.exit()).as(install.err()).isZero();
    assertThat(install.out()).contains("installed winloss into " + prefix, "add " + prefix.resolve("bin") + " to PATH");
    assertThat(install.err()).isEmpty();
    assertThat(prefix.resolve("bin/winloss")).isExecutable();
    assertThat(prefix.resolve("lib/winloss/winloss.jar")).hasSameBinaryContentAs(JAR);
    assertThat(prefix.resolve("share/bash-completion/completions/winloss")).isRegularFile();
    assertThat(prefix.resolve("share/zsh/site-functions/_winloss")).isRegularFile();
    assertThat(prefix.resolve("share/man/man1/winloss.1")).isRegularFile();
    assertThat(prefix.resolve("share/man/man1/winloss-publish.1")).isRegularFile();

    // the installed launcher, on PATH through a symlink, from inside a corpus
    Path bin = Files.createDirectories(temp.resolve("install-path-bin"));
    Files.createSymbolicLink(bin.resolve("winloss"), prefix.resolve("bin/winloss"));
    Path c = corpus("installed-corpus");
    Run r = onPath(c.resolve("win-loss"), Map.of("PATH", bin + ":" + System.getenv("PATH"), "HOME", temp.toString()), "check");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("0 errors");
    assertThat(r.err()).isEmpty();
    Run bad = onPath(c, Map.of("PATH", bin + ":" + System.getenv("PATH")), "synthesize", "--quater", "2026-Q2");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("Did you mean: winloss synthesize --quarter?");
  }

  /** The command, run as nobody through setpriv when this JVM runs as root (root may write anywhere). */
  private static List<String> asNonRoot() throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "running as root and no setpriv to drop to nobody: root can write to any folder, so no checkout is read-only");
    return List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
  }

  private static String[] cmd(List<String> prefix, String... command) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(command));
    return all.toArray(String[]::new);
  }

  private static void readOnly(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x"
            : Files.isExecutable(p) ? "r-xr-xr-x" : "r--r--r--"));
      }
    }
  }

  private static void makeWritable(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }
}
