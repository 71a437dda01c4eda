package winloss.core.crm;

import java.util.Optional;
import winloss.core.model.Outcome;

/** What a CRM stage value means for deals.csv: one of the three outcomes, or still open (skipped). */
public enum StageMeaning {
  WON("won"),
  LOST("lost"),
  NO_DECISION("no-decision"),
  OPEN("open");

  private final String key;

  StageMeaning(String key) {
    this.key = key;
  }

  /** The key used in a mapping file's {@code stages:} block. */
  public String key() {
    return key;
  }

  public Optional<Outcome> outcome() {
    return switch (this) {
      case WON -> Optional.of(Outcome.WON);
      case LOST -> Optional.of(Outcome.LOST);
      case NO_DECISION -> Optional.of(Outcome.NO_DECISION);
      case OPEN -> Optional.empty();
    };
  }

  public static Optional<StageMeaning> parseKey(String s) {
    for (StageMeaning m : values()) {
      if (m.key.equals(s)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
