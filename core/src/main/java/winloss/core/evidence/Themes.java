package winloss.core.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;

/**
 * The themes of a period (corpus-format v1.1): every cited factor or objection code with its
 * stance, ranked by the number of distinct citing interviews, then the ACV of the deals behind
 * them, then code. Only codes that pass the {@link PatternRule} are themes ({@link #patterns});
 * the rest are signals ({@link #signals}). The biggest opportunity is the first {@code strength}
 * theme, the biggest risk the first {@code weakness} theme; a contradiction of the brief is a
 * right-to-win code cited against us by at least {@code min_theme_interviews} interviews.
 */
public final class Themes {
  /** A competitor, segment or persona holding at least this share of a theme's citations names it. */
  public static final double CONCENTRATION = 0.60;

  private final Corpus corpus;
  private final Citations citations;
  private final PatternRule rule;
  private final List<ThemeEvidence> ranked;

  private Themes(Corpus corpus, Citations citations, PatternRule rule, List<ThemeEvidence> ranked) {
    this.corpus = corpus;
    this.citations = citations;
    this.rule = rule;
    this.ranked = ranked;
  }

  /**
   * @param corpus the corpus (deals for ACV and concentration, the codebook, the brief)
   * @param ivs the period's interviews (only completed ones count)
   * @param names the PMM's names for this period from theme-names.yaml (code to name), may be empty
   */
  public static Themes of(Corpus corpus, List<Interview> ivs, Map<String, String> names) {
    Function<Interview, winloss.core.model.Outcome> outcome =
        iv -> corpus.deal(iv.opp()).map(Deal::outcome).orElse(iv.outcome());
    Citations cs = Citations.of(ivs, corpus.codebook(), outcome);
    PatternRule rule = PatternRule.of(corpus.brief().program());
    List<ThemeEvidence> out = new ArrayList<>();
    for (String code : cs.codes()) {
      out.add(build(corpus, code, cs.of(code), rule, names == null ? null : names.get(code)));
    }
    out.sort(ORDER);
    return new Themes(corpus, cs, rule, List.copyOf(out));
  }

  /** The themes of quarter {@code q}: the completed interviews whose deal closed in it, no PMM names. */
  public static Themes ofQuarter(Corpus corpus, winloss.core.model.Quarter q) {
    return of(corpus, inQuarter(corpus, q), Map.of());
  }

  /** Interviews (any status) whose deal closed in quarter {@code q}, by opp id. */
  public static List<Interview> inQuarter(Corpus corpus, winloss.core.model.Quarter q) {
    return corpus.interviews().stream()
        .filter(i -> corpus.deal(i.opp()).map(d -> corpus.fiscal().quarterOf(d.closeDate()).equals(q)).orElse(false))
        .sorted(Comparator.comparing(Interview::opp, NaturalOrder.INSTANCE))
        .toList();
  }

  /** Interviews desc, ACV desc, code asc. */
  public static final Comparator<ThemeEvidence> ORDER = Comparator.comparingInt(ThemeEvidence::count).reversed()
      .thenComparing(ThemeEvidence::acv, Comparator.reverseOrder())
      .thenComparing(ThemeEvidence::code);

  private static ThemeEvidence build(Corpus corpus, String code, List<Citation> cs, PatternRule rule, String override) {
    Codebook book = corpus.codebook();
    Code c = book.factors().containsKey(code) ? book.factors().get(code) : book.objections().get(code);
    String label = book.label(code);
    BigDecimal acv = BigDecimal.ZERO;
    List<Deal> deals = new ArrayList<>();
    List<String> personas = new ArrayList<>();
    for (Citation x : cs) {
      Optional<Deal> d = corpus.deal(x.opp());
      d.ifPresent(deals::add);
      acv = acv.add(d.map(Deal::acv).orElse(BigDecimal.ZERO));
      corpus.interview(x.opp()).map(Interview::persona).filter(p -> !p.isBlank()).ifPresent(personas::add);
    }
    int forN = (int) cs.stream().filter(Citation::isFor).count();
    ThemeStance stance = ThemeStance.of(forN, cs.size() - forN);
    int n = cs.size();
    String competitor = concentrated(deals.stream().filter(Deal::hasCompetitor).map(Deal::competitor).toList(), n);
    String segment = concentrated(deals.stream().map(Deal::segment).filter(s -> !s.isBlank()).toList(), n);
    String persona = concentrated(personas, n);
    String personaLabel = persona.isEmpty() ? "" : book.label(persona).toLowerCase(Locale.ROOT);
    String where = where(stance, segment, competitor, personaLabel);
    String name = override != null && !override.isBlank() ? override : name(label, stance, segment, competitor, personaLabel);
    return new ThemeEvidence(code, label, c == null ? "" : c.brief(), cs, acv, stance, rule.isPattern(n), name, where);
  }

