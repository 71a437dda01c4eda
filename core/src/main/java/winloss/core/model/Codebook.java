package winloss.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** win-loss/schema.yaml: the fixed schema every interview is coded against. */
public record Codebook(
    String version,
    Map<String, Code> factors,
    Map<String, Code> lossReasons,
    Map<String, Code> lossTypes,
    Map<String, Code> personas,
    Map<String, Code> objections,
    Map<String, Code> flags,
    Map<String, String> crmLossReasons) {

  /** The brief area names a factor or objection may point at. */
  public static final List<String> BRIEF_AREAS =
      List.of("right-to-win", "personas", "pricing", "competitive", "brand", "product", "sales-process");

  public Codebook {
    factors = copy(factors);
    lossReasons = copy(lossReasons);
    lossTypes = copy(lossTypes);
    personas = copy(personas);
    objections = copy(objections);
    flags = copy(flags);
    Map<String, String> crm = new LinkedHashMap<>();
    crmLossReasons.forEach((k, v) -> crm.put(normalize(k), v));
    crmLossReasons = java.util.Collections.unmodifiableMap(crm);
  }

  /** A codebook without a {@code crm_loss_reasons} mapping. */
  public Codebook(String version, Map<String, Code> factors, Map<String, Code> lossReasons, Map<String, Code> lossTypes,
      Map<String, Code> personas, Map<String, Code> objections, Map<String, Code> flags) {
    this(version, factors, lossReasons, lossTypes, personas, objections, flags, Map.of());
  }

  /** A CRM value as the mapping compares it (case- and space-insensitively). */
  public static String crmKey(String crmValue) {
    return normalize(crmValue);
  }

  private static String normalize(String crmValue) {
    return crmValue == null ? "" : crmValue.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The loss-reason code a CRM picklist value stands for (corpus-format v1.1): the
   * {@code crm_loss_reasons} mapping (values compared case- and space-insensitively), else a loss
   * reason whose code or label matches; empty when the value maps to nothing.
   */
  public Optional<String> crmLossReason(String crmValue) {
    String n = normalize(crmValue);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String mapped = crmLossReasons.get(n);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    for (Code c : lossReasons.values()) {
      if (normalize(c.id()).equals(n) || normalize(c.label()).equals(n)) {
        return Optional.of(c.id());
      }
    }
    return Optional.empty();
  }

  private static Map<String, Code> copy(Map<String, Code> m) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  public static Codebook empty() {
    return new Codebook("", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Codes a {@code #tag} on a quote may use: factors, objections, loss reasons, personas, flags. */
  public boolean isTaggable(String code) {
    return factors.containsKey(code)
        || objections.containsKey(code)
        || lossReasons.containsKey(code)
        || personas.containsKey(code)
        || flags.containsKey(code);
  }

  /** The label of any code in the book, looking in factors first. */
  public String label(String code) {
    return find(code).map(Code::label).orElse(code);
  }

  public Optional<Code> find(String code) {
    for (Map<String, Code> m : List.of(factors, objections, lossReasons, lossTypes, personas, flags)) {
      Code c = m.get(code);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public List<String> taggableCodes() {
    List<String> all = new ArrayList<>();
    all.addAll(factors.keySet());
    all.addAll(objections.keySet());
    all.addAll(lossReasons.keySet());
    all.addAll(personas.keySet());
    all.addAll(flags.keySet());
    return all;
  }
}
