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
import winloss.core.evidence.Accounts;
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
import winloss.core.progress.ProgressListener;

/**
 * Reads a whole corpus. Reading never writes anything and never throws on bad content.
 *
 * <p>What {@link #read} and {@link #readForDeal} return is the corpus every output may see: the
 * free text of deals, write-ups and actions with the names of accounts that gave no consent
 * replaced ({@link Accounts#redact(Corpus)}). Only {@code check} and the write-up editor of
 * {@code code} read the files as written ({@link #readAsWritten}).
 */
public final class CorpusReader {
  private CorpusReader() {}

  /** The whole corpus, consent-redacted: what reports, prompts and JSON outputs are built from. */
  public static Corpus read(Path root) {
    return read(root, CorpusCache.off());
  }

  /**
   * The whole corpus, consent-redacted, taking each write-up and deals.csv from {@code cache}
   * when the file is unchanged since it was cached (the result is the same either way; the cache
   * holds the files as written, redaction is applied after).
   */
  public static Corpus read(Path root, CorpusCache cache) {
    return read(root, cache, ProgressListener.NONE);
  }

  /** {@link #read(Path, CorpusCache)}, telling {@code progress} what it reads (write-ups, deals.csv). */
  public static Corpus read(Path root, CorpusCache cache, ProgressListener progress) {
    Corpus raw = readAsWritten(root, cache, progress);
    return Accounts.of(raw).redact(raw);
  }

  /**
   * The whole corpus exactly as written, account names included: for {@code check} and for
   * editing a write-up, never for an output (redact what is shown with {@link Accounts}).
   */
  public static Corpus readAsWritten(Path root) {
    return readAsWritten(root, CorpusCache.off());
  }

  /** {@link #readAsWritten(Path)} through {@code cache}. */
  public static Corpus readAsWritten(Path root, CorpusCache cache) {
    return readAsWritten(root, cache, ProgressListener.NONE);
  }

  /** {@link #readAsWritten(Path, CorpusCache)}, telling {@code progress} what it reads. */
  public static Corpus readAsWritten(Path root, CorpusCache cache, ProgressListener progress) {
    try (CorpusCache.Session session = cache.open(root, true)) {
      return read(root, session, progress);
    }
  }

  private static Corpus read(Path root, CorpusCache.Session session, ProgressListener progress) {
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
    List<Interview> interviews = readInterviews(root, problems, session, progress);
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
   * Consent-redacted as {@link #read} is: every other account counts as not consenting (their
   * write-ups are not read), their names taken from a light scan of deals.csv.
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
    Corpus raw = new Corpus(root, brief, codebook, framework, deals, interviews, actions, problems);
    // only this deal's row may have been read: the other accounts' names come from a light scan
    return Accounts.of(raw, DealsReader.readAccounts(root)).redact(raw);
  }

  static Brief emptyBrief() {
    return new Brief("", FiscalCalendar.calendar(), Program.defaults(), List.of(), List.of(), Map.of(), Voice.empty(), List.of());
  }

  /** The write-ups in file-name order, read in parallel (a corpus may hold thousands). */
  public static List<Interview> readInterviews(Path root, Diagnostics problems) {
    try (CorpusCache.Session none = CorpusCache.off().open(root, false)) {
      return readInterviews(root, problems, none, ProgressListener.NONE);
    }
  }

  private static List<Interview> readInterviews(Path root, Diagnostics problems, CorpusCache.Session session,
      ProgressListener progress) {
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
    // deals.csv and the single files are read meanwhile, on their own thread
    progress.phase("reading " + files.size() + (files.size() == 1 ? " write-up" : " write-ups") + " and deals.csv");
    return files.parallelStream()
        .map(f -> session.file(f, problems, d -> InterviewReader.read(root, f, d).orElse(null)))
        .filter(Objects::nonNull)
        .toList();
  }
}
