package winloss.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import winloss.core.model.Answer;
import winloss.core.model.Codebook;
import winloss.core.model.Interview;
import winloss.core.model.Quote;
import winloss.core.text.Suggestions;

/**
 * Checks every suggestion before it is shown: the code must be a taggable code of the codebook
 * (factor, objection, loss reason, persona or flag), and the quote a verbatim span of the answer
 * it names (whitespace runs aside; case, punctuation and words exact). A quote given without a
 * question is looked for in every answer. Suggestions already tagged on that sentence are left
 * out silently; every other failure is dropped and counted, with its reason.
 */
public final class Verifier {
  /** Quotes shorter than this are not evidence of anything. */
  public static final int MIN_QUOTE_CHARS = 8;

  private Verifier() {}

  public record Dropped(Suggestion suggestion, String reason) {}

  public record Verified(List<Suggestion> accepted, List<Dropped> dropped, int alreadyTagged) {
    public Verified {
      accepted = List.copyOf(accepted);
      dropped = List.copyOf(dropped);
    }
  }

  public static Verified verify(Interview iv, Codebook book, List<Suggestion> suggestions) {
    List<Suggestion> ok = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int already = 0;
    for (Suggestion s : suggestions) {
      if (!book.isTaggable(s.code())) {
        dropped.add(new Dropped(s, "unknown code '" + s.code() + "'" + Suggestions.didYouMean(s.code(), book.taggableCodes())));
        continue;
      }
      String quote = Sentences.squash(s.quote());
      if (quote.length() < MIN_QUOTE_CHARS) {
        dropped.add(new Dropped(s, "quote too short to support a code"));
        continue;
      }
      Answer where = null;
      for (Answer a : iv.answers()) {
        if (a.number() <= 0 || (s.question() > 0 && a.number() != s.question())) {
          continue;
        }
        if (Sentences.squash(a.text()).contains(quote)) {
          where = a;
          break;
        }
      }
      if (where == null) {
        boolean noSuchAnswer = s.question() > 0 && iv.answers().stream().noneMatch(a -> a.number() == s.question());
        dropped.add(new Dropped(s, noSuchAnswer ? "there is no answer " + s.question()
            : "quote is not verbatim in " + (s.question() > 0 ? "answer " + s.question() : "any answer")));
        continue;
      }
      Suggestion v = new Suggestion(where.number(), s.code(), quote, s.why());
      if (taggedAlready(iv, v)) {
        already++;
        continue;
      }
      if (seen.add(v.question() + "|" + v.code() + "|" + v.quote())) {
        ok.add(v);
      }
    }
    return new Verified(ok, dropped, already);
  }

  private static boolean taggedAlready(Interview iv, Suggestion s) {
    for (Quote q : iv.quotes()) {
      if (q.question() == s.question() && q.tags().contains(s.code()) && Sentences.squash(q.text()).contains(s.quote())) {
        return true;
      }
    }
    return false;
  }
}
