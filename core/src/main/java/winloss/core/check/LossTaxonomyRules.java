package winloss.core.check;

import winloss.core.corpus.DealsReader;
import winloss.core.corpus.InterviewReader;
import winloss.core.model.Deal;
import winloss.core.model.Quarter;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;

/** "Other" should stay under 10% of coded losses (buyer and CRM), or the taxonomy is not doing its job. */
final class LossTaxonomyRules {
  static final double MAX_OTHER_SHARE = 0.10;

  private LossTaxonomyRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    long coded = 0;
    long other = 0;
    for (Interview iv : corpus.interviews()) {
      if (iv.isCompleted() && iv.outcome() == Outcome.LOST && !iv.codes().lossReason().isEmpty()) {
        coded++;
        if (iv.codes().lossReason().equals("other")) {
          other++;
        }
      }
    }
    if (coded > 0 && other > MAX_OTHER_SHARE * coded) {
      out.warning(InterviewReader.DIR, 0, other + " of " + coded + " coded losses use loss_reason 'other' (over 10%);"
          + " recode them or add the missing reason to schema.yaml");
    }
    crmReasons(corpus, out);
  }

  /**
   * Spec v1.1 "CRM loss reasons and the codebook": a lost deal whose {@code crm_loss_reason} maps
   * to no loss reason is a warning at its deals.csv line; blank or {@code other} CRM reasons over
   * 10% of a quarter's lost deals is a warning per quarter.
   */
  static void crmReasons(Corpus corpus, Diagnostics out) {
    java.util.Map<Quarter, int[]> perQuarter = new java.util.TreeMap<>();
    for (Deal d : corpus.deals()) {
      if (d.outcome() != Outcome.LOST) {
        continue;
      }
      int[] n = perQuarter.computeIfAbsent(corpus.fiscal().quarterOf(d.closeDate()), k -> new int[2]);
      n[0]++;
      java.util.Optional<String> code = corpus.codebook().crmLossReason(d.crmLossReason());
      if (d.crmLossReason().isBlank() || code.filter("other"::equals).isPresent()) {
        n[1]++;
      } else if (code.isEmpty()) {
        out.warning(DealsReader.FILE, d.line(), d.oppId() + ": crm_loss_reason '" + d.crmLossReason().trim()
            + "' maps to no loss reason; add it under crm_loss_reasons in schema.yaml (e.g. '" + d.crmLossReason().trim()
            + ": fit') or fix the value in the CRM");
      }
    }
    perQuarter.forEach((q, n) -> {
      if (n[1] > MAX_OTHER_SHARE * n[0]) {
        out.warning(DealsReader.FILE, 0, q + ": " + n[1] + " of " + n[0] + " lost deals have a blank or 'Other' crm_loss_reason"
            + " (over 10%); fix them in the CRM (winloss hygiene lists them)");
      }
    });
  }
}
