package winloss.core.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.model.Question;

/** Small wording rules shared by the interview documents. */
public final class Wording {
  /** What the documents print for a field the CRM left empty. */
  public static final String NOT_RECORDED = "not recorded";

  private static final Pattern BEFORE = Pattern.compile("(\\p{L}+)\\s*$");

  private Wording() {}

  /**
   * The competitor a deal's questions name: the named competitor for wins, the winner for losses,
   * and nobody for no-decisions (no vendor won, so the questions stay neutral).
   */
  public static String competitor(Deal deal) {
    return deal.outcome() != Outcome.NO_DECISION && deal.hasCompetitor() ? deal.competitor().trim() : "";
  }

  /**
   * The question with {@code {competitor}} filled in, or, when there is none, a neutral wording
   * chosen by the word before it: "go with the option you chose", "from the other options you
   * considered", otherwise "another option".
   */
  public static String question(Question q, String competitor) {
    return fill(q.text(), competitor);
  }

  /** {@code text} with {@code {competitor}} filled in as {@link #question} does. */
  public static String fill(String text, String competitor) {
    if (text == null) {
      return "";
    }
    if (!competitor.isBlank()) {
      return text.replace(Question.COMPETITOR, competitor);
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at;
    while ((at = text.indexOf(Question.COMPETITOR, from)) >= 0) {
      String before = text.substring(from, at);
      out.append(before).append(neutral(text.substring(0, at)));
      from = at + Question.COMPETITOR.length();
    }
    return out.append(text.substring(from)).toString();
  }

  private static String neutral(String before) {
    Matcher m = BEFORE.matcher(before);
    String word = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    return switch (word) {
      case "with", "to", "for" -> "the option you chose";
      case "from", "than" -> "the other options you considered";
      default -> "another option";
    };
  }

  /** One line of text: runs of whitespace (CSV fields may hold newlines) become one space. */
  public static String inline(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  /** The value, or "not recorded" when empty. */
  public static String orNotRecorded(String s) {
    String v = inline(s);
    return v.isEmpty() ? NOT_RECORDED : v;
  }

  /** An amount with thousands separators, e.g. "82,000" or "1,250.50". */
  public static String amount(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 0) {
      return String.format(Locale.ROOT, "%,d", s.toBigInteger());
    }
    return String.format(Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** "win", "loss" or "no-decision": the outcome as a noun. */
  public static String outcomeNoun(Outcome o) {
    return switch (o) {
      case WON -> "win";
      case LOST -> "loss";
      case NO_DECISION -> "no-decision";
    };
  }

  /** A clock position in a call, "m:ss" from minutes. */
  public static String clock(int minutes) {
    return minutes + ":00";
  }
}
