package winloss.core.synthesis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import winloss.core.evidence.Citation;
import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;

/**
 * Turns the core's {@link Themes} into document themes: quotes, persona, brief section, action and
 * contradiction for each. What is a theme, its stance and its rank are the core's; nothing is
 * counted here.
 */
public final class ThemeFinder {
  private ThemeFinder() {}

  /**
   * @param core the core's themes of the period
   * @param themes the themes (codes that pass the small-sample rule), ranked
   * @param emerging codes under it (signals), ranked
   */
  public record Found(Themes core, List<Theme> themes, List<Theme> emerging) {}

  /**
   * @param ivs the completed interviews of the period
   * @param names the PMM's theme names for the period (theme-names.yaml)
   * @param quarter actions of this quarter or earlier are matched from actions.yaml (null: all)
   * @param from the document's date: actions' status as of it, proposed deadlines count from it
   */
  public static Found find(Evidence ev, List<Interview> ivs, Map<String, String> names, Quarter quarter, LocalDate from) {
    Themes core = Themes.of(ev.corpus(), ivs, names);
    int of = core.citations().interviews();
    Map<String, String> contradictions = Contradictions.byCode(ev, core);
    List<Theme> themes = new ArrayList<>();
    List<Theme> emerging = new ArrayList<>();
    int rank = 0;
    for (ThemeEvidence t : core.ranked()) {
      if (t.pattern()) {
        rank++;
      }
      Theme th = build(ev, t, of, ivs, quarter, from, rank, contradictions.getOrDefault(t.code(), ""));
      (t.pattern() ? themes : emerging).add(th);
    }
    return new Found(core, List.copyOf(themes), List.copyOf(emerging));
  }

  /** 30 days for the top theme, 60 for the next two, 90 for the rest. */
  static int days(int rank) {
    return rank <= 1 ? 30 : rank <= 3 ? 60 : 90;
  }

  private static Theme build(Evidence ev, ThemeEvidence t, int of, List<Interview> ivs, Quarter quarter, LocalDate from, int rank,
      String contradiction) {
    java.util.Set<String> citingIds = new java.util.HashSet<>(t.interviews()); // once, not per interview (quadratic at 92k)
    List<Interview> citing = ivs.stream().filter(iv -> citingIds.contains(iv.opp())).toList();
    Evidence.Persona p = ev.topPersona(citing);
    String area = t.briefArea();
    String behind = Fmt.plural(t.count(), "interview", "interviews") + " and " + Fmt.money(t.acv(), ev.corpus().brief().program().currency())
        + " of ACV";
    Recommendation rec = Recommendation.fromActions(ev.corpus(), t.code(), quarter, from)
        .orElseGet(() -> Recommendation.proposed(ev.corpus(), t.code(), Routing.suggestion(area, t.label(), t.stance(), behind),
            Routing.function(area), from, days(rank)));
    return new Theme(t, of, p.describe(citing.size()), p.count(), balanced(ev, t, citing),
        Routing.briefTarget(ev.corpus().brief(), area), rec, contradiction);
  }

  /** Up to three quotes, one per interview first, alternating for and against so a mixed theme shows both sides. */
  static List<QuoteRef> balanced(Evidence ev, ThemeEvidence t, List<Interview> citing) {
    // chosen before their references are built (a theme may have hundreds of tagged quotes)
    List<Evidence.Tagged> ordered = Evidence.spread(ev.tagged(t.code(), citing), Evidence.Tagged::opp, Integer.MAX_VALUE);
    Set<String> forIds = new LinkedHashSet<>(t.forIds());
    Set<String> seen = new LinkedHashSet<>();
    List<Evidence.Tagged> firstFor = new ArrayList<>();
    List<Evidence.Tagged> firstAgainst = new ArrayList<>();
    List<Evidence.Tagged> rest = new ArrayList<>();
    for (Evidence.Tagged q : ordered) {
      if (!seen.add(q.opp())) {
        rest.add(q);
      } else {
        (forIds.contains(q.opp()) ? firstFor : firstAgainst).add(q);
      }
    }
    List<Evidence.Tagged> out = new ArrayList<>();
    for (int i = 0; i < Math.max(firstFor.size(), firstAgainst.size()); i++) {
      if (i < firstFor.size()) {
        out.add(firstFor.get(i));
      }
      if (i < firstAgainst.size()) {
        out.add(firstAgainst.get(i));
      }
    }
    out.addAll(rest);
    return out.subList(0, Math.min(3, out.size())).stream().map(x -> ev.ref(x.interview(), x.quote())).toList();
  }

  /** The stance-aware citations of one interview (for callers that walk interviews). */
  public static List<Citation> cited(Evidence ev, Interview iv) {
    return winloss.core.evidence.Citations.cite(iv, ev.book(), ev.outcome(iv));
  }
}
