package winloss.core.evidence;

import java.util.Comparator;

/** Opp ids in the order people expect: S-9 before S-10. */
public final class NaturalOrder implements Comparator<String> {
  public static final NaturalOrder INSTANCE = new NaturalOrder();

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = compareNumbers(a, si, i, b, sj, j);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  /** Compares the digit runs a[as, ae) and b[bs, be) by value, without allocating (hot in sorts). */
  private static int compareNumbers(String a, int as, int ae, String b, int bs, int be) {
    while (as < ae - 1 && a.charAt(as) == '0') {
      as++;
    }
    while (bs < be - 1 && b.charAt(bs) == '0') {
      bs++;
    }
    if (ae - as != be - bs) {
      return Integer.compare(ae - as, be - bs);
    }
    for (; as < ae; as++, bs++) {
      if (a.charAt(as) != b.charAt(bs)) {
        return Character.compare(a.charAt(as), b.charAt(bs));
      }
    }
    return 0;
  }
}
