package winloss.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import winloss.core.corpus.DealsReader;
import winloss.core.crm.SalesforceIds;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;

/**
 * One deal on two rows of deals.csv under the two forms of its Salesforce id: the 15-character id
 * a report exports and the 18-character id the API and Data Loader export (the 15 and a checksum,
 * {@link SalesforceIds#to18}, the normaliser {@code import crm} uses). Both rows would count in
 * every win rate and slice, so it is an error at the later row, naming both lines, the id an
 * interview write-up uses when one does, and what to do.
 */
final class DealIdRules {
  private DealIdRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    Map<String, List<Deal>> byId = new LinkedHashMap<>();
    for (Deal d : corpus.deals()) {
      SalesforceIds.to18(d.oppId()).ifPresent(k -> byId.computeIfAbsent(k, x -> new ArrayList<>()).add(d));
    }
    Set<String> cited = new TreeSet<>();
    for (Interview i : corpus.interviews()) {
      cited.add(i.opp());
    }
    for (List<Deal> rows : byId.values()) {
      if (rows.size() < 2) {
        continue;
      }
      Deal first = rows.get(0);
      for (Deal other : rows.subList(1, rows.size())) {
        String keep = cited.contains(other.oppId()) && !cited.contains(first.oppId()) ? other.oppId() : first.oppId();
        String drop = keep.equals(first.oppId()) ? other.oppId() : first.oppId();
        String why = cited.contains(keep) ? "the id its interview write-up uses" : "the first row";
        out.error(DealsReader.FILE, other.line(), "opp_id " + other.oppId() + " (line " + other.line() + ") and " + first.oppId()
            + " (line " + first.line() + ") are one Salesforce opportunity under its 15- and 18-character ids: every win rate"
            + " and slice would count the deal twice; keep the row " + keep + " (" + why + ") and delete the row " + drop
            + " (winloss import crm recognises both forms and updates the row kept)");
      }
    }
  }
}
