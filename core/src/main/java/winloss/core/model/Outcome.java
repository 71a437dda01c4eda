package winloss.core.model;

import java.util.Optional;

/** How a closed deal ended, as written in deals.csv and interview front matter. */
public enum Outcome {
  WON("won"),
  LOST("lost"),
  NO_DECISION("no-decision");

  private final String code;

  Outcome(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Outcome> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Outcome o : values()) {
      if (o.code.equals(s.trim())) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The interview framework used for this outcome: no-decisions are interviewed like losses. */
  public boolean usesLossQuestions() {
    return this != WON;
  }
}
