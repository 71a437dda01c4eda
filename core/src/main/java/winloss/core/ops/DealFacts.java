package winloss.core.ops;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.corpus.DealsReader;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interviewer;
import winloss.core.model.Outcome;
import winloss.core.model.Program;
import winloss.core.model.Question;

/**
 * The view-model pieces every interview document shares: the deal's context (never its account
 * name), the interviewer, the window, the voice rules and the questions with their timing.
 */
final class DealFacts {
  private DealFacts() {}

  static String dealsFile() {
    return DealsReader.FILE.toString().replace('\\', '/');
  }

  static String where(Deal deal, String column) {
    return dealsFile() + " line " + deal.line() + " (" + column + ")";
  }

  /**
   * Days from the reference date a request or script proposes for the call when the deal's
   * interview window has already closed: a week, so the buyer can still fit the call in.
   */
  static final int LATE_BOOKING_DAYS = 7;

  /**
   * Keys common to request, script and write-up templates.
   *
   * @param asOf the reference date (the command's {@code --as-of}, else today): when the deal's
   *     interview window (close + {@code win_interview_within_days} or
   *     {@code loss_interview_within_days}) ended before it, {@code windowClosed} is true and
   *     {@code bookBy} is {@link #LATE_BOOKING_DAYS} after {@code asOf} instead of the window's end
   */
  static Map<String, Object> base(Corpus corpus, Deal deal, Interviewer interviewer, DocumentGuard guard, LocalDate asOf) {
    Program program = corpus.brief().program();
    Outcome outcome = deal.outcome();
    int window = program.windowDays(outcome);
    String competitor = Wording.competitor(deal);
    Map<String, Object> m = new LinkedHashMap<>();
    String company = guard.value("operator-brief.md (company)", corpus.brief().company());
    m.put("company", company.isEmpty() ? "our company" : company);
    m.put("opp", deal.oppId());
    String oppName = guard.value(where(deal, "opp_name"), deal.oppName());
    m.put("hasOppName", !oppName.isEmpty());
    m.put("oppName", oppName);
    m.put("outcome", outcome.code());
    m.put("outcomeNoun", Wording.outcomeNoun(outcome));
    m.put("isWin", outcome == Outcome.WON);
    m.put("isLoss", outcome == Outcome.LOST);
    m.put("isNoDecision", outcome == Outcome.NO_DECISION);
    m.put("isListening", outcome.usesLossQuestions());
    m.put("minutes", Minutes.total(outcome == Outcome.WON));
    m.put("closeDate", deal.closeDate().toString());
    m.put("windowDays", window);
    LocalDate deadline = deal.closeDate().plusDays(window);
    boolean closed = asOf.isAfter(deadline);
    long since = closed ? ChronoUnit.DAYS.between(deadline, asOf) : 0;
    m.put("deadline", deadline.toString());
    m.put("asOf", asOf.toString());
    m.put("windowOpen", !closed);
    m.put("windowClosed", closed);
    m.put("daysSinceWindowClosed", since);
    m.put("oneDaySinceWindowClosed", since == 1);
    m.put("lateBookingDays", LATE_BOOKING_DAYS);
    m.put("bookBy", (closed ? asOf.plusDays(LATE_BOOKING_DAYS) : deadline).toString());
    m.put("segment", Wording.orNotRecorded(guard.value(where(deal, "segment"), deal.segment())));
    m.put("industry", Wording.orNotRecorded(guard.value(where(deal, "industry"), deal.industry())));
    m.put("acv", (program.currency().isBlank() ? "" : program.currency() + " ") + Wording.amount(deal.acv()));
    m.put("cycle", deal.cycleDays() == null ? Wording.NOT_RECORDED : deal.cycleDays() + " days");
    m.put("hasCompetitor", !competitor.isEmpty());
    m.put("competitor", competitor.isEmpty() ? "none named" : guard.value(where(deal, "competitor"), competitor));
    m.put("dealCompetitor", Wording.orNotRecorded(guard.value(where(deal, "competitor"), deal.competitor())));
    m.put("aeReason", Wording.orNotRecorded(guard.value(where(deal, "ae_reason"), deal.aeReason())));
    m.put("championTitle", Wording.orNotRecorded(guard.value(where(deal, "champion_title"), deal.championTitle())));
    String crm = guard.value(where(deal, "crm_loss_reason"), deal.crmLossReason());
    var known = corpus.codebook().lossReasons().get(crm);
    m.put("crmLossReason", crm.isEmpty() ? Wording.NOT_RECORDED
        : known == null || known.label().equals(crm) ? crm : crm + " (" + known.label() + ")");
    m.put("interviewer", guard.value("operator-brief.md (interviewers)", interviewer.name()));
    m.put("interviewerRole", interviewer.role().isEmpty() ? "no role given" : interviewer.role());
    m.put("interviewerFit", interviewer.fit());
    m.put("isExternal", interviewer.role().equals("external"));
    boolean hasReviewer = interviewer.needsReviewer() && interviewer.reviewer() != null && !interviewer.reviewer().isBlank();
    m.put("hasReviewer", hasReviewer);
    m.put("reviewer", hasReviewer ? guard.value("operator-brief.md (interviewers, reviewer)", interviewer.reviewer()) : "");
    List<String> dos = corpus.brief().voice().dos().stream().map(s -> guard.value("operator-brief.md (voice: dos:)", s)).toList();
    List<String> donts = corpus.brief().voice().donts().stream().map(s -> guard.value("operator-brief.md (voice: donts:)", s)).toList();
    m.put("hasVoice", !dos.isEmpty() || !donts.isEmpty());
    m.put("hasDos", !dos.isEmpty());
    m.put("dos", dos);
    m.put("hasDonts", !donts.isEmpty());
    m.put("donts", donts);
    m.put("frameworkVersion", corpus.framework().version().isBlank() ? "unversioned" : corpus.framework().version());
    return m;
  }

  /** The questions for the deal's outcome with their wording, probe, signal and minutes. */
  static List<Map<String, Object>> questions(Corpus corpus, Deal deal, DocumentGuard guard) {
    List<Question> qs = OpsInputs.questions(corpus, deal);
    boolean win = deal.outcome() == Outcome.WON;
    List<Integer> minutes = Minutes.split(Minutes.total(win), qs.size(), win ? Minutes.WIN_WEIGHTS : Minutes.LOSS_WEIGHTS);
    String competitor = Wording.competitor(deal);
    String file = "win-loss/eight-questions.md line ";
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    int clock = 0;
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", q.number());
      m.put("text", guard.value(file + q.line(), Wording.question(q, competitor)));
      m.put("probe", Wording.orNotRecorded(guard.value(file + q.line() + " (Probe:)", Wording.fill(q.probe(), competitor))));
      m.put("signal", Wording.orNotRecorded(guard.value(file + q.line() + " (Signal:)", Wording.fill(q.signal(), competitor))));
      m.put("minutes", minutes.get(i));
      m.put("from", Wording.clock(clock));
      clock += minutes.get(i);
      m.put("to", Wording.clock(clock));
      out.add(m);
    }
    return out;
  }

  static Path relative(String folder, Deal deal) {
    return Path.of("win-loss", folder, deal.oppId() + ".md");
  }
}