  /** The value (in its most common spelling) holding at least 60% of {@code n} citations, or "". */
  static String concentrated(List<String> values, int n) {
    Map<String, List<String>> by = new TreeMap<>();
    values.forEach(v -> by.computeIfAbsent(Slices.normalize(v), k -> new ArrayList<>()).add(v.strip()));
    for (List<String> spellings : by.values()) {
      if (n > 0 && spellings.size() >= CONCENTRATION * n) {
        Map<String, Integer> count = new TreeMap<>();
        spellings.forEach(s -> count.merge(s, 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
      }
    }
    return "";
  }

  private static String where(ThemeStance stance, String segment, String competitor, String persona) {
    List<String> parts = new ArrayList<>();
    if (!segment.isEmpty()) {
      parts.add(segment + " deals");
    }
    if (!competitor.isEmpty()) {
      parts.add((stance == ThemeStance.WEAKNESS ? "lost to " : "against ") + competitor);
    }
    if (!persona.isEmpty()) {
      parts.add("with " + persona + "s");
    }
    return String.join(", ", parts);
  }

  /**
   * "Security review loses enterprise deals to Helix", "Integration depth wins deals against Lumen",
   * "Price cuts both ways in smb deals", "Migration effort loses deals with technical evaluators".
   */
  static String name(String label, ThemeStance stance, String segment, String competitor, String persona) {
    String deals = segment.isEmpty() ? "deals" : segment + " deals";
    String s = switch (stance) {
      case STRENGTH -> label + " wins " + deals + (competitor.isEmpty() ? "" : " against " + competitor);
      case WEAKNESS -> label + " loses " + deals + (competitor.isEmpty() ? "" : " to " + competitor);
      case MIXED -> label + " cuts both ways" + (segment.isEmpty() ? "" : " in " + deals) + (competitor.isEmpty() ? "" : " against " + competitor);
    };
    if (segment.isEmpty() && competitor.isEmpty() && !persona.isEmpty()) {
      s += " with " + persona + "s";
    }
    return s;
  }

  public PatternRule rule() {
    return rule;
  }

  public Citations citations() {
    return citations;
  }

  /** Every cited code, ranked. */
  public List<ThemeEvidence> ranked() {
    return ranked;
  }

  /** The themes: codes that pass the small-sample rule, ranked. */
  public List<ThemeEvidence> patterns() {
    return ranked.stream().filter(ThemeEvidence::pattern).toList();
  }

  /** Codes under the small-sample rule: single or small signals, never themes. */
  public List<ThemeEvidence> signals() {
    return ranked.stream().filter(t -> !t.pattern()).toList();
  }

  public Optional<ThemeEvidence> get(String code) {
    return ranked.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** The strongest {@code strength} theme, if any theme qualifies. */
  public Optional<ThemeEvidence> opportunity() {
    return patterns().stream().filter(t -> t.stance() == ThemeStance.STRENGTH).findFirst();
  }

  /** The strongest {@code weakness} theme, if any theme qualifies. */
  public Optional<ThemeEvidence> risk() {
    return patterns().stream().filter(t -> t.stance() == ThemeStance.WEAKNESS).findFirst();
  }

  /**
   * Right-to-win codes cited against us by at least {@code min_theme_interviews} interviews: most
   * against citations first, then the brief's order. Citations for us (a loss's {@code almost})
   * are support, shown beside it.
   */
  public List<ThemeEvidence> contradictions() {
    List<ThemeEvidence> out = new ArrayList<>();
    for (String code : corpus.brief().rightToWin()) {
      get(code).filter(t -> rule.isPattern(t.againstIds().size())).ifPresent(out::add);
    }
    out.sort(Comparator.comparingInt((ThemeEvidence t) -> t.againstIds().size()).reversed());
    return out;
  }

  /** The one theme that contradicts the brief most, if any. */
  public Optional<ThemeEvidence> contradiction() {
    return contradictions().stream().findFirst();
  }
}
