package winloss.core.text;

/**
 * Turns character offsets of CSV records into 1-based line numbers, moving forward only
 * (records come in order), so a whole file is scanned once.
 */
public final class LineCounter {
  private final String text;
  private int pos;
  private int line = 1;

  public LineCounter(String text) {
    this.text = text;
  }

  /** The line holding {@code offset}; a record after skipped empty lines starts after them. */
  public int lineAt(int offset) {
    while (offset < text.length() && text.charAt(offset) == '\n') {
      offset++;
    }
    for (; pos < offset && pos < text.length(); pos++) {
      if (text.charAt(pos) == '\n') {
        line++;
      }
    }
    return line;
  }
}
