package winloss.core.crm;

import java.util.Locale;
import java.util.Set;

/**
 * Export columns a layout knows and deliberately leaves out of deals.csv (system fields,
 * forecasting, audit dates), so the import report lists only the columns a user may have meant
 * to keep. Names are compared ignoring case.
 */
final class KnownColumns {
  private static final Set<String> SALESFORCE = lower(Set.of(
      "IsDeleted", "Description", "Probability", "Probability (%)", "ExpectedRevenue", "Expected Revenue",
      "TotalOpportunityQuantity", "NextStep", "Next Step", "LeadSource", "Lead Source", "Type", "ForecastCategory",
      "ForecastCategoryName", "Forecast Category", "CampaignId", "HasOpportunityLineItem", "Pricebook2Id", "CreatedDate",
      "Created Date", "CreatedById", "LastModifiedDate", "Last Modified Date", "LastModifiedById", "SystemModstamp",
      "LastActivityDate", "Last Activity", "FiscalQuarter", "FiscalYear", "Fiscal", "Fiscal Period", "LastViewedDate",
      "LastReferencedDate", "HasOpenActivity", "HasOverdueTask", "IsPrivate", "RecordTypeId", "ContractId", "SyncedQuoteId",
      "Territory2Id", "IsExcludedFromTerritory2Filter", "LastStageChangeDate", "LastAmountChangedHistoryId",
      "LastCloseDateChangedHistoryId", "PushCount", "Age", "Stage Duration", "Created By", "Last Modified By"));
  private static final Set<String> HUBSPOT = lower(Set.of(
      "Pipeline", "Create Date", "Last Activity Date", "Last Modified Date", "Deal probability", "Forecast category",
      "Forecast amount", "Next step", "Deal Type", "Days to close", "Number of Associated Contacts", "Associated Contact",
      "Associated Contact IDs", "Associated Company IDs", "Associated Company ID", "Weighted amount",
      "Amount in company currency", "Deal Description", "Priority", "Is Closed Won", "Is closed", "Date entered",
      "Last Contacted", "Next Activity Date", "Owner Assigned Date"));

  private KnownColumns() {}

  static boolean ignored(CrmSource source, String column) {
    String c = column.strip().toLowerCase(Locale.ROOT);
    return switch (source) {
      case SALESFORCE -> SALESFORCE.contains(c);
      case HUBSPOT -> HUBSPOT.contains(c);
      case GENERIC -> false;
    };
  }

  private static Set<String> lower(Set<String> s) {
    return Set.copyOf(s.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
  }
}
