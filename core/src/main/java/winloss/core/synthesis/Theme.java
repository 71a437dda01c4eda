package winloss.core.synthesis;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.evidence.Citation;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.ThemeStance;

/**
 * A cited code as a document shows it: the core's {@link ThemeEvidence} (stance, both sides with
 * ids, ACV, name, whether it is a pattern) plus what the documents add: the quotes chosen for it,
 * the persona citing most, the brief section it updates, its action and any contradiction.
 *
 * @param of completed interviews in the period
 * @param persona the persona citing it most, e.g. "Champion (2 of 3)"
 * @param contradiction where the theme contradicts the brief's right-to-win, else ""
 */
public record Theme(
    ThemeEvidence evidence,
    int of,
    String persona,
    int personaCount,
    List<QuoteRef> quotes,
    String briefTarget,
    Recommendation recommendation,
    String contradiction) {

  public Theme {
    quotes = List.copyOf(quotes);
  }

  public String code() {
    return evidence.code();
  }

  public String label() {
    return evidence.label();
  }

  /** The theme's name: theme-names.yaml's, or built from label, stance and concentration. */
  public String name() {
    return evidence.name();
  }

  public ThemeStance stance() {
    return evidence.stance();
  }

  public List<String> interviews() {
    return evidence.interviews();
  }

  public int count() {
    return evidence.count();
  }

  public BigDecimal acv() {
    return evidence.acv();
  }

  public boolean pattern() {
    return evidence.pattern();
  }

  public String briefArea() {
    return evidence.briefArea();
  }

  public double share() {
    return of == 0 ? 0 : (double) count() / of;
  }

  public String xOfN() {
    return count() + " of " + of + " (" + String.join(", ", interviews()) + ")";
  }

  /** How each interview cites it, e.g. "S-3 (lost, almost: for)". */
  public List<String> citations() {
    return evidence.citations().stream().map(Citation::describe).toList();
  }

  /** "for us 2 (S-1, S-3); against us 1 (S-2)": both sides, always, with ids. */
  public String sides() {
    List<String> f = evidence.forIds();
    List<String> a = evidence.againstIds();
    return "for us " + f.size() + (f.isEmpty() ? "" : " (" + String.join(", ", f) + ")") + "; against us " + a.size()
        + (a.isEmpty() ? "" : " (" + String.join(", ", a) + ")");
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code());
    m.put("name", name());
    m.put("label", label());
    m.put("stance", stance().word());
    m.put("interviews", interviews());
    m.put("for", evidence.forIds());
    m.put("against", evidence.againstIds());
    m.put("acv", acv());
    m.put("count", count());
    m.put("of", of);
    m.put("persona", persona);
    m.put("brief", briefTarget);
    m.put("quotes", quotes.stream().map(QuoteRef::toJson).toList());
    m.put("action", recommendation == null ? null : recommendation.toJson());
    m.put("contradiction", contradiction.isEmpty() ? null : contradiction);
    return m;
  }
}
