package winloss.core.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.coding.Sentences;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quote;

/**
 * Checks a model's reply before it is kept, line by line: every {@code <opp>:L<line>} citation
 * names a real interview with a tagged quote at that line, and the quoted words before it are
 * verbatim in that quote; every id shaped like the corpus's deal ids is a real one; every "X of N"
 * uses one of the computed denominators. Failing lines are marked, never dropped.
 */
public final class ReplyVerifier {
  private static final Pattern CITATION = Pattern.compile("([A-Za-z0-9._-]{1,64}):L(\\d+)");
  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{4,}?)[\"”]");
  private static final Pattern X_OF_N = Pattern.compile("\\b(\\d+) of (\\d+)\\b");
  public static final String MARK = "**[unverified: ";

  private ReplyVerifier() {}

  public record Failure(int line, String reason) {}

  public record Checked(String text, List<Failure> failures) {}

  public static Checked verify(Corpus corpus, String reply, PromptPack.Facts facts) {
    Pattern idShape = idShape(corpus);
    List<Failure> failures = new ArrayList<>();
    String[] lines = reply.replace("\r\n", "\n").split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      Set<String> reasons = new LinkedHashSet<>();
      Matcher c = CITATION.matcher(l);
      int lastEnd = 0;
      while (c.find()) {
        String opp = c.group(1);
        int at = Integer.parseInt(c.group(2));
        Interview iv = corpus.interview(opp).orElse(null);
        if (iv == null) {
          reasons.add(opp + " is not an interview in the corpus");
          continue;
        }
        Quote q = iv.quotes().stream().filter(x -> x.line() == at).findFirst().orElse(null);
        if (q == null) {
          reasons.add(opp + ":L" + at + " is not a tagged quote");
          continue;
        }
        String before = l.substring(lastEnd, c.start());
        Matcher quoted = QUOTED.matcher(before);
        String last = null;
        while (quoted.find()) {
          last = quoted.group(1);
        }
        if (last != null && !Sentences.squash(q.text()).contains(Sentences.squash(last).replaceAll("^\\.\\.\\.|\\.\\.\\.$", "").strip())) {
          reasons.add("the quote before " + opp + ":L" + at + " is not what it says");
        }
        lastEnd = c.end();
      }
      if (idShape != null) {
        Matcher id = idShape.matcher(l);
        while (id.find()) {
          if (corpus.deal(id.group()).isEmpty()) {
            reasons.add(id.group() + " is not a deal in deals.csv");
          }
        }
      }
      Matcher xn = X_OF_N.matcher(l);
      while (xn.find()) {
        long x = Long.parseLong(xn.group(1));
        long n = Long.parseLong(xn.group(2));
        if (!facts.denominators().contains(n) || x > n) {
          reasons.add("\"" + xn.group() + "\" is not one of the computed counts (N is one of " + facts.denominators() + ")");
        }
      }
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

  /** Ids like the corpus's own (the letters and separator before the digits, e.g. OPP-123), or null. */
  private static Pattern idShape(Corpus corpus) {
    Set<String> prefixes = new LinkedHashSet<>();
    for (Deal d : corpus.deals()) {
      Matcher m = Pattern.compile("^([A-Za-z]+[-_.]?)\\d+$").matcher(d.oppId());
      if (m.matches()) {
        prefixes.add(Pattern.quote(m.group(1)));
      }
    }
    return prefixes.isEmpty() ? null : Pattern.compile("(?<![A-Za-z0-9])(?:" + String.join("|", prefixes) + ")\\d+(?![0-9])");
  }
}
