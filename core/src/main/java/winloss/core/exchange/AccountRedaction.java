package winloss.core.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.model.Deal;

/**
 * The corpus format's v1.1 "Personal data in free text" rule for the team-coding outputs
 * ({@code agreement}, {@code export qdpx}): where an interview's {@code consent.attribute} is not
 * true, its account's name (case-insensitive, whole words, and the name without a legal suffix
 * such as Inc, Ltd, GmbH, LLC) is replaced by {@code [account]} in any free text shown.
 *
 * <p>Every use by agreement and the REFI-QDA export goes through this one class, so that it can
 * be replaced by the core's own redaction when that lands.
 */
public final class AccountRedaction {
  /** What stands in for a redacted account name. */
  public static final String PLACEHOLDER = "[account]";
  private static final Pattern LEGAL_SUFFIX = Pattern.compile(
      "(?i)[\\s,]+(inc\\.?|incorporated|ltd\\.?|limited|llc|l\\.l\\.c\\.|gmbh|corp\\.?|corporation|co\\.?|plc|ag|s\\.?a\\.?|b\\.?v\\.?|llp|pty\\.?(\\s+ltd\\.?)?|oy|ab|as|srl|sarl|s\\.a\\.s\\.?|kk|nv)$");

  private final List<Pattern> names;

  private AccountRedaction(List<Pattern> names) {
    this.names = names;
  }

  /** Text with the account's name hidden; {@code redacted} says whether anything changed. */
  public record Result(String text, boolean redacted) {}

  /** Nothing to hide: the buyer allowed the account to be named, or there is no account. */
  public static AccountRedaction none() {
    return new AccountRedaction(List.of());
  }

  /**
   * The redaction for one deal's free text.
   *
   * @param deal the deal (null when deals.csv has no row: nothing to hide)
   * @param attributed the interview's {@code consent.attribute}
   */
  public static AccountRedaction forDeal(Deal deal, boolean attributed) {
    if (attributed || deal == null || deal.account().isBlank()) {
      return none();
    }
    List<String> forms = new ArrayList<>();
    String full = deal.account().trim();
    forms.add(full);
    Matcher m = LEGAL_SUFFIX.matcher(full);
    if (m.find() && m.start() > 0) {
      forms.add(full.substring(0, m.start()).trim());
    }
    forms.sort(Comparator.comparingInt(String::length).reversed());
    List<Pattern> ps = new ArrayList<>();
    for (String f : forms) {
      if (f.length() >= 2) {
        ps.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return new AccountRedaction(List.copyOf(ps));
  }

  /** {@code text} with every form of the account's name replaced by {@link #PLACEHOLDER}. */
  public Result apply(String text) {
    if (text == null || names.isEmpty()) {
      return new Result(text, false);
    }
    String out = text;
    for (Pattern p : names) {
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(PLACEHOLDER));
    }
    return new Result(out, !out.equals(text));
  }

  /** Shorthand for {@code apply(text).text()}. */
  public String text(String text) {
    return apply(text).text();
  }
}
