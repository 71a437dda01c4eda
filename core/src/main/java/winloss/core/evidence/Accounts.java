package winloss.core.evidence;

import java.util.Locale;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;

/**
 * The one describer of an account. An account is named only where its interview's
 * {@code consent.attribute} is true (absent means false); every other deal is described by
 * segment, industry and outcome ("a mid-market logistics account (won)"). Prompts never name an
 * account ({@link #anonymous}). Free text from a deal or a write-up that reaches an output
 * (quotes, {@code ae_reason}, {@code champion_title}) goes through {@link #text}, the one place
 * where the name is redacted (corpus-format v1.1, "Personal data in free text").
 */
public final class Accounts {
  private final Corpus corpus;

  public Accounts(Corpus corpus) {
    this.corpus = corpus;
  }

  /** May outputs name this deal's account? Only when its interview says {@code consent.attribute: true}. */
  public boolean named(Deal d) {
    if (d == null || d.account().isBlank()) {
      return false;
    }
    Interview iv = corpus.interview(d.oppId()).orElse(null);
    return iv != null && iv.consent().attribute();
  }

  /** "Acme Freight (mid-market logistics, won)" with consent, else "a mid-market logistics account (won)". */
  public String who(Deal d) {
    if (d == null) {
      return "an account";
    }
    if (named(d)) {
      String kind = kind(d);
      return d.account() + " (" + (kind.isEmpty() ? "" : kind + ", ") + outcomeWord(d.outcome()) + ")";
    }
    return anonymous(d);
  }

  /** Never the name: "an smb retail account (no decision)". What a prompt may show. */
  public static String anonymous(Deal d) {
    if (d == null) {
      return "an account";
    }
    String kind = kind(d);
    String noun = (kind.isEmpty() ? "" : kind + " ") + "account";
    return article(noun) + " " + noun + " (" + outcomeWord(d.outcome()) + ")";
  }

  /**
   * Free text from deals.csv or a write-up (a verbatim quote, {@code ae_reason},
   * {@code champion_title}) as an output may print it for this deal. Today it returns the text as
   * it is; redaction of a non-consenting account's name hooks in here and nowhere else.
   *
   * @param d the deal the text belongs to (may be null)
   */
  public String text(Deal d, String text) {
    return text == null ? "" : text;
  }

  /** Segment and industry, e.g. "mid-market logistics"; "" when neither is known. */
  public static String kind(Deal d) {
    return (d.segment().strip() + " " + d.industry().strip()).strip();
  }

  /** won, lost, no decision. */
  public static String outcomeWord(Outcome o) {
    return o == null ? "unknown" : switch (o) {
      case WON -> "won";
      case LOST -> "lost";
      case NO_DECISION -> "no decision";
    };
  }

  /**
   * "a" or "an" for a noun phrase: "an enterprise", "a mid-market", "an smb" (a word with no vowel
   * is read out as letters, so the article follows the first letter's name), "a user", "an hour"
   * are not special-cased beyond that.
   */
  public static String article(String noun) {
    String word = noun.strip().split("[ -]", 2)[0].toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return "a";
    }
    boolean spelled = word.chars().noneMatch(ch -> "aeiouy".indexOf(ch) >= 0);
    return (spelled ? "aefhilmnorsx" : "aeiou").indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
