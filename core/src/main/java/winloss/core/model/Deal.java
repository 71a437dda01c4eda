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
 *     tell deals apart; free text, so a non-consenting account's name in it is redacted with the
 *     rest ({@link #withFreeText})
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
   * This deal with {@code f} applied to its free-text columns (ae_reason, champion_title,
   * crm_loss_reason, segment, industry, opp_name): the consent redaction. A new text column belongs here.
   */
  public Deal withFreeText(java.util.function.UnaryOperator<String> f) {
    return new Deal(oppId, account, outcome, closeDate, acv, f.apply(segment), f.apply(industry), competitor, ae, csm,
        cycleDays, f.apply(aeReason), f.apply(crmLossReason), f.apply(championTitle), plays, line, f.apply(oppName));
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
