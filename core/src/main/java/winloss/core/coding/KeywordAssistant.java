package winloss.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.model.Answer;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;

/**
 * {@code --assist keywords}: a sentence supports a code when it contains one of the code's terms
 * as a whole word (plural and -ed/-ing forms too, any case): the code's {@code keywords}, its
 * label and its id read as words. Fully deterministic: answers in file order, sentences in order,
 * codes in codebook order. Never suggests {@code other}; loss reasons only for lost deals.
 */
public final class KeywordAssistant implements Assistant {
  @Override
  public String name() {
    return "keywords";
  }

  @Override
  public List<Suggestion> suggest(Corpus corpus, Interview iv) {
    Codebook book = corpus.codebook();
    List<Code> codes = new ArrayList<>();
    codes.addAll(book.factors().values());
    codes.addAll(book.objections().values());
    if (iv.outcome() == Outcome.LOST) {
      codes.addAll(book.lossReasons().values());
    }
    codes.addAll(book.personas().values());
    codes.addAll(book.flags().values());
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Answer a : iv.answers()) {
      if (a.number() <= 0) {
        continue;
      }
      for (String sentence : Sentences.of(a.text())) {
        for (Code c : codes) {
          if (c.id().equals("other")) {
            continue;
          }
          String term = firstMatch(c, sentence);
          if (term != null && seen.add(a.number() + "|" + c.id() + "|" + sentence)) {
            out.add(new Suggestion(a.number(), c.id(), sentence, "keyword '" + term + "'"));
          }
        }
      }
    }
    return out;
  }

  static List<String> terms(Code c) {
    Set<String> t = new LinkedHashSet<>();
    for (String k : c.keywords()) {
      t.add(k.toLowerCase(Locale.ROOT).strip());
    }
    t.add(c.label().toLowerCase(Locale.ROOT).strip());
    t.add(c.id().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT));
    t.removeIf(String::isEmpty);
    return List.copyOf(t);
  }

  /** Words of a label too common to show what a sentence is about. */
  private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "our", "ours", "we", "they", "you", "your",
      "not", "didn", "didnt", "don", "were", "was", "are", "has", "had", "have", "too", "very", "more", "less", "than", "that",
      "this", "from", "into", "their", "them", "its", "all", "any", "but", "nor", "who", "what", "why", "how", "other");

  /**
   * The word of the code that {@code sentence} holds (whole word, plural and -ed/-ing forms, any
   * case): one of its keywords, or a word of its label or id other than a stop word; null when
   * none. The evidence a model's suggestion must show before {@code --apply} writes it.
   */
  public static String support(Code c, String sentence) {
    Set<String> t = new LinkedHashSet<>();
    for (String k : c.keywords()) {
      t.add(k.toLowerCase(Locale.ROOT).strip());
    }
    for (String w : (c.label() + " " + c.id()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
        t.add(w);
      }
    }
    t.removeIf(String::isEmpty);
    return firstMatch(List.copyOf(t), sentence);
  }

  static String firstMatch(Code c, String sentence) {
    return firstMatch(terms(c), sentence);
  }

  private static String firstMatch(List<String> terms, String sentence) {
    for (String term : terms) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term).replace(" ", "\\E\\s+\\Q")
          + "(?:s|es|ed|d|ing)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        return term;
      }
    }
    return null;
  }
}
