package winloss.core.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets one top-level scalar key of a front matter as text, leaving every other byte (comments,
 * key order, line ends) as it was: the key's line is replaced, or the key is added before the
 * closing {@code ---}. A comment after the old value is kept.
 */
final class FrontMatterLines {
  private FrontMatterLines() {}

  /**
   * @param front the front matter from its opening {@code ---} line to just after its closing one
   * @param newline the file's line separator
   */
  static String set(String front, String newline, String key, String value) {
    Pattern line = Pattern.compile("(?m)^" + Pattern.quote(key) + ":[ \\t]*([^\\r\\n#]*?)([ \\t]+#[^\\r\\n]*)?(\\r?)$");
    Matcher m = line.matcher(front);
    if (m.find()) {
      String comment = m.group(2) == null ? "" : m.group(2);
      return front.substring(0, m.start()) + key + ": " + value + comment + m.group(3) + front.substring(m.end());
    }
    Matcher close = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*\\r?$").matcher(front);
    int at = -1;
    while (close.find()) {
      at = close.start();
    }
    if (at <= 0) {
      return front;
    }
    return front.substring(0, at) + key + ": " + value + newline + front.substring(at);
  }
}
