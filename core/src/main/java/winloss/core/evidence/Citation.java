package winloss.core.evidence;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import winloss.core.model.Outcome;

/**
 * One interview citing one factor or objection code: at most one per (interview, code), in its
 * strongest field, with the stance that field gives under the deal's outcome.
 *
 * @param opp the interview's opp id
 * @param code the codebook code
 * @param field the strongest field citing the code ({@link CodedField} order)
 * @param stance {@link Stance#of} the strongest field and the outcome
 * @param outcome the deal's outcome (deals.csv is the record; the write-up's own when the deal is missing)
 * @param fields every field citing the code in this interview, strongest first
 */
public record Citation(String opp, String code, CodedField field, Stance stance, Outcome outcome, List<CodedField> fields) {
  public Citation {
    Objects.requireNonNull(opp, "opp");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(outcome, "outcome");
    fields = List.copyOf(fields);
  }

  public boolean isFor() {
    return stance == Stance.FOR;
  }

  /** "OPP-1 (lost, almost: for)"; several fields read "decisive and objection". */
  public String describe() {
    String how = fields.stream().map(CodedField::word).collect(Collectors.joining(" and "));
    return opp + " (" + outcome.code() + ", " + how + ": " + stance.word() + ")";
  }
}
