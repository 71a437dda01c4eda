package winloss.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One write-up, win-loss/interviews/&lt;opp&gt;.md. Dates are null when absent or unreadable.
 *
 * @param file path relative to the corpus root
 * @param lines the file line of each front-matter key, dotted for nested ones
 *     ({@code codes.decisive}), for diagnostics
 */
public record Interview(
    Path file,
    String opp,
    Outcome outcome,
    InterviewStatus status,
    LocalDate requested,
    LocalDate booked,
    LocalDate interviewed,
    String interviewer,
    String intervieweeTitle,
    String persona,
    Consent consent,
    Codes codes,
    List<Answer> answers,
    List<Quote> quotes,
    Map<String, Integer> lines) {

  public Interview {
    Objects.requireNonNull(file, "file");
    opp = Objects.requireNonNullElse(opp, "");
    interviewer = Objects.requireNonNullElse(interviewer, "");
    intervieweeTitle = Objects.requireNonNullElse(intervieweeTitle, "");
    persona = Objects.requireNonNullElse(persona, "");
    consent = Objects.requireNonNullElse(consent, Consent.none());
    codes = Objects.requireNonNullElse(codes, Codes.empty());
    answers = List.copyOf(answers);
    quotes = List.copyOf(quotes);
    lines = Map.copyOf(lines);
  }

  /**
   * This write-up with {@code f} applied to its free text: answers, quotes (marked redacted when
   * changed), the interviewee's title and the success criteria. The consent redaction; a new free
   * text field belongs here.
   */
  public Interview withFreeText(java.util.function.UnaryOperator<String> f) {
    Codes c = new Codes(codes.decisive(), codes.winner(), codes.lossReason(), codes.lossType(), codes.priceFactor(),
        codes.fixable(), codes.almost(), codes.objections(), codes.committee(), f.apply(codes.successCriteria()), codes.flags());
    return new Interview(file, opp, outcome, status, requested, booked, interviewed, interviewer, f.apply(intervieweeTitle),
        persona, consent, c,
        answers.stream().map(a -> new Answer(a.number(), a.heading(), a.line(), f.apply(a.text()))).toList(),
        quotes.stream().map(q -> q.withFreeText(f)).toList(), lines);
  }

  public boolean isCompleted() {
    return status == InterviewStatus.COMPLETED;
  }

  /** The line of a front-matter key such as {@code codes.decisive}, or 1. */
  public int lineOf(String key) {
    return lines.getOrDefault(key, 1);
  }
}
