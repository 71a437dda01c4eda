package winloss.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for codes, opp ids and names: the nearest known values by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> closest(String wrong, Collection<String> known) {
    return closest(wrong, known, 1).stream().findFirst();
  }

  private record Candidate(String value, int distance, boolean contains) {}

  /** Up to {@code max} known values close enough to be plausible typos, nearest first. */
  public static List<String> closest(String wrong, Collection<String> known, int max) {
    String w = wrong.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, w.length() / 2);
    return known.stream()
        .map(k -> {
          String lower = k.toLowerCase(Locale.ROOT);
          return new Candidate(k, distance(w, lower), !w.isEmpty() && (lower.contains(w) || w.contains(lower)));
        })
        .filter(c -> c.distance() <= limit || c.contains())
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::value))
        .limit(max)
        .map(Candidate::value)
        .toList();
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** " (did you mean 'x'?)" or "" when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }
}
