package winloss.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import winloss.core.cache.CorpusCache;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Action;
import winloss.core.model.Brief;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Framework;
import winloss.core.model.Interview;
import winloss.core.model.Program;
import winloss.core.model.Voice;

/** Reads a whole corpus. Reading never writes anything and never throws on bad content. */
public final class CorpusReader {
  private CorpusReader() {}

  public static Corpus read(Path root) {
    return read(root, CorpusCache.off());
  }

  /**
   * Reads a whole corpus, taking each write-up and deals.csv from {@code cache} when the file is
   * unchanged since it was cached (the result is the same either way).
   */
  public static Corpus read(Path root, CorpusCache cache) {
    try (CorpusCache.Session session = cache.open(root, true)) {
      return read(root, session);
    }
  }

  private static Corpus read(Path root, CorpusCache.Session session) {
    Diagnostics problems = new Diagnostics();
    // The write-ups are most of the work and are read in parallel on this thread and the common
    // pool; the single files (whose YAML may need the full parser, loaded on first use) and
    // deals.csv are read meanwhile on a thread of their own. Findings are sorted when reported.
    record Singles(Brief brief, Codebook codebook, Framework framework, List<Deal> deals, List<Action> actions) {}
    FutureTask<Singles> singles = new FutureTask<>(() -> new Singles(
        BriefReader.read(root, problems).orElseGet(CorpusReader::emptyBrief),
        CodebookReader.read(root, problems).orElseGet(Codebook::empty),
        FrameworkReader.read(root, problems).orElseGet(Framework::empty),
        session.file(DealsReader.FILE, problems, d -> DealsReader.read(root, d).orElse(List.of())),
        ActionsReader.read(root, problems)));
    Thread t = new Thread(singles, "winloss-read");
    t.setDaemon(true);
    t.start();
    List<Interview> interviews = readInterviews(root, problems, session);
    Singles s;
    try {
      s = singles.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
    return new Corpus(root, s.brief(), s.codebook(), s.framework(), s.deals(), interviews, s.actions(), problems);
  }

  /**
   * Reads what a command about one deal needs: the brief, codebook, framework, that deal's row
   * of deals.csv (every row when the one cannot be told apart simply, see
   * {@link DealsReader#readOne}), the actions, and only that deal's write-up, so preparing a call
   * stays instant however many deals and interviews the corpus holds. An invalid opp id reads no write-up (the caller refuses it).
   */
  public static Corpus readForDeal(Path root, String oppId) {
    Diagnostics problems = new Diagnostics();
    Brief brief = BriefReader.read(root, problems).orElseGet(CorpusReader::emptyBrief);
    Codebook codebook = CodebookReader.read(root, problems).orElseGet(Codebook::empty);
    Framework framework = FrameworkReader.read(root, problems).orElseGet(Framework::empty);
    List<Deal> deals = DealsReader.readOne(root, oppId, new Diagnostics())
        .or(() -> DealsReader.read(root, problems))
        .orElse(List.of());
    List<Action> actions = ActionsReader.read(root, problems);
    List<Interview> interviews = List.of();
    if (OppIds.isValid(oppId)) {
      Path file = InterviewReader.DIR.resolve(oppId + ".md");
      if (Files.isRegularFile(root.resolve(file))) {
        interviews = InterviewReader.read(root, file, problems).stream().toList();
      }
    }
    return new Corpus(root, brief, codebook, framework, deals, interviews, actions, problems);
  }

  static Brief emptyBrief() {
    return new Brief("", FiscalCalendar.calendar(), Program.defaults(), List.of(), List.of(), Map.of(), Voice.empty(), List.of());
  }

  /** The write-ups in file-name order, read in parallel (a corpus may hold thousands). */
  public static List<Interview> readInterviews(Path root, Diagnostics problems) {
    try (CorpusCache.Session none = CorpusCache.off().open(root, false)) {
      return readInterviews(root, problems, none);
    }
  }

  private static List<Interview> readInterviews(Path root, Diagnostics problems, CorpusCache.Session session) {
    Path dir = root.resolve(InterviewReader.DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(Files::isRegularFile)
          .map(p -> InterviewReader.DIR.resolve(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.error(InterviewReader.DIR, 0, "cannot list the folder: " + e.getMessage());
      return List.of();
    }
    return files.parallelStream()
        .map(f -> session.file(f, problems, d -> InterviewReader.read(root, f, d).orElse(null)))
        .filter(Objects::nonNull)
        .toList();
  }
}
