package winloss.core.transcript;

import java.util.ArrayList;
import java.util.List;

/** A parsed transcript: its detected format and its turns in order. */
public record Transcript(TranscriptFormat format, List<Turn> turns) {
  public Transcript {
    turns = List.copyOf(turns);
  }

  /** The distinct speaker names, in order of first appearance ({@code (unnamed)} for turns with none). */
  public List<String> speakers() {
    List<String> names = new ArrayList<>();
    for (Turn t : turns) {
      String n = t.speaker().isEmpty() ? "(unnamed)" : t.speaker();
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names;
  }
}
