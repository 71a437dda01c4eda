package winloss.core.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of the framework's questions an interviewer's turn asks, tolerating rewording and
 * any order. Each question is a set of content words (stop words removed), weighted by how rare
 * the word is among the eight questions (IDF). A sentence of the turn scores the weighted share
 * of the question's words it contains, words matching when equal or sharing their first four
 * letters ("decision"/"decide", "price"/"pricing"). The best question scoring at least {@link
 * #THRESHOLD} wins; the question's {@code Probe:} line counts for it too. Deterministic: ties go to
 * the lower question number.
 */
public final class QuestionMatcher {
  /** The share of a question's weighted words a sentence must contain to count as asking it. */
  public static final double THRESHOLD = 0.45;

  static final Set<String> STOP = Set.of(
      "a", "about", "actually", "after", "again", "all", "also", "am", "an", "and", "any", "anything", "are", "as", "at",
      "be", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get",
      "go", "going", "got", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into",
      "is", "it", "its", "it's", "just", "kind", "know", "let", "like", "me", "maybe", "more", "much", "my", "of",
      "oh", "ok", "okay", "on", "one", "or", "our", "out", "really", "right", "say", "she", "so", "some", "sort",
      "tell", "than", "that", "that's", "the", "their", "them", "then", "there", "these", "they", "thing", "things",
      "think", "this", "those", "to", "too", "um", "uh", "up", "us", "very", "was", "we", "well", "were", "what",
      "when", "where", "which", "who", "why", "will", "with", "would", "yeah", "yes", "you", "your", "you're",
      "i'm", "we're", "mean", "great", "thanks", "thank", "curious", "wondering", "wonder", "question", "next");

  private final List<Integer> numbers = new ArrayList<>();
  private final List<List<String>> questions = new ArrayList<>();
  private final List<List<String>> probes = new ArrayList<>();
  private final Map<String, Double> idf = new HashMap<>();

  /**
   * @param numbered each question's number with its text (competitor already filled in) and its
   *     probe (may be empty)
   */
  public QuestionMatcher(List<Entry> numbered) {
    Map<String, Integer> df = new HashMap<>();
    for (Entry e : numbered) {
      numbers.add(e.number());
      List<String> q = List.copyOf(new LinkedHashSet<>(words(e.question())));
      List<String> p = List.copyOf(new LinkedHashSet<>(words(e.probe())));
      questions.add(q);
      probes.add(p);
      Set<String> seen = new HashSet<>(q);
      seen.addAll(p);
      for (String w : seen) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int n = numbered.size();
    df.forEach((w, d) -> idf.put(w, Math.log((n + 1.0) / (d + 0.5)) + 1.0));
  }

  /** A question to match against. */
  public record Entry(int number, String question, String probe) {}

  /** The outcome of matching one turn: the question number (0 for none), its score, and whether by the probe. */
  public record Match(int question, double score, boolean byProbe) {
    public boolean matched() {
      return question > 0;
    }
  }

  public Match match(String turn) {
    List<List<String>> sentences = new ArrayList<>();
    for (String s : turn.split("(?<=[.?!])\\s+")) {
      List<String> w = words(s);
      if (!w.isEmpty()) {
        sentences.add(w);
      }
    }
    Match best = new Match(0, 0, false);
    for (int i = 0; i < numbers.size(); i++) {
      for (List<String> s : sentences) {
        double q = coverage(questions.get(i), s);
        double p = coverage(probes.get(i), s);
        double score = Math.max(q, p);
        if (score >= THRESHOLD && score > best.score() + 1e-9) {
          best = new Match(numbers.get(i), score, p > q);
        }
      }
    }
    return best;
  }

  private double coverage(List<String> target, List<String> sentence) {
    if (target.isEmpty()) {
      return 0;
    }
    double total = 0;
    double hit = 0;
    for (String w : target) {
      double weight = idf.getOrDefault(w, 1.0);
      total += weight;
      for (String t : sentence) {
        if (same(w, t)) {
          hit += weight;
          break;
        }
      }
    }
    return hit / total;
  }

  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)
        && (a.length() <= 6 || b.length() <= 6 || a.regionMatches(0, b, 0, 5));
  }

  /** Lower-cased content words: letters and digits, stop words removed. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'#]+")) {
      String t = w.replaceAll("^'+|'+$", "").replace("#", "");
      if (t.equals("1")) {
        t = "number"; // "the #1 thing" is said "the number one thing"
      }
      if (t.endsWith("'s")) {
        t = t.substring(0, t.length() - 2);
      }
      if (t.isEmpty() || STOP.contains(t) || t.contains("'")) {
        continue;
      }
      out.add(t);
    }
    return out;
  }
}
