package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import winloss.core.output.PlannedFile;
import winloss.core.output.Publisher;
import winloss.core.output.WriteOptions;
import winloss.core.synthesis.Synthesis;

/** {@code --dry-run}, {@code --force} and {@code --commit}, shared by every command that writes. */
public final class WriteMixin implements CorpusWriter {
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
    if (format.equals("json")) {
      out.print(doc.json());
    } else {
      out.println(doc.summary());
      publish(out, root, List.of(doc.file()), doc.command());
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
    Publisher.Published p = Publisher.publish(root, files, new WriteOptions(force, dryRun), commit ? "winloss: " + what : null);
    if (dryRun) {
      for (PlannedFile f : files) {
        boolean same = p.result().unchanged().contains(f.path());
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
}
