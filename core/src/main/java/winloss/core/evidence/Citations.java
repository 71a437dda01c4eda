package winloss.core.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import winloss.core.model.Codebook;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
 

/**
 * Every citation of a factor or objection code in a set of completed interviews, one per
 * (interview, code) in its strongest field ({@link CodedField}), indexed by code and by interview.
 * Interviews that are not completed are ignored: only completed interviews are coded and counted
 * (corpus-format). Codes outside the codebook's factors and objections are not theme codes and
 * are ignored.
 */
public final class Citations {
  private final Map<String, List<Citation>> byCode;
  private final Map<String, List<Citation>> byInterview;
  private final int interviews;

  private Citations(Map<String, List<Citation>> byCode, Map<String, List<Citation>> byInterview, int interviews) {
    this.byCode = byCode;
    this.byInterview = byInterview;
    this.interviews = interviews;
  }

  /**
   * @param ivs the interviews of the period (only completed ones count)
   * @param book the codebook: factors and objections are theme codes
   * @param outcome the deal's outcome for an interview (deals.csv is the record)
   */
  public static Citations of(Collection<Interview> ivs, Codebook book, Function<Interview, Outcome> outcome) {
    Map<String, List<Citation>> byCode = new TreeMap<>();
    Map<String, List<Citation>> byIv = new LinkedHashMap<>();
    List<Interview> sorted = ivs.stream().filter(Interview::isCompleted)
        .sorted(Comparator.comparing(Interview::opp, NaturalOrder.INSTANCE)).toList();
    for (Interview iv : sorted) {
      Outcome o = outcome.apply(iv);
      if (o == null) {
        o = iv.outcome();
      }
      if (o == null) {
        continue;
      }
      for (Citation c : cite(iv, book, o)) {
        byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
        byIv.computeIfAbsent(c.opp(), k -> new ArrayList<>()).add(c);
      }
    }
    return new Citations(byCode, byIv, sorted.size());
  }

  /** The citations in one interview, in coded order (decisive first), one per code. */
  public static List<Citation> cite(Interview iv, Codebook book, Outcome outcome) {
    Map<String, List<CodedField>> fields = new LinkedHashMap<>();
    for (CodedField f : CodedField.values()) {
      for (String code : f.in(iv.codes())) {
        if (book.factors().containsKey(code) || book.objections().containsKey(code)) {
          List<CodedField> l = fields.computeIfAbsent(code, k -> new ArrayList<>());
          if (!l.contains(f)) {
            l.add(f);
          }
        }
      }
    }
    List<Citation> out = new ArrayList<>();
    fields.forEach((code, fs) -> out.add(new Citation(iv.opp(), code, fs.get(0), Stance.of(fs.get(0), outcome), outcome, fs)));
    return out;
  }

  /** Completed interviews considered (citing or not): the N of "X of N". */
  public int interviews() {
    return interviews;
  }

  /** Every cited code, sorted. */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  /** The citations of {@code code}, one per interview, by opp id. */
  public List<Citation> of(String code) {
    return byCode.getOrDefault(code, List.of());
  }

  /** The citations in one interview. */
  public List<Citation> in(String opp) {
    return byInterview.getOrDefault(opp, List.of());
  }

  /** Distinct interviews citing {@code code}. */
  public int count(String code) {
    return of(code).size();
  }

  /** Opp ids citing {@code code} with {@code stance}, by opp id. */
  public List<String> ids(String code, Stance stance) {
    return of(code).stream().filter(c -> c.stance() == stance).map(Citation::opp).toList();
  }
}
