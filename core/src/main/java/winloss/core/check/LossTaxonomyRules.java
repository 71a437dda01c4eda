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
  }

}
