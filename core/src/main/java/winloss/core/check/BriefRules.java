package winloss.core.check;

import winloss.core.corpus.BriefReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Brief;
import winloss.core.model.Corpus;
import winloss.core.model.Interviewer;
import winloss.core.text.Suggestions;

/** Rules on the brief that need the codebook or the roster as a whole. */
final class BriefRules {
  private BriefRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    Brief brief = corpus.brief();
    if (brief.company().isEmpty()) {
      return; // the brief could not be read; the reader said why
    }
    if (!corpus.codebook().factors().isEmpty()) {
      for (String code : brief.rightToWin()) {
        if (!corpus.codebook().factors().containsKey(code)) {
          out.error(BriefReader.FILE, 1, "right_to_win code '" + code + "' is not a factor in schema.yaml"
              + Suggestions.didYouMean(code, corpus.codebook().factors().keySet()));
        }
      }
    }
    for (Interviewer i : brief.interviewers()) {
      if (i.needsReviewer() && (i.reviewer() == null || i.reviewer().isBlank())) {
        out.error(BriefReader.FILE, i.line(), "junior interviewer " + i.name()
            + " has no reviewer; add reviewer: <a senior on the roster>");
      } else if (i.reviewer() != null && brief.interviewer(i.reviewer()).isEmpty()) {
        out.error(BriefReader.FILE, i.line(), "reviewer " + i.reviewer() + " of " + i.name() + " is not on the roster");
      }
    }
  }
}
