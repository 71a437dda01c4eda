package winloss.core.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "X of N": how many interviews carry a code, out of how many that could, with the ids behind
 * the count, the quotes tagged with the code in those interviews, and the persona citing it most.
 *
 * @param persona e.g. "Champion (2 of 3)", or "no persona recorded"
 */
public record CodeCount(String code, String label, List<String> interviews, int of, List<QuoteRef> quotes, String persona, int personaCount) {
  public CodeCount {
    interviews = List.copyOf(interviews);
    quotes = List.copyOf(quotes);
  }

  public int count() {
    return interviews.size();
  }

  /** "2 of 5 (S-1, S-4)". */
  public String xOfN() {
    return count() + " of " + of + " (" + String.join(", ", interviews) + ")";
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("label", label);
    m.put("count", count());
    m.put("of", of);
    m.put("interviews", interviews);
    m.put("quotes", quotes.stream().map(QuoteRef::toJson).toList());
    m.put("persona", persona);
    return m;
  }
}
