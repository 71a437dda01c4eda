package winloss.core.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;

/**
 * Finds themes: a factor or objection code that interviews cite (as a decisive factor, an
 * "almost" or an objection) in at least {@code min} distinct interviews. Codes cited fewer
 * times are emerging, and never called themes.
 */
public final class ThemeFinder {
  private ThemeFinder() {}

  /** Themes at or over the minimum, and emerging codes under it; both sorted by count, then code. */
  public record Found(List<Theme> themes, List<Theme> emerging) {}

  /** The theme codes one interview cites, in coded order, without repeats. */
  public static Set<String> cited(Interview iv, Codebook book) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> field : List.of(iv.codes().decisive(), iv.codes().almost(), iv.codes().objections())) {
      for (String c : field) {
        if (book.factors().containsKey(c) || book.objections().containsKey(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * @param ivs the completed interviews of the period
   * @param quarter the quarter whose actions come first when matching actions.yaml (may be null)
   */
  public static Found find(Evidence ev, List<Interview> ivs, int min, Quarter quarter) {
    Codebook book = ev.book();
    Map<String, List<Interview>> by = new TreeMap<>();
    for (Interview iv : ivs) {
      for (String c : cited(iv, book)) {
        by.computeIfAbsent(c, k -> new ArrayList<>()).add(iv);
      }
    }
    Map<String, String> contradictions = Contradictions.byCode(ev, ivs);
    List<Theme> themes = new ArrayList<>();
    List<Theme> emerging = new ArrayList<>();
    for (Map.Entry<String, List<Interview>> e : by.entrySet()) {
      Theme t = build(ev, e.getKey(), e.getValue(), ivs.size(), quarter, contradictions.getOrDefault(e.getKey(), ""));
      (t.count() >= Math.max(1, min) ? themes : emerging).add(t);
    }
    Comparator<Theme> order = Comparator.comparingInt(Theme::count).reversed().thenComparing(Theme::code);
    themes.sort(order);
    emerging.sort(order);
    return new Found(List.copyOf(themes), List.copyOf(emerging));
  }

  private static Theme build(Evidence ev, String code, List<Interview> citing, int of, Quarter quarter, String contradiction) {
    Codebook book = ev.book();
    Code c = book.factors().containsKey(code) ? book.factors().get(code) : book.objections().get(code);
    String area = c == null ? "" : c.brief();
    List<String> wins = new ArrayList<>();
    List<String> losses = new ArrayList<>();
    List<String> nds = new ArrayList<>();
    List<String> citations = new ArrayList<>();
    for (Interview iv : citing) {
      Outcome o = ev.outcome(iv);
      (o == Outcome.WON ? wins : o == Outcome.LOST ? losses : nds).add(iv.opp());
      List<String> how = new ArrayList<>();
      if (iv.codes().decisive().contains(code)) {
        how.add("decisive");
      }
      if (iv.codes().almost().contains(code)) {
        how.add("almost");
      }
      if (iv.codes().objections().contains(code)) {
        how.add("objection");
      }
      citations.add(iv.opp() + " (" + Evidence.outcomeWord(o) + ", " + String.join(" and ", how) + ")");
    }
    String direction = losses.isEmpty() && nds.isEmpty() ? "wins" : wins.isEmpty() ? "losses" : "mixed";
    Evidence.Persona p = ev.topPersona(citing);
    String label = book.label(code);
    Recommendation rec = Recommendation.fromActions(ev.corpus(), code, quarter)
        .orElseGet(() -> Recommendation.suggestion(code, Routing.suggestion(area, label, direction), Routing.function(area)));
    return new Theme(code, label, area, citing.stream().map(Interview::opp).toList(), of, wins, losses, nds, citations, direction,
        p.describe(citing.size()), p.count(), balanced(ev.quotes(code, citing)), Routing.briefTarget(ev.corpus().brief(), area), rec, contradiction);
  }

  /** Up to three quotes, one per interview first, alternating wins and losses so mixed evidence shows both sides. */
  static List<QuoteRef> balanced(List<QuoteRef> all) {
    List<QuoteRef> ordered = Evidence.spread(all, all.size());
    Set<String> seen = new LinkedHashSet<>();
    List<QuoteRef> firstWin = new ArrayList<>();
    List<QuoteRef> firstLoss = new ArrayList<>();
    List<QuoteRef> rest = new ArrayList<>();
    for (QuoteRef q : ordered) {
      if (!seen.add(q.opp())) {
        rest.add(q);
      } else {
        (q.outcome() == Outcome.WON ? firstWin : firstLoss).add(q);
      }
    }
    List<QuoteRef> out = new ArrayList<>();
    for (int i = 0; i < Math.max(firstWin.size(), firstLoss.size()); i++) {
      if (i < firstWin.size()) {
        out.add(firstWin.get(i));
      }
      if (i < firstLoss.size()) {
        out.add(firstLoss.get(i));
      }
    }
    out.addAll(rest);
    return List.copyOf(out.subList(0, Math.min(3, out.size())));
  }
}
