package winloss.core.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import winloss.core.model.Deal;

/**
 * Deals sliced by a key (segment, competitor, play, ...) into one {@link Tally} per key. Keys are
 * compared case- and space-insensitively ({@link #normalize}): "Enterprise", "enterprise" and
 * " enterprise " are one slice, shown in its most common spelling (ties: the alphabetically
 * first). {@code check} warns where one key has two spellings ({@link #spellings}).
 */
public final class Slices {
  /** The slice key of deals with no segment. */
  public static final String NO_SEGMENT = "(no segment)";

  private final Map<String, Tally> byKey;
  private final Map<String, Map<String, Integer>> spellings;

  private Slices(Map<String, Tally> byKey, Map<String, Map<String, Integer>> spellings) {
    this.byKey = byKey;
    this.spellings = spellings;
  }

  /** Lower case, runs of white space as one space, trimmed: the identity of a key. */
  public static String normalize(String key) {
    return key == null ? "" : key.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Slices {@code deals} by {@code key}; a deal whose key is null or blank is left out.
   *
   * @return the slices, most deals first, then by shown key
   */
  public static Slices of(Collection<Deal> deals, Function<Deal, String> key) {
    Map<String, List<Deal>> groups = new TreeMap<>();
    Map<String, Map<String, Integer>> spell = new TreeMap<>();
    for (Deal d : deals) {
      String k = key.apply(d);
      if (k == null || k.isBlank()) {
        continue;
      }
      String n = normalize(k);
      groups.computeIfAbsent(n, x -> new ArrayList<>()).add(d);
      spell.computeIfAbsent(n, x -> new TreeMap<>()).merge(k.strip().replaceAll("\\s+", " "), 1, Integer::sum);
    }
    List<Tally> ts = new ArrayList<>();
    groups.forEach((n, ds) -> ts.add(Tally.of(shown(spell.get(n)), ds)));
    ts.sort(Comparator.comparingInt(Tally::total).reversed().thenComparing(Tally::key));
    Map<String, Tally> byKey = new LinkedHashMap<>();
    ts.forEach(t -> byKey.put(normalize(t.key()), t));
    return new Slices(byKey, spell);
  }

  /** Deals by segment; deals without one form the {@value #NO_SEGMENT} slice. */
  public static Slices bySegment(Collection<Deal> deals) {
    return of(deals, Slices::segment);
  }

  /** Deals by named competitor; deals with none (blank or "none") are left out. */
  public static Slices byCompetitor(Collection<Deal> deals) {
    return of(deals, d -> d.hasCompetitor() ? d.competitor() : null);
  }

  /** The segment key of a deal: its segment, or {@value #NO_SEGMENT}. */
  public static String segment(Deal d) {
    return d.segment().isBlank() ? NO_SEGMENT : d.segment();
  }

  private static String shown(Map<String, Integer> spellings) {
    return spellings.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /** The slices, most deals first, then by key. */
  public List<Tally> tallies() {
    return List.copyOf(byKey.values());
  }

  /** The slice of {@code key} in any spelling, or an empty tally named {@code key}. */
  public Tally get(String key) {
    Tally t = byKey.get(normalize(key));
    return t != null ? t : Tally.empty(key);
  }

  /** The keys shown, in slice order. */
  public List<String> keys() {
    return byKey.values().stream().map(Tally::key).toList();
  }

  /** Keys written in more than one spelling: normalized key to its spellings with their deal counts. */
  public Map<String, Map<String, Integer>> spellings() {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    spellings.forEach((n, s) -> {
      if (s.size() > 1) {
        out.put(n, Map.copyOf(s));
      }
    });
    return out;
  }
}
