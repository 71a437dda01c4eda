package winloss.core.model;

import java.util.List;

/**
 * A tagged verbatim quote: a blockquote whose text ends with {@code #code} tags.
 *
 * @param line the file line of the blockquote; the citation is {@code <opp>:L<line>}
 * @param text the quote without its {@code >} markers and tags, lines joined by spaces
 * @param question the number of the answer section it stands under, or 0 before the first
 */
public record Quote(String opp, int line, String text, List<String> tags, int question) {
  public Quote {
    tags = List.copyOf(tags);
  }

  public String citation() {
    return opp + ":L" + line;
  }
}
