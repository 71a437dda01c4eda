package winloss.core.check;

import winloss.core.diag.Diagnostics;
import winloss.core.evidence.Accounts;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quote;

/**
 * Consent findings (corpus-format.md, v1.1 "Personal data in free text"): a quote that names its
 * own account while the account may not be named, and {@code consent.attribute: true} on a
 * write-up that is not a completed interview (it names no one). The messages never repeat the
 * name. A quoted {@code "true"} is reported by the reader as an error.
 */
final class ConsentRules {
  private ConsentRules() {}

  static void check(Corpus corpus, Accounts accounts, Diagnostics out) {
    for (Interview iv : corpus.interviews()) {
      Deal d = corpus.deal(iv.opp()).orElse(null);
      if (d == null) {
        continue;
      }
      if (iv.consent().attribute() && !iv.isCompleted()) {
        out.warning(iv.file(), iv.lineOf("consent"), "consent.attribute: true counts only on a completed interview; until this one"
            + " is completed its account is not named anywhere");
      }
      if (accounts.named(d)) {
        continue;
      }
      for (Quote q : iv.quotes()) {
        if (Accounts.namesOwnAccount(d, q.text())) {
          out.warning(iv.file(), q.line(), "this quote names its own account, which has not consented (consent.attribute is not"
              + " true): every output shows the name as " + Accounts.STAND_IN + " and marks the quote redacted; record consent or"
              + " reword the quote");
        }
      }
    }
  }
}
