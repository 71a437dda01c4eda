package winloss.core.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects findings while a corpus is read or checked; readers report here instead of throwing. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public void error(Path file, int line, String message) {
    add(Diagnostic.error(file, line, message));
  }

  /**
   * A file a reader could not read: an error at its line, marked {@link Diagnostic#unreadable()}
   * when the reader refused the file outright ({@link winloss.core.text.InputProblem#unreadable()}).
   */
  public void problem(Path file, winloss.core.text.InputProblem p) {
    Diagnostic d = Diagnostic.error(file, p.line(), p.getMessage());
    add(p.unreadable() ? d.asUnreadable() : d);
  }

  public void warning(Path file, int line, String message) {
    add(Diagnostic.warning(file, line, message));
  }

  public synchronized void addAll(Diagnostics other) {
    items.addAll(other.sorted());
  }

  /** Every finding, in file, line, column order. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }

  public synchronized long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  public synchronized long warningCount() {
    return items.size() - errorCount();
  }

  /** The errors about files that could not be read at all (exit 2). */
  public synchronized List<Diagnostic> unreadable() {
    List<Diagnostic> out = new ArrayList<>(items.stream().filter(Diagnostic::unreadable).toList());
    out.sort(Diagnostic.ORDER);
    return List.copyOf(out);
  }

  public synchronized boolean hasErrors() {
    return errorCount() > 0;
  }
}
