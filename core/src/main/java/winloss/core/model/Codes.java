package winloss.core.model;

import java.util.List;
import java.util.Objects;

/** The coded fields of a write-up's front matter; absent fields are empty, never null. */
public record Codes(
    List<String> decisive,
    String winner,
    String lossReason,
    String lossType,
    String priceFactor,
    Boolean fixable,
    List<String> almost,
    List<String> objections,
    List<String> committee,
    String successCriteria,
    List<String> flags) {

  public Codes {
    decisive = List.copyOf(decisive);
    almost = List.copyOf(almost);
    objections = List.copyOf(objections);
    committee = List.copyOf(committee);
    flags = List.copyOf(flags);
    winner = Objects.requireNonNullElse(winner, "");
    lossReason = Objects.requireNonNullElse(lossReason, "");
    lossType = Objects.requireNonNullElse(lossType, "");
    priceFactor = Objects.requireNonNullElse(priceFactor, "");
    successCriteria = Objects.requireNonNullElse(successCriteria, "");
  }

  public static Codes empty() {
    return new Codes(List.of(), "", "", "", "", null, List.of(), List.of(), List.of(), "", List.of());
  }
}
