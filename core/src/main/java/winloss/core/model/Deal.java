package winloss.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One closed opportunity from deals.csv. Optional text columns are empty strings, never null.
 *
 * @param line the CSV line the row starts on, for diagnostics
 * @param oppName the opportunity's own name from the CRM (deals.csv's optional {@code opp_name}
 *     column, written by {@code import crm}), or empty: shown beside the opp id where a PMM must
 *     tell deals apart, never with a non-consenting account's name in it ({@link #oppNameShown})
 */
public record Deal(
    String oppId,
    String account,
    Outcome outcome,
    LocalDate closeDate,
    BigDecimal acv,
    String segment,
    String industry,
    String competitor,
    String ae,
    String csm,
    Integer cycleDays,
    String aeReason,
    String crmLossReason,
    String championTitle,
    List<String> plays,
    int line,
    String oppName) {

  /** A deal without an opportunity name. */
  public Deal(String oppId, String account, Outcome outcome, LocalDate closeDate, BigDecimal acv, String segment,
      String industry, String competitor, String ae, String csm, Integer cycleDays, String aeReason, String crmLossReason,
      String championTitle, List<String> plays, int line) {
    this(oppId, account, outcome, closeDate, acv, segment, industry, competitor, ae, csm, cycleDays, aeReason, crmLossReason,
        championTitle, plays, line, "");
  }

  public Deal {
    Objects.requireNonNull(oppId, "oppId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(acv, "acv");
    account = Objects.requireNonNullElse(account, "");
    segment = Objects.requireNonNullElse(segment, "");
    industry = Objects.requireNonNullElse(industry, "");
    competitor = Objects.requireNonNullElse(competitor, "");
    ae = Objects.requireNonNullElse(ae, "");
    csm = Objects.requireNonNullElse(csm, "");
    aeReason = Objects.requireNonNullElse(aeReason, "");
    crmLossReason = Objects.requireNonNullElse(crmLossReason, "");
    championTitle = Objects.requireNonNullElse(championTitle, "");
    plays = List.copyOf(plays);
    oppName = Objects.requireNonNullElse(oppName, "").strip();
  }

  /**
   * The opportunity's name as an output may show it: as it is when {@code mayName} (the account
   * consented to be named), else with the account's name, and that name without a legal suffix
   * (Inc, Ltd, GmbH...), replaced by {@code standIn}, whole words, ignoring case
   * (corpus-format.md v1.1, "Personal data in free text").
   */
  public String oppNameShown(boolean mayName, String standIn) {
    if (mayName || oppName.isEmpty() || account.isBlank()) {
      return oppName;
    }
    String out = oppName;
    String full = account.strip();
    String shortName = full.replaceAll("(?i)[,\\s]+(inc|incorporated|corp|corporation|co|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas"
        + "|srl|spa|bv|nv|ab|oy|pty|pte|kk)\\.?$", "").strip();
    for (String name : java.util.List.of(full, shortName)) {
      if (!name.isEmpty()) {
        out = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name)
            + "(?![\\p{L}\\p{N}])").matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(standIn));
      }
    }
    return out;
  }

  /**
   * This deal with {@code f} applied to its free-text columns (ae_reason, champion_title,
   * crm_loss_reason, segment, industry): the consent redaction. A new text column belongs here.
   */
  public Deal withFreeText(java.util.function.UnaryOperator<String> f) {
    return new Deal(oppId, account, outcome, closeDate, acv, f.apply(segment), f.apply(industry), competitor, ae, csm,
        cycleDays, f.apply(aeReason), f.apply(crmLossReason), f.apply(championTitle), plays, line);
  }

  public boolean hasCompetitor() {
    return !competitor.isBlank() && !competitor.equalsIgnoreCase("none");
  }

  /** True when {@code person} owned or serves the deal, and so may not interview its buyer. */
  public boolean hasStake(String person) {
    return person != null
        && (person.trim().equalsIgnoreCase(ae.trim()) || (!csm.isBlank() && person.trim().equalsIgnoreCase(csm.trim())));
  }
}
