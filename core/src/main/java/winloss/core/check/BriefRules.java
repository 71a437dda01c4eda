package winloss.core.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import winloss.core.corpus.BriefReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Brief;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
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
    topCompetitors(corpus, out);
    for (Interviewer i : brief.interviewers()) {
      if (i.needsReviewer() && (i.reviewer() == null || i.reviewer().isBlank())) {
        out.error(BriefReader.FILE, i.line(), "junior interviewer " + i.name()
            + " has no reviewer; add reviewer: <a senior on the roster>");
      } else if (i.reviewer() != null && brief.interviewer(i.reviewer()).isEmpty()) {
        out.error(BriefReader.FILE, i.line(), "reviewer " + i.reviewer() + " of " + i.name() + " is not on the roster");
      }
    }
  }

  /**
   * Each {@code top_competitors} entry should name a competitor of some deal in deals.csv (or a
   * write-up's {@code codes.winner}), in any case: an entry that matches none changes which
   * losses need an interview without anyone noticing. Typical cause: a flow list split at a
   * comma inside a name ({@code [Quarry Data, Inc.]} is two entries). Nothing is said while no
   * deal names a competitor at all.
   */
  private static void topCompetitors(Corpus corpus, Diagnostics out) {
    Map<String, String> known = new LinkedHashMap<>();
    for (Deal d : corpus.deals()) {
      if (d.hasCompetitor()) {
        known.putIfAbsent(d.competitor().trim().toLowerCase(Locale.ROOT), d.competitor().trim());
      }
    }
    if (known.isEmpty()) {
      return; // no deal names a competitor (or deals.csv could not be read): nothing to match
    }
    for (Interview iv : corpus.interviews()) {
      String winner = iv.codes().winner();
      if (winner != null && !winner.isBlank() && !winner.equalsIgnoreCase("none")) {
        known.putIfAbsent(winner.trim().toLowerCase(Locale.ROOT), winner.trim());
      }
    }
    List<String> top = corpus.brief().program().topCompetitors();
    for (int i = 0; i < top.size(); i++) {
      String name = top.get(i);
      if (known.containsKey(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String hint = null;
      for (String joined : new String[] {
          i + 1 < top.size() ? name + ", " + top.get(i + 1) : null, i > 0 ? top.get(i - 1) + ", " + name : null}) {
        if (joined != null && known.containsKey(joined.toLowerCase(Locale.ROOT))) {
          String real = known.get(joined.toLowerCase(Locale.ROOT));
          hint = "; deals name '" + real + "': a comma inside a name splits a [...] list, quote it: [\"" + real + "\"]";
        }
      }
      if (hint == null) {
        hint = Suggestions.didYouMean(name, known.values());
        hint = hint.isEmpty() ? "; check its spelling, or remove it" : hint;
      }
      out.warning(BriefReader.FILE, corpus.brief().line("program.top_competitors." + i),
          "top_competitors entry '" + name + "' matches no deal's competitor in deals.csv" + hint);
    }
  }
}
