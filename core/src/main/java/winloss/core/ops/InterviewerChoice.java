package winloss.core.ops;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import winloss.core.diag.WinlossException;
import winloss.core.model.Brief;
import winloss.core.model.Deal;
import winloss.core.model.Interviewer;
import winloss.core.text.Suggestions;

/**
 * Who interviews a deal's buyer. Never someone with a stake in the answer: the deal's AE or CSM,
 * or anyone whose role on the roster is {@code ae} or {@code csm}. Without a name, losses and
 * no-decisions go to the roster's external interviewer when it has one (buyers who said no are
 * more candid with a third party), everything else to the PMM lead.
 */
public final class InterviewerChoice {
  /** The rule, stated the same way in every refusal. */
  public static final String RULE = "the deal's AE or CSM, and anyone with role ae or csm, never runs a win/loss interview:"
      + " they have a stake in what the buyer says";

  private static final List<String> DEFAULT_ORDER = List.of("pmm-lead", "head-of-marketing", "external", "junior-pmm");

  private InterviewerChoice() {}

  /** The interviewer for {@code deal}: {@code requested} when given (and allowed), else the routed one. */
  public static Interviewer choose(Brief brief, Deal deal, String requested) {
    Interviewer chosen = requested == null || requested.isBlank() ? route(brief, deal) : validate(brief, deal, requested.trim());
    if (chosen.needsReviewer() && (chosen.reviewer() == null || chosen.reviewer().isBlank())) {
      throw new WinlossException(chosen.name() + " is " + chosen.role() + " and needs a reviewer: add reviewer: NAME to "
          + chosen.name() + " in the interviewers roster of operator-brief.md (line " + chosen.line() + ")");
    }
    return chosen;
  }

  static Interviewer validate(Brief brief, Deal deal, String name) {
    if (deal.hasStake(name)) {
      String what = name.equalsIgnoreCase(deal.ae().trim()) ? "the AE" : "the CSM";
      throw new WinlossException(name + " is " + what + " of " + deal.oppId() + " and may not interview its buyer: " + RULE
          + "; pick someone else" + others(brief, deal));
    }
    Optional<Interviewer> found = brief.interviewer(name);
    if (found.isEmpty()) {
      List<String> names = brief.interviewers().stream().map(Interviewer::name).toList();
      throw new WinlossException("'" + name + "' is not on the interviewer roster in operator-brief.md"
          + Suggestions.didYouMean(name, names) + "; only people on the roster interview" + others(brief, deal));
    }
    Interviewer i = found.get();
    if (i.roleRefused()) {
      throw new WinlossException(i.name() + " has role " + i.role() + " on the roster and may not interview: " + RULE
          + "; pick someone else" + others(brief, deal));
    }
    return i;
  }

  static Interviewer route(Brief brief, Deal deal) {
    List<Interviewer> allowed = allowed(brief, deal);
    if (deal.outcome().usesLossQuestions()) {
      Optional<Interviewer> external = allowed.stream().filter(i -> i.role().equals("external")).findFirst();
      if (external.isPresent()) {
        return external.get();
      }
    }
    for (String role : DEFAULT_ORDER) {
      Optional<Interviewer> i = allowed.stream().filter(x -> x.role().equals(role)).findFirst();
      if (i.isPresent()) {
        return i.get();
      }
    }
    if (!allowed.isEmpty()) {
      return allowed.get(0);
    }
    throw new WinlossException("no one on the interviewer roster in operator-brief.md may interview for " + deal.oppId()
        + " (" + RULE + "); add a pmm-lead or an external interviewer to interviewers:, or pass --interviewer NAME");
  }

  private static List<Interviewer> allowed(Brief brief, Deal deal) {
    return brief.interviewers().stream().filter(i -> !i.roleRefused() && !deal.hasStake(i.name())).toList();
  }

  private static String others(Brief brief, Deal deal) {
    List<Interviewer> allowed = allowed(brief, deal);
    return allowed.isEmpty() ? "" : " (allowed for " + deal.oppId() + ": "
        + allowed.stream().map(Interviewer::name).collect(Collectors.joining(", ")) + ")";
  }
}
