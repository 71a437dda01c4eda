package winloss.core.model;

import java.util.List;

/** The brief's voice rules; forbidden words never appear in generated documents. */
public record Voice(List<String> dos, List<String> donts, List<String> forbidden) {
  public Voice {
    dos = List.copyOf(dos);
    donts = List.copyOf(donts);
    forbidden = List.copyOf(forbidden);
  }

  public static Voice empty() {
    return new Voice(List.of(), List.of(), List.of());
  }
}
