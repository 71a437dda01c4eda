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

  /** A codebook without a {@code crm_loss_reasons:} mapping. */
  public Codebook(String version, Map<String, Code> factors, Map<String, Code> lossReasons, Map<String, Code> lossTypes,
      Map<String, Code> personas, Map<String, Code> objections, Map<String, Code> flags) {
    this(version, factors, lossReasons, lossTypes, personas, objections, flags, Map.of());
  }

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
    crmLossReasons.forEach((k, v) -> crm.put(crmKey(k), v));
    crmLossReasons = java.util.Collections.unmodifiableMap(crm);
  }

  /**
   * The loss-reason code a CRM picklist value stands for (spec v1.1 "CRM loss reasons and the
   * codebook"): a loss reason's own code or label, or a value listed under {@code crm_loss_reasons},
   * compared case-insensitively with runs of spaces, hyphens and underscores folded. Empty for a
   * blank value and for a value that maps to nothing. This is the one mapping; every command that
   * reads a CRM loss reason goes through it.
   */
  public Optional<String> crmLossReason(String crmValue) {
    String key = crmKey(crmValue == null ? "" : crmValue);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String mapped = crmLossReasons.get(key);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    for (Code c : lossReasons.values()) {
      if (crmKey(c.id()).equals(key) || crmKey(c.label()).equals(key)) {
        return Optional.of(c.id());
      }
    }
    return Optional.empty();
  }

  /** A CRM value as the mapping compares it: lower case, spaces, hyphens and underscores folded to one space. */
  public static String crmKey(String value) {
    return value.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", " ");
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
