package winloss.core.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;

/**
 * The program-health view of "themes": a code cited (in {@code codes.decisive}, {@code
 * codes.almost} or {@code codes.objections}) by at least {@code min_theme_interviews} distinct
 * completed interviews of one period. Deliberately small: synthesis has its own, richer theme
 * selection, and this should be folded into it (one definition) when the two meet.
 */
public final class ThemeCounter {
  private ThemeCounter() {}

  /** A theme: the code and the interviews (opp ids, sorted) that cite it. */
  public record Theme(String code, List<String> interviews) {
    public Theme {
      interviews = List.copyOf(interviews);
    }

    public int count() {
      return interviews.size();
    }
  }

  /** Every code cited by the completed interviews, with its interviews; most cited first, then by code. */
  public static List<Theme> codes(Collection<Interview> interviews) {
    Map<String, TreeSet<String>> by = new TreeMap<>();
    for (Interview i : interviews) {
      if (!i.isCompleted()) {
        continue;
      }
      List<String> codes = new ArrayList<>(i.codes().decisive());
      codes.addAll(i.codes().almost());
      codes.addAll(i.codes().objections());
      for (String c : codes) {
        by.computeIfAbsent(c, k -> new TreeSet<>()).add(i.opp());
      }
    }
    List<Theme> out = new ArrayList<>();
    by.forEach((code, ids) -> out.add(new Theme(code, new ArrayList<>(ids))));
    out.sort(Comparator.comparingInt(Theme::count).reversed().thenComparing(Theme::code));
    return out;
  }

  /** The codes cited by at least {@code min} distinct completed interviews. */
  public static List<Theme> themes(Collection<Interview> interviews, int min) {
    return codes(interviews).stream().filter(t -> t.count() >= Math.max(1, min)).toList();
  }

  /** The themes of a quarter: completed interviews whose deal closed in it. */
  public static List<Theme> themes(Corpus corpus, Quarter q) {
    return themes(interviewsOf(corpus, q), corpus.brief().program().minThemeInterviews());
  }

  /** Interviews (any status) whose deal closed in quarter {@code q}. */
  public static List<Interview> interviewsOf(Corpus corpus, Quarter q) {
    Map<String, Deal> deals = corpus.dealsById();
    return corpus.interviews().stream()
        .filter(i -> {
          Deal d = deals.get(i.opp());
          return d != null && corpus.fiscal().quarterOf(d.closeDate()).equals(q);
        })
        .toList();
  }
}
