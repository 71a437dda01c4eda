package winloss.core.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.coding.Sentences;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Accounts;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quote;

/**
 * Checks a model's reply before anything is written, as a generated document is checked.
 *
 * <p>Refused outright (nothing written, exit 2): a line naming an account that has not consented
 * ({@link Accounts}; the message never repeats the name) and a line using one of the brief's
 * {@code voice: forbidden:} words.
 *
 * <p>Marked line by line (the draft is written with the marks, exit 1): every quoted passage
 * ({@code "..."}, or a {@code > } blockquote line) must be followed by an {@code <opp>:L<line>}
 * citation of a real tagged quote and be verbatim in it; every id shaped like the corpus's deal
 * ids must be a real deal; every "X of N" must be a count the prompt gave or use one of its
 * computed denominators, and where ids are listed in brackets after it, there must be X of them.
 */
public final class ReplyVerifier {
  private static final Pattern CITATION = Pattern.compile("([A-Za-z0-9._-]{1,64}):L(\\d+)");
  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{4,}?)[\"”]");
  private static final Pattern X_OF_N = Pattern.compile("\\b(\\d+) of (\\d+)\\b");
  private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
  public static final String MARK = "**[unverified: ";

  private ReplyVerifier() {}

  public record Failure(int line, String reason) {}

  public record Checked(String text, List<Failure> failures) {}

  /** A quoted passage of a line and where it ends. */
  private record Passage(String text, int start, int end) {}

  /**
   * Verifies {@code reply} against the (consent-redacted) corpus the prompt was built from.
   *
   * @throws WinlossException (exit 2) when a line names a non-consenting account or uses a
   *     forbidden word: nothing may be written
   */
  public static Checked verify(Corpus corpus, String reply, PromptPack.Facts facts) {
    String[] lines = reply.replace("\r\n", "\n").split("\n", -1);
    refuse(corpus, lines);
    Pattern idShape = idShape(corpus);
    List<Failure> failures = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      Set<String> reasons = new LinkedHashSet<>();
      quotes(corpus, l, reasons);
      if (idShape != null) {
        Matcher id = idShape.matcher(l);
        while (id.find()) {
          if (corpus.deal(id.group()).isEmpty()) {
            reasons.add(id.group() + " is not a deal in deals.csv");
          }
        }
      }
      counts(l, facts, idShape, reasons);
      out.append(l);
      if (!reasons.isEmpty()) {
        failures.add(new Failure(i + 1, String.join("; ", reasons)));
        out.append(' ').append(MARK).append(String.join("; ", reasons)).append("]**");
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    String text = out.toString();
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    if (!failures.isEmpty()) {
      text += "\n## Verification\n\n" + failures.size() + " line(s) failed verification and are marked "
          + MARK + "...]**; fix or delete them before this goes anywhere.\n";
    }
    return new Checked(text, failures);
  }

  /** Consent and the brief's forbidden words: any hit refuses the whole reply. */
  private static void refuse(Corpus corpus, String[] lines) {
    Accounts accounts = Accounts.of(corpus);
    List<Pattern> forbidden = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String w : corpus.brief().voice().forbidden()) {
      if (!w.isBlank()) {
        words.add(w.strip());
        forbidden.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w.strip()) + "(?![\\p{L}\\p{N}])"));
      }
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!accounts.redact(lines[i]).equals(lines[i])) {
        problems.add("line " + (i + 1) + " names an account that has not consented (consent.attribute)");
      }
      for (int k = 0; k < forbidden.size(); k++) {
        if (forbidden.get(k).matcher(lines[i]).find()) {
          problems.add("line " + (i + 1) + " uses '" + words.get(k) + "', a forbidden word (voice: forbidden: in operator-brief.md)");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new WinlossException("the model's reply was refused: " + String.join("; ", problems)
          + "; nothing was written: run it again, or change the prompt template");
    }
  }

  /** Every quoted passage cited, verbatim in the tagged quote its citation names. */
  private static void quotes(Corpus corpus, String l, Set<String> reasons) {
    List<Passage> passages = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(l);
    while (quoted.find()) {
      passages.add(new Passage(quoted.group(1), quoted.start(), quoted.end()));
    }
    String stripped = l.stripLeading();
    if (passages.isEmpty() && stripped.startsWith(">")) {
      Matcher c = CITATION.matcher(l);
      int end = c.find() ? c.start() : l.length();
      String body = l.substring(l.indexOf('>') + 1, end).replaceAll("[\\s(\\[—–-]+$", "").strip();
      if (body.length() >= 4) {
        passages.add(new Passage(body, l.indexOf('>'), end));
      }
    }
    Set<Integer> used = new LinkedHashSet<>();
    for (int p = 0; p < passages.size(); p++) {
      Passage passage = passages.get(p);
      int limit = p + 1 < passages.size() ? passages.get(p + 1).start() : l.length();
      Matcher c = CITATION.matcher(l);
      c.region(passage.end(), limit);
      if (!c.find()) {
        reasons.add("the quote \"" + abbreviate(passage.text()) + "\" has no citation");
        continue;
      }
      used.add(c.start());
      String opp = c.group(1);
      int at = Integer.parseInt(c.group(2));
      Quote q = citedQuote(corpus, opp, at, reasons);
      if (q != null && !Sentences.squash(q.text()).contains(Sentences.squash(passage.text()).replaceAll("^\\.\\.\\.|\\.\\.\\.$", "").strip())) {
        reasons.add("the quote before " + opp + ":L" + at + " is not what it says");
      }
    }
    Matcher c = CITATION.matcher(l);
    while (c.find()) {
      if (!used.contains(c.start())) {
        citedQuote(corpus, c.group(1), Integer.parseInt(c.group(2)), reasons);
      }
    }
  }

  private static Quote citedQuote(Corpus corpus, String opp, int at, Set<String> reasons) {
    Interview iv = corpus.interview(opp).orElse(null);
    if (iv == null) {
      reasons.add(opp + " is not an interview in the corpus");
      return null;
    }
    Quote q = iv.quotes().stream().filter(x -> x.line() == at).findFirst().orElse(null);
    if (q == null) {
      reasons.add(opp + ":L" + at + " is not a tagged quote");
    }
    return q;
  }

  /** "X of N": a count the prompt gave, or one of its denominators; with ids listed, X of them. */
  private static void counts(String l, PromptPack.Facts facts, Pattern idShape, Set<String> reasons) {
    Matcher xn = X_OF_N.matcher(l);
    List<int[]> found = new ArrayList<>();
    while (xn.find()) {
      found.add(new int[] {xn.start(), xn.end(), Integer.parseInt(xn.group(1)), Integer.parseInt(xn.group(2))});
    }
    for (int k = 0; k < found.size(); k++) {
      int[] f = found.get(k);
      long x = f[2];
      long n = f[3];
      String said = x + " of " + n;
      if (!facts.counts().contains(said) && (!facts.denominators().contains(n) || x > n)) {
        reasons.add("\"" + said + "\" is not one of the computed counts (N is one of " + facts.denominators() + ")");
        continue;
      }
      if (idShape == null) {
        continue;
      }
      int limit = k + 1 < found.size() ? found.get(k + 1)[0] : l.length();
      Matcher b = BRACKETS.matcher(l);
      b.region(f[1], limit);
      if (b.find()) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher id = idShape.matcher(b.group(1));
        while (id.find()) {
          ids.add(id.group());
        }
        if (!ids.isEmpty() && ids.size() != x) {
          reasons.add("\"" + said + "\" lists " + ids.size() + (ids.size() == 1 ? " id" : " ids") + ", not " + x);
        }
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /** Ids like the corpus's own (the letters and separator before the digits, e.g. OPP-123), or null. */
  private static Pattern idShape(Corpus corpus) {
    Set<String> prefixes = new LinkedHashSet<>();
    Pattern shape = Pattern.compile("^([A-Za-z]+[-_.]?)\\d+$");
    for (Deal d : corpus.deals()) {
      Matcher m = shape.matcher(d.oppId());
      if (m.matches()) {
        prefixes.add(Pattern.quote(m.group(1)));
      }
    }
    return prefixes.isEmpty() ? null : Pattern.compile("(?<![A-Za-z0-9])(?:" + String.join("|", prefixes) + ")\\d+(?![0-9])");
  }
}
