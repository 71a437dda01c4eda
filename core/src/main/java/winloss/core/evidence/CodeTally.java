package winloss.core.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import winloss.core.model.Interview;

/**
 * The one "X of N" of a code: the distinct interviews carrying it in one coded field (or citing it
 * with one stance), out of the interviews that could. Every per-field count a document prints
 * (the readout's factors, loss reasons, personas, committee roles, flags and appendix; the
 * teardown's sides; the persona citing most) comes from {@link #ofField} or {@link #of(Citations,
 * Predicate)}; nothing counts a coded field beside it.
 *
 * @param code the value counted (a codebook code, a persona, "yes"/"no" for {@code fixable})
 * @param ids the interviews carrying it, in the order they were given (one per interview)
 * @param of N: the interviews considered, carrying it or not
 */
public record CodeTally(String code, List<String> ids, int of) {
  /** Most interviews first, then code. */
  public static final Comparator<CodeTally> ORDER = Comparator.comparingInt(CodeTally::count).reversed().thenComparing(CodeTally::code);

  public CodeTally {
    ids = List.copyOf(ids);
    if (of < ids.size()) {
      throw new IllegalArgumentException(code + ": " + ids.size() + " of " + of);
    }
  }

  /** X: distinct interviews carrying the code. */
  public int count() {
    return ids.size();
  }

  /**
   * Counts a coded field over {@code ivs}: one tally per value any of them carries (blank values
   * and repeats within one interview ignored), N = {@code ivs.size()}, ids in the order of
   * {@code ivs}, sorted by {@link #ORDER}.
   */
  public static List<CodeTally> ofField(Collection<Interview> ivs, Function<Interview, ? extends Collection<String>> field) {
    Map<String, List<String>> by = new TreeMap<>();
    for (Interview iv : ivs) {
      for (String code : new LinkedHashSet<>(field.apply(iv))) {
        if (code != null && !code.isBlank()) {
          by.computeIfAbsent(code, k -> new ArrayList<>()).add(iv.opp());
        }
      }
    }
    List<CodeTally> out = new ArrayList<>();
    by.forEach((code, ids) -> out.add(new CodeTally(code, ids, ivs.size())));
    out.sort(ORDER);
    return out;
  }

  /**
   * The citations {@code keep} accepts, counted per code: X = citing interviews, N = every
   * completed interview of {@code cs} ({@link Citations#interviews}), ids by opp id, sorted by
   * {@link #ORDER}. E.g. {@code of(cs, Citation::isFor)}: what buyers cite for us, by stance.
   */
  public static List<CodeTally> of(Citations cs, Predicate<Citation> keep) {
    List<CodeTally> out = new ArrayList<>();
    for (String code : cs.codes()) {
      List<String> ids = cs.of(code).stream().filter(keep).map(Citation::opp).toList();
      if (!ids.isEmpty()) {
        out.add(new CodeTally(code, ids, cs.interviews()));
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The most common values (ties all kept, in code order), or empty when nothing is carried. */
  public static List<CodeTally> top(List<CodeTally> tallies) {
    int best = tallies.stream().mapToInt(CodeTally::count).max().orElse(0);
    return tallies.stream().filter(t -> best > 0 && t.count() == best).sorted(Comparator.comparing(CodeTally::code)).toList();
  }
}
