package winloss.core.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;
import winloss.core.synthesis.ThemeFinder;

/**
 * The program-health view of themes: which codes are themes, and which interviews cite them,
 * without the quotes and routing the readout needs. What counts as citing a code is synthesis's
 * one definition ({@link ThemeFinder#cited}), so the tracker, KPIs and alerts agree with the
 * readout on what is a theme.
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
  public static List<Theme> codes(Collection<Interview> interviews, Codebook book) {
    Map<String, TreeSet<String>> by = new TreeMap<>();
    for (Interview i : interviews) {
      if (!i.isCompleted()) {
        continue;
      }
      for (String c : ThemeFinder.cited(i, book)) {
        by.computeIfAbsent(c, k -> new TreeSet<>()).add(i.opp());
      }
    }
    List<Theme> out = new ArrayList<>();
    by.forEach((code, ids) -> out.add(new Theme(code, new ArrayList<>(ids))));
    out.sort(Comparator.comparingInt(Theme::count).reversed().thenComparing(Theme::code));
    return out;
  }

  /** The codes cited by at least {@code min} distinct completed interviews. */
  public static List<Theme> themes(Collection<Interview> interviews, Codebook book, int min) {
    return codes(interviews, book).stream().filter(t -> t.count() >= Math.max(1, min)).toList();
  }

  /** The themes of a quarter: completed interviews whose deal closed in it. */
  public static List<Theme> themes(Corpus corpus, Quarter q) {
    return themes(interviewsOf(corpus, q), corpus.codebook(), corpus.brief().program().minThemeInterviews());
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
