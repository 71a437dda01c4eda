package winloss.core.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;
import winloss.core.model.Outcome;

/**
 * A tagged verbatim quote ready to print: the buyer's words exactly as in the write-up, the
 * citation, and who said it as far as consent allows.
 *
 * @param who the account named (consent.attribute) or described (segment, industry, outcome)
 * @param persona the interviewee's persona label, or ""
 * @param redacted an account's name was replaced in {@code text} (consent): shown beside the citation
 */
public record QuoteRef(String opp, int line, String text, String who, String persona, Outcome outcome, boolean redacted) {
  public QuoteRef(String opp, int line, String text, String who, String persona, Outcome outcome) {
    this(opp, line, text, who, persona, outcome, false);
  }

  public String citation() {
    return opp + ":L" + line;
  }

  /** The citation and, for a redacted quote, the mark beside it: {@code S-3:L22, *redacted*}. */
  public String citationMarked() {
    return citation() + (redacted ? ", *redacted*" : "");
  }

  /** {@code “words” — Champion, a mid-market retail account, won (S-3:L22)}; {@code (S-3:L22, *redacted*)} when redacted. */
  public String markdown() {
    return "\u201c" + winloss.core.output.Markdown.text(text) + "\u201d \u2014 " + (persona.isEmpty() ? "" : persona + ", ") + who + " (" + citationMarked() + ")";
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("interview", opp);
    m.put("line", line);
    m.put("text", text);
    if (redacted) {
      m.put("redacted", true);
    }
    return m;
  }
}
