package winloss.core.ops;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;
import winloss.core.model.Program;
import winloss.core.program.InterviewPolicy;

/**
 * {@code winloss due}: every closed deal the program requires an interview for, where its
 * interview stands on a given day, and what needs doing (a nudge, an escalation, a missed
 * window). A pure function of the corpus and the as-of date.
 *
 * <p>A deal is unbooked while it has no write-up yet or its write-up says {@code requested}. An
 * unbooked deal needs a nudge from {@code nudge_after_days} after close and an escalation (instead)
 * from {@code escalate_after_days}. A deal is past its window when the interview window (30 days
 * for wins, 14 for losses and no-decisions) has ended and the interview is neither completed nor
 * closed as declined or no-response.
 */
public final class DueList {
  private DueList() {}

  /** The interview's state as {@code due} shows it. */
  public enum State {
    NONE("none", "no request yet"),
    REQUESTED("requested", "requested"),
    BOOKED("booked", "booked"),
    COMPLETED("completed", "completed"),
    DECLINED("declined", "declined"),
    NO_RESPONSE("no-response", "no-response");

    private final String code;
    private final String label;

    State(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    static State of(Optional<Interview> iv) {
      if (iv.isEmpty() || iv.get().status() == null) {
        return NONE;
      }
      InterviewStatus s = iv.get().status();
      return switch (s) {
        case REQUESTED -> REQUESTED;
        case BOOKED -> BOOKED;
        case COMPLETED -> COMPLETED;
        case DECLINED -> DECLINED;
        case NO_RESPONSE -> NO_RESPONSE;
      };
    }

    boolean unbooked() {
      return this == NONE || this == REQUESTED;
    }

    boolean open() {
      return unbooked() || this == BOOKED;
    }
  }

  /**
   * One required deal. {@code daysLeft} is negative once the window has ended; {@code oppName} is
   * the CRM's opportunity name (deals.csv's {@code opp_name}, a non-consenting account's name already
   * redacted by the corpus reader), empty when deals.csv has none.
   */
  public record Row(
      String opp,
      Outcome outcome,
      java.math.BigDecimal acv,
      LocalDate closeDate,
      long daysSinceClose,
      String reason,
      State state,
      String interviewer,
      LocalDate windowEnds,
      long daysLeft,
      boolean nudge,
      boolean escalate,
      boolean pastWindow,
      String oppName) {

    /** True while the deal still needs something: no interview yet, requested or booked (not completed, declined or no-response). */
    public boolean open() {
      return state.open();
    }

    /** "escalate", "nudge" or "". */
    public String followUp() {
      return escalate ? "escalate" : nudge ? "nudge" : "";
    }
  }

  /** Deals left out for one reason. */
  public record Excluded(String reason, List<String> opps) {}

  public record Report(LocalDate asOf, int deals, List<Row> rows, List<Excluded> excluded, Program program) {
    public Report {
      rows = List.copyOf(rows);
      excluded = List.copyOf(excluded);
    }

    /** The rows of deals that still need something ({@code due --open}). */
    public List<Row> openRows() {
      return rows.stream().filter(Row::open).toList();
    }

    public int notRequired() {
      return excluded.stream().mapToInt(e -> e.opps().size()).sum();
    }

    public List<String> nudges() {
      return rows.stream().filter(Row::nudge).map(Row::opp).toList();
    }

    public List<String> escalations() {
      return rows.stream().filter(Row::escalate).map(Row::opp).toList();
    }

    public List<String> pastWindow() {
      return rows.stream().filter(Row::pastWindow).map(Row::opp).toList();
    }
  }

  public static Report compute(Corpus corpus, LocalDate asOf) {
    OpsInputs.requireReadable(corpus);
    Program program = corpus.brief().program();
    InterviewPolicy policy = new InterviewPolicy(program);
    List<Row> rows = new ArrayList<>();
    Map<String, List<String>> excluded = new TreeMap<>();
    List<Deal> deals = corpus.dealsById().values().stream()
        .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::oppId))
        .toList();
    for (Deal d : deals) {
      if (d.closeDate().isAfter(asOf)) {
        excluded.computeIfAbsent("closed after " + asOf, k -> new ArrayList<>()).add(d.oppId());
        continue;
      }
      InterviewPolicy.Requirement req = policy.requirement(d);
      if (!req.required()) {
        excluded.computeIfAbsent(req.reason(), k -> new ArrayList<>()).add(d.oppId());
        continue;
      }
      rows.add(row(d, req.reason(), corpus.interview(d.oppId()), program, asOf));
    }
    List<Excluded> ex = excluded.entrySet().stream()
        .map(e -> new Excluded(e.getKey(), List.copyOf(e.getValue())))
        .sorted(Comparator.comparingInt((Excluded e) -> -e.opps().size()).thenComparing(Excluded::reason))
        .toList();
    return new Report(asOf, deals.size(), rows, ex, program);
  }

  static Row row(Deal d, String reason, Optional<Interview> iv, Program program, LocalDate asOf) {
    long days = ChronoUnit.DAYS.between(d.closeDate(), asOf);
    State state = State.of(iv);
    LocalDate windowEnds = d.closeDate().plusDays(program.windowDays(d.outcome()));
    long daysLeft = ChronoUnit.DAYS.between(asOf, windowEnds);
    boolean escalate = state.unbooked() && days >= program.escalateAfterDays();
    boolean nudge = state.unbooked() && !escalate && days >= program.nudgeAfterDays();
    boolean past = state.open() && asOf.isAfter(windowEnds);
    String interviewer = iv.map(Interview::interviewer).orElse("");
    return new Row(d.oppId(), d.outcome(), d.acv(), d.closeDate(), days, reason, state, interviewer, windowEnds, daysLeft,
        nudge, escalate, past, d.oppName());
  }
}
