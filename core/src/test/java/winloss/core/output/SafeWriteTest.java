package winloss.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.diag.WinlossException;

/** Cases kill9-temp-litter and symlink-output-escapes, and the modes and rollback of a write. */
class SafeWriteTest {
  @TempDir Path dir;

  private static final Path DOC = Path.of("win-loss", "quarterly-synthesis", "2026-Q3.md");

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void leftoverTempFilesOfAKilledRunAreRemovedByTheNextWriteAndReported() throws IOException {
    Path root = dir.resolve("corpus");
    Path folder = root.resolve(DOC).getParent();
    Files.createDirectories(folder);
    // what a run killed between creating its temp file and renaming it leaves: ours, and older versions'
    Files.writeString(folder.resolve(".2026-Q3.md.0a1b2c3d.winloss.tmp"), "half");
    Files.writeString(folder.resolve(".2026-Q3.md4829174.tmp"), "half");
    Files.writeString(folder.resolve(".notes.tmp"), "not ours");
    WriteResult r = OutputWriter.write(root, List.of(PlannedFile.generated(DOC, "synthesize", "# Q3\n")), WriteOptions.defaults());
    assertThat(r.removedLeftovers()).containsExactlyInAnyOrder(
        DOC.resolveSibling(".2026-Q3.md.0a1b2c3d.winloss.tmp"), DOC.resolveSibling(".2026-Q3.md4829174.tmp"));
    assertThat(names(folder)).containsExactly(".notes.tmp", "2026-Q3.md");
  }

  @Test
  void aDryRunRemovesNothing() throws IOException {
    Path root = dir.resolve("corpus");
    Path folder = root.resolve(DOC).getParent();
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(".2026-Q3.md.0a1b2c3d.winloss.tmp"), "half");
    OutputWriter.write(root, List.of(PlannedFile.generated(DOC, "synthesize", "# Q3\n")), new WriteOptions(false, true));
    assertThat(names(folder)).containsExactly(".2026-Q3.md.0a1b2c3d.winloss.tmp");
  }

  @Test
  void aSymlinkedOutputFolderCannotWriteOutsideTheCorpus() throws IOException {
    Path root = dir.resolve("corpus");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createDirectories(root.resolve("win-loss"));
    Files.createSymbolicLink(root.resolve("win-loss/teardowns"), outside);
    PlannedFile f = PlannedFile.generated(Path.of("win-loss", "teardowns", "rival.md"), "teardown", "# Rival\n");
    assertThatThrownBy(() -> OutputWriter.write(root, List.of(f), WriteOptions.defaults()))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("win-loss/teardowns/rival.md would be written outside the corpus")
        .hasMessageContaining(outside.toRealPath().toString());
    assertThat(names(outside)).isEmpty();
  }

  @Test
  void aLinkInsideTheCorpusIsFine() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real-corpus"));
    Path root = Files.createSymbolicLink(dir.resolve("corpus"), real);
    Files.createDirectories(real.resolve("win-loss/archive"));
    Files.createSymbolicLink(real.resolve("win-loss/teardowns"), real.resolve("win-loss/archive"));
    PlannedFile f = PlannedFile.generated(Path.of("win-loss", "teardowns", "rival.md"), "teardown", "# Rival\n");
    OutputWriter.write(root, List.of(f), WriteOptions.defaults());
    assertThat(real.resolve("win-loss/archive/rival.md")).exists();
  }

  @Test
  void aReplacedFileKeepsItsModeAndANewFileGetsTheUmaskDefault() throws IOException {
    Path root = dir.resolve("corpus");
    Path target = root.resolve(DOC);
    OutputWriter.write(root, List.of(PlannedFile.generated(DOC, "synthesize", "# A\n")), WriteOptions.defaults());
    Path plain = Files.writeString(target.resolveSibling("plain.txt"), "x");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(target, shared);
    OutputWriter.write(root, List.of(PlannedFile.generated(DOC, "synthesize", "# B\n")), WriteOptions.defaults());
    assertThat(Files.readString(target)).endsWith("# B\n");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
  }

  @Test
  void aMultiFileWriteThatFailsHalfwayPutsBackWhatItHadReplaced() throws IOException {
    Path root = dir.resolve("corpus");
    Path first = Path.of("templates", "a.md.mustache");
    Path second = Path.of("templates", "b.md.mustache");
    OutputWriter.write(root, List.of(PlannedFile.replacing(first, "old a\n")), WriteOptions.defaults());
    // the second target is a folder with a file in it: its rename fails after the first one succeeded
    Files.createDirectories(root.resolve(second));
    Files.writeString(root.resolve(second).resolve("keep"), "x");
    Path third = Path.of("templates", "c.md.mustache");
    List<PlannedFile> plan = List.of(PlannedFile.replacing(first, "new a\n"), PlannedFile.replacing(third, "new c\n"),
        PlannedFile.replacing(second, "new b\n"));
    assertThatThrownBy(() -> OutputWriter.write(root, plan, WriteOptions.defaults()))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("nothing was changed");
    assertThat(Files.readString(root.resolve(first))).isEqualTo("old a\n");
    assertThat(root.resolve(third)).doesNotExist();
    assertThat(names(root.resolve("templates"))).containsExactly("a.md.mustache", "b.md.mustache");
  }
}
