package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.output.CorpusLock;

/** Case import-concurrent-lost-update: writers take the corpus lock, so no update is lost. */
class CorpusLockTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "safety");

  @TempDir Path dir;

  private Path export(String tag, int rows) throws Exception {
    StringBuilder b = new StringBuilder("Id,Name,StageName,CloseDate,Amount,Account Name,Owner Name\n");
    for (int i = 0; i < rows; i++) {
      b.append(String.format("006%s%08d,Deal %s%d,Closed Won,2026-05-%02d,%d,Acct %s%d,Rep One%n", tag, i, tag, i, i % 28 + 1,
          50000 + i, tag, i));
    }
    Path f = dir.resolve("export-" + tag + ".csv");
    Files.writeString(f, b.toString());
    return f;
  }

  @Test
  void twoImportsAtOnceKeepBothExportsDeals() throws Exception {
    Path c = TestCorpus.copy(FIXTURE, dir.resolve("corpus"));
    Path a = export("A", 3000);
    Path b = export("B", 3000);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<CliRun>> runs = new ArrayList<>();
      for (Path f : List.of(a, b)) {
        Callable<CliRun> run = () -> {
          start.await();
          return CliRun.run("import", "crm", f.toString(), "--from", "salesforce", "--wait", "60", "--corpus", c.toString());
        };
        runs.add(pool.submit(run));
      }
      for (Future<CliRun> r : runs) {
        r.get().exits(0).stdoutContains("wrote ");
      }
    } finally {
      pool.shutdown();
    }
    String deals = Files.readString(c.resolve("win-loss/deals.csv"));
    assertThat(deals.lines().filter(l -> l.startsWith("006A"))).hasSize(3000);
    assertThat(deals.lines().filter(l -> l.startsWith("006B"))).hasSize(3000);
    assertThat(c.resolve(CorpusLock.FILE)).doesNotExist();
  }

  @Test
  void aSecondWriterGivesUpAfterWaitNamingTheHolder() throws Exception {
    Path c = TestCorpus.copy(FIXTURE, dir.resolve("corpus"));
    String before = Files.readString(c.resolve("win-loss/deals.csv"));
    try (CorpusLock held = CorpusLock.acquire(c, "import crm", java.time.Duration.ZERO)) {
      CliRun.run("import", "crm", export("A", 3).toString(), "--from", "salesforce", "--wait", "0", "--corpus", c.toString())
          .exits(2)
          .stderrContains("the corpus is busy", "win-loss/.winloss.lock", "pid " + ProcessHandle.current().pid(),
              "running 'import crm'", "--wait SECONDS")
          .noStackTrace();
      CliRun.run("script", "--opp", "D-4", "--wait", "0", "--corpus", c.toString())
          .exits(2).stderrContains("the corpus is busy");
      // a dry run writes nothing and needs no lock
      CliRun.run("script", "--opp", "D-4", "--dry-run", "--corpus", c.toString()).exits(0);
    }
    assertThat(Files.readString(c.resolve("win-loss/deals.csv"))).isEqualTo(before);
    assertThat(c.resolve("win-loss/scripts")).doesNotExist();
  }

  @Test
  void aLockLeftByAKilledRunIsReportedAndTakenOver() throws Exception {
    Path c = TestCorpus.copy(FIXTURE, dir.resolve("corpus"));
    // a pid that cannot be running (above the kernel's pid_max)
    Files.writeString(c.resolve(CorpusLock.FILE),
        "pid: 2147483646\nstarted: 2026-11-30T05:00:00Z\ncommand: winloss synthesize\ntoken: x\n", StandardCharsets.UTF_8);
    CliRun.run("script", "--opp", "D-4", "--corpus", c.toString())
        .exits(0)
        .stdoutContains("wrote ")
        .stderrContains("removed a stale corpus lock", "pid 2147483646", "started 2026-11-30T05:00:00Z", "winloss synthesize");
    assertThat(c.resolve(CorpusLock.FILE)).doesNotExist();
  }

  @Test
  void exportAndImportQdcTakeTheLockToo() throws Exception {
    Path c = TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
    Path qdc = dir.resolve("codebook.qdc");
    CliRun.run("export", "qdc", "--corpus", c.toString(), qdc.toString()).exits(0);
    String schema = Files.readString(c.resolve("win-loss/schema.yaml"));
    Files.writeString(qdc, Files.readString(qdc).replace("</Codes>",
        "<Code guid=\"11111111-2222-3333-4444-555555555555\" name=\"Locked out\" isCodable=\"true\"/></Codes>"));
    try (CorpusLock held = CorpusLock.acquire(c, "synthesize", java.time.Duration.ZERO)) {
      for (String kind : List.of("qdpx", "qdc")) {
        Path out = dir.resolve("busy." + kind);
        CliRun.run("export", kind, "--corpus", c.toString(), "--wait", "0", out.toString())
            .exits(2)
            .stderrContains("the corpus is busy", "pid " + ProcessHandle.current().pid(), "running 'synthesize'")
            .noStackTrace();
        assertThat(out).doesNotExist();
      }
      CliRun.run("import", "qdc", "--corpus", c.toString(), "--wait", "0", "--group", "objections", qdc.toString())
          .exits(2).stderrContains("the corpus is busy").noStackTrace();
      // alerts --notify writes the ledger: it waits for the lock as long as its --wait says
      CliRun.run("alerts", "--as-of", "2026-10-05", "--notify", "--wait", "0", "--corpus", c.toString())
          .exits(2).stderrContains("the corpus is busy", "running 'synthesize'").noStackTrace();
      // a dry run writes nothing and needs no lock
      CliRun.run("import", "qdc", "--corpus", c.toString(), "--dry-run", "--group", "objections", qdc.toString())
          .exits(0).stdoutContains("would add");
    }
    assertThat(Files.readString(c.resolve("win-loss/schema.yaml"))).isEqualTo(schema);
    assertThat(c.resolve(CorpusLock.FILE)).doesNotExist();
    // once the holder is gone, the same export goes through
    CliRun.run("export", "qdpx", "--corpus", c.toString(), dir.resolve("free.qdpx").toString()).exits(0);
    assertThat(c.resolve(CorpusLock.FILE)).doesNotExist();
  }

  @Test
  void everyCommandThatWritesDeclaresIt() {
    // a command that can write (it has --dry-run, --force, --commit or --notify) says so, so the
    // factory takes the lock around it
    List<String> unlocked = new ArrayList<>();
    for (Class<?> c : WinlossCommand.SUBCOMMANDS) {
      walk(new picocli.CommandLine(c), unlocked);
    }
    assertThat(unlocked).isEmpty();
  }

  private static void walk(picocli.CommandLine cl, List<String> unlocked) {
    picocli.CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    boolean canWrite = List.of("--dry-run", "--force", "--commit", "--notify").stream().anyMatch(o -> spec.findOption(o) != null);
    boolean declared = spec.userObject() instanceof CorpusWriter
        || spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof CorpusWriter);
    if (canWrite && !declared) {
      unlocked.add(spec.qualifiedName());
    }
    cl.getSubcommands().values().forEach(sub -> walk(sub, unlocked));
  }
}
