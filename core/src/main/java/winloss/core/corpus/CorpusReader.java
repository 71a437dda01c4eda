package winloss.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import winloss.core.diag.Diagnostics;
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
    Diagnostics problems = new Diagnostics();
    Brief brief = BriefReader.read(root, problems).orElseGet(CorpusReader::emptyBrief);
    Codebook codebook = CodebookReader.read(root, problems).orElseGet(Codebook::empty);
    Framework framework = FrameworkReader.read(root, problems).orElseGet(Framework::empty);
    List<Deal> deals = DealsReader.read(root, problems).orElse(List.of());
    List<Interview> interviews = readInterviews(root, problems);
    return new Corpus(root, brief, codebook, framework, deals, interviews, ActionsReader.read(root, problems), problems);
  }

  static Brief emptyBrief() {
    return new Brief("", FiscalCalendar.calendar(), Program.defaults(), List.of(), List.of(), Map.of(), Voice.empty(), List.of());
  }

  /** The write-ups in file-name order, read in parallel (a corpus may hold thousands). */
  public static List<Interview> readInterviews(Path root, Diagnostics problems) {
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
        .map(f -> InterviewReader.read(root, f, problems))
        .flatMap(Optional::stream)
        .filter(Objects::nonNull)
        .toList();
  }
}
