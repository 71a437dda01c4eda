package winloss.core.coding;

import java.util.Objects;

/**
 * One suggested code for an interview, with the sentence that supports it.
 *
 * @param question the number of the answer the quote stands in (0: not said; the verifier finds it)
 * @param code a codebook code
 * @param quote the supporting words, which must be a verbatim span of that answer
 * @param why what made the assistant suggest it (the keyword, the similarity, the model's reason)
 */
public record Suggestion(int question, String code, String quote, String why) {
  public Suggestion {
    code = Objects.requireNonNullElse(code, "").strip();
    quote = Objects.requireNonNullElse(quote, "").strip();
    why = Objects.requireNonNullElse(why, "");
  }
}
