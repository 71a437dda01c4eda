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
    Map<String, Code> flags) {

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
  }

  private static Map<String, Code> copy(Map<String, Code> m) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  public static Codebook empty() {
    return new Codebook("", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
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
