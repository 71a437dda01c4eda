package winloss.core.text;

/** A file could not be read as text: the line it happened at (0 if none) and what to do. */
public final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;

  public InputProblem(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
