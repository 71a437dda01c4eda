package winloss.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One closed opportunity from deals.csv. Optional text columns are empty strings, never null.
 *
 * @param line the CSV line the row starts on, for diagnostics
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
    int line) {

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
