package winloss.core.model;

import java.util.List;

/**
 * A tagged verbatim quote: a blockquote whose text ends with {@code #code} tags.
 *
 * @param line the file line of the blockquote; the citation is {@code <opp>:L<line>}
 * @param text the quote without its {@code >} markers and tags, lines joined by spaces
 * @param question the number of the answer section it stands under, or 0 before the first
 * @param redacted true when an account's name was replaced in {@code text} (consent): outputs
 *     mark it beside the citation
 */
public record Quote(String opp, int line, String text, List<String> tags, int question, boolean redacted) {
  public Quote {
    tags = List.copyOf(tags);
  }

  public Quote(String opp, int line, String text, List<String> tags, int question) {
    this(opp, line, text, tags, question, false);
  }

  /** This quote with {@code f} applied to its text, marked redacted when that changed it. */
  public Quote withFreeText(java.util.function.UnaryOperator<String> f) {
    String t = f.apply(text);
    return t.equals(text) ? this : new Quote(opp, line, t, tags, question, true);
  }

  public String citation() {
    return opp + ":L" + line;
  }
}
