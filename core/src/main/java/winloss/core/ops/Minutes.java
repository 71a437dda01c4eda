package winloss.core.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** How a call's minutes are shared out over its questions: whole minutes that add up exactly to the total. */
public final class Minutes {
  /** A win call: the decisive-moment and differentiation questions get the most room. */
  public static final List<Integer> WIN_WEIGHTS = List.of(4, 5, 4, 4, 4, 3, 3, 3);
  /** A loss call: the decisive factor and the "one thing differently" questions get the most room. */
  public static final List<Integer> LOSS_WEIGHTS = List.of(3, 4, 3, 3, 4, 3, 3, 2);

  private Minutes() {}

  /** Call length in minutes: 30 for a win, 25 for a loss or a no-decision. */
  public static int total(boolean win) {
    return win ? 30 : 25;
  }

  /**
   * Splits {@code total} over {@code count} questions in proportion to {@code weights} (equal
   * shares when the count differs from the weights), by largest remainder; ties go to the earlier
   * question. The result always sums to {@code total}.
   */
  public static List<Integer> split(int total, int count, List<Integer> weights) {
    if (count <= 0) {
      return List.of();
    }
    List<Integer> w = weights.size() == count ? weights : IntStream.range(0, count).mapToObj(i -> 1).toList();
    long sum = w.stream().mapToLong(Integer::longValue).sum();
    List<Integer> minutes = new ArrayList<>();
    List<long[]> remainders = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < count; i++) {
      long exact = (long) total * w.get(i);
      int whole = (int) (exact / sum);
      minutes.add(whole);
      given += whole;
      remainders.add(new long[] {exact % sum, i});
    }
    remainders.sort(Comparator.<long[]>comparingLong(r -> -r[0]).thenComparingLong(r -> r[1]));
    for (int k = 0; k < total - given; k++) {
      int i = (int) remainders.get(k % count)[1];
      minutes.set(i, minutes.get(i) + 1);
    }
    return List.copyOf(minutes);
  }
}
