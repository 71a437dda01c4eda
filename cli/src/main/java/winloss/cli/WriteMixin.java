package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import winloss.core.output.PlannedFile;
import winloss.core.output.Publisher;
import winloss.core.output.WriteOptions;
import winloss.core.publish.Publication;
import winloss.core.synthesis.Synthesis;

/** {@code --dry-run}, {@code --force} and {@code --commit}, shared by every command that writes. */
public final class WriteMixin implements CorpusWriter {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE) picocli.CommandLine.Model.CommandSpec mixee;

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Option(names = "--force", description = "Overwrite a generated file even if it was edited by hand.")
  boolean force;

  @Option(names = "--commit", description = "Commit exactly the files written to the corpus's git repository.")
  boolean commit;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "Wait up to SECONDS for another winloss run writing to the corpus to finish (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Override
  public boolean writes() {
    return !dryRun;
  }

  @Override
  public java.time.Duration lockWait() {
    return java.time.Duration.ofSeconds(Math.max(0, waitSeconds));
  }

  /**
   * A report's output: its JSON model on stdout with {@code --format json} (nothing written),
   * otherwise its summary line and the generated document.
   */
  public void emit(PrintWriter out, Path root, String format, Synthesis.Document doc) {
    emit(out, root, format, doc, "", "");
  }

  /**
   * As {@link #emit(PrintWriter, Path, String, Synthesis.Document)}, and {@code html} or {@code pdf}:
   * the document as one self-contained HTML page or a PDF beside the markdown (the markdown itself
   * is not written then).
   *
   * @param company for the printed pages' header
   * @param subject what the document covers, for the header ("2026-Q3", "Lumen teardown")
   */
  public void emit(PrintWriter out, Path root, String format, Synthesis.Document doc, String company, String subject) {
    if (format.equals("json")) {
      out.print(doc.json());
    } else if (format.equals("html") || format.equals("pdf")) {
      Publication.Format f = format.equals("html") ? Publication.Format.HTML : Publication.Format.PDF;
      List<PlannedFile> files = Publication.files(doc, company, subject, List.of(f), progress());
      out.println(doc.summary());
      publish(out, root, files, doc.command() + " --format " + format);
    } else {
      out.println(doc.summary());
      publish(out, root, doc.files(), doc.command());
    }
    out.flush();
  }

  /**
   * Writes (or, with --dry-run, shows) {@code files} and reports on {@code out}.
   *
   * @param what the command as it goes in the commit message, e.g. "script OPP-1042"
   */
  public void publish(PrintWriter out, Path root, List<PlannedFile> files, String what) {
    publish(out, root, files, what, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #publish(PrintWriter, Path, List, String)}, showing a --dry-run preview through
   * {@code shown} (consent redaction of a write-up that keeps the buyer's words as written).
   */
  public void publish(PrintWriter out, Path root, List<PlannedFile> files, String what, java.util.function.UnaryOperator<String> shown) {
    progress().phase((dryRun ? "comparing " : "writing ") + files.size() + (files.size() == 1 ? " file" : " files")
        + (commit && !dryRun ? " and committing them" : ""));
    Publisher.Published p = Publisher.publish(root, files, new WriteOptions(force, dryRun), commit ? "winloss: " + what : null);
    if (dryRun) {
      for (PlannedFile f : files) {
        boolean same = p.result().unchanged().contains(f.path());
        String name = f.path().getFileName().toString();
        if (f.isBinary() || name.endsWith(".svg") || name.endsWith(".html")) {
          out.println("--- " + CorpusMixin.display(root, f.path()) + (same ? " (unchanged, " : " (would write, ") + f.data().length + " bytes)");
          continue;
        }
        out.println("--- " + CorpusMixin.display(root, f.path()) + (same ? " (unchanged)" : " (would write)"));
        out.print(shown.apply(f.content()));
        if (!f.content().endsWith("\n")) {
          out.println();
        }
      }
      out.println("dry run: nothing written");
      return;
    }
    for (Path f : p.result().removedLeftovers()) {
      out.println("removed leftover " + CorpusMixin.display(root, f) + " (a temporary file of an interrupted run)");
    }
    for (Path f : p.result().written()) {
      out.println("wrote " + CorpusMixin.display(root, f));
    }
    for (Path f : p.result().unchanged()) {
      out.println("unchanged " + CorpusMixin.display(root, f));
    }
    if (commit) {
      out.println(p.commit() == null ? "nothing to commit" : "committed " + p.commit() + " \"winloss: " + what + "\"");
    }
  }

  /** Where the command tells the phases of long work (the progress line on a terminal). */
  winloss.core.progress.ProgressListener progress() {
    return mixee == null ? winloss.core.progress.ProgressListener.NONE : WinlossCommand.progress(mixee);
  }
}
