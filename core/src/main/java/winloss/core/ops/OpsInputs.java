package winloss.core.ops;

import java.util.List;
import java.util.stream.Collectors;
import winloss.core.corpus.OppIds;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Question;
import winloss.core.text.Suggestions;

/** What the interview operations need from a corpus before they do anything: a readable corpus and a known deal. */
public final class OpsInputs {
  private static final int SHOWN_ERRORS = 5;

  private OpsInputs() {}

  /** Refuses (exit 2) while the readers could not accept part of the corpus; lists the first errors. */
  public static void requireReadable(Corpus corpus) {
    if (!corpus.problems().hasErrors()) {
      return;
    }
    List<Diagnostic> errors = corpus.problems().sorted().stream().filter(Diagnostic::isError).toList();
    String shown = errors.stream().limit(SHOWN_ERRORS).map(Diagnostic::format).collect(Collectors.joining("; "));
    throw new WinlossException("the corpus has " + errors.size() + " error" + (errors.size() == 1 ? " that stops" : "s that stop")
        + " this command: " + shown + (errors.size() > SHOWN_ERRORS ? "; ..." : "")
        + "; run winloss check, fix them, and rerun");
  }

  /**
   * The deal {@code oppId} names. The id is validated before anything else (it becomes a file
   * name); an unknown id gets the closest known ids as suggestions.
   */
  public static Deal requireDeal(Corpus corpus, String oppId) {
    OppIds.require(oppId);
    return corpus.deal(oppId).orElseThrow(() -> {
      List<String> ids = corpus.deals().stream().map(Deal::oppId).sorted().toList();
      List<String> close = Suggestions.closest(oppId, ids, 3);
      String hint = close.isEmpty()
          ? (ids.isEmpty() ? "; deals.csv has no deals yet" : "; see win-loss/deals.csv for the ids")
          : " (did you mean " + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?)";
      return new WinlossException("no deal with opp_id '" + oppId + "' in win-loss/deals.csv" + hint);
    });
  }

  /** The framework's questions for the deal's outcome; refuses when the framework has none for it. */
  public static List<Question> questions(Corpus corpus, Deal deal) {
    List<Question> qs = corpus.framework().forOutcome(deal.outcome());
    if (qs.isEmpty()) {
      String section = deal.outcome().usesLossQuestions() ? "## Loss interview" : "## Win interview";
      throw new WinlossException(deal.oppId() + " is a " + deal.outcome().code() + " deal, but win-loss/eight-questions.md has no "
          + section + " questions" + (deal.outcome().usesLossQuestions() ? " (no-decisions use the loss questions)" : "")
          + "; add that section with its eight questions");
    }
    return qs;
  }
}
