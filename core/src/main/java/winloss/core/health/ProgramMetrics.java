package winloss.core.health;

import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;
import winloss.core.program.InterviewPolicy;

/** The program's measurable parts for one quarter: compliance, the funnel, actions. */
public final class ProgramMetrics {
  private ProgramMetrics() {}

  /** "X of N", with the ids behind X and behind N minus X. */
  public record Ratio(List<String> hits, List<String> misses) {
    public Ratio {
      hits = List.copyOf(hits);
      misses = List.copyOf(misses);
    }

    public int count() {
      return hits.size();
    }

    public int of() {
      return hits.size() + misses.size();
    }

    public double rate() {
      return of() == 0 ? 0 : (double) count() / of();
    }

    public String describe() {
      return of() == 0 ? "0 of 0" : count() + " of " + of() + " (" + Math.round(rate() * 100) + "%)";
    }
  }

  /** Deals of quarter {@code q} that closed on or before {@code asOf}, in deals.csv order. */
  public static List<Deal> dealsOf(Corpus c, Quarter q, LocalDate asOf) {
    return c.deals().stream()
        .filter(d -> c.fiscal().quarterOf(d.closeDate()).equals(q))
        .filter(d -> asOf == null || !d.closeDate().isAfter(asOf))
        .toList();
  }

  /**
   * Interview-trigger compliance: of the quarter's deals that require an interview and are due
   * (their window has ended by {@code asOf}, or they already have a request), those with a
   * request dated within the window after close (win or loss window by outcome).
   */
  public static Ratio compliance(Corpus c, Quarter q, LocalDate asOf) {
    InterviewPolicy policy = new InterviewPolicy(c.brief().program());
    List<String> hits = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Deal d : sorted(dealsOf(c, q, asOf))) {
      if (!policy.required(d)) {
        continue;
      }
      LocalDate deadline = d.closeDate().plusDays(c.brief().program().windowDays(d.outcome()));
      Optional<LocalDate> requested = c.interview(d.oppId()).map(Interview::requested);
      if (requested.isEmpty() && asOf != null && !deadline.isBefore(asOf)) {
        continue; // still inside its window: not due yet
      }
      if (requested.isPresent() && !requested.get().isAfter(deadline)) {
        hits.add(d.oppId());
      } else {
        misses.add(d.oppId());
      }
    }
    return new Ratio(hits, misses);
  }

  private static List<Deal> sorted(List<Deal> deals) {
    return deals.stream().sorted(java.util.Comparator.comparing(Deal::oppId)).toList();
  }

  /** Interview outcome funnel for one group of interviews. */
  public record Funnel(int requested, int booked, int completed, int declined, int noResponse, List<String> completedIds, List<String> requestedIds) {
    public Ratio completion() {
      List<String> misses = requestedIds.stream().filter(id -> !completedIds.contains(id)).toList();
      return new Ratio(completedIds, misses);
    }
  }

  /** The funnel over the quarter's interview files: all of them, then per deal outcome. */
  public static Map<String, Funnel> funnel(Corpus c, Quarter q) {
    List<Interview> all = Themes.inQuarter(c, q).stream().sorted(java.util.Comparator.comparing(Interview::opp)).toList();
    Map<String, Funnel> out = new LinkedHashMap<>();
    out.put("all", funnel(all));
    Map<String, Deal> deals = c.dealsById();
    for (Outcome o : Outcome.values()) {
      out.put(o.code(), funnel(all.stream().filter(i -> deals.get(i.opp()).outcome() == o).toList()));
    }
    return out;
  }

  static Funnel funnel(List<Interview> list) {
    int booked = 0;
    int completed = 0;
    int declined = 0;
    int noResponse = 0;
    List<String> done = new ArrayList<>();
    List<String> requested = new ArrayList<>();
    for (Interview i : list) {
      InterviewStatus s = i.status();
      requested.add(i.opp());
      if (s == InterviewStatus.BOOKED || s == InterviewStatus.COMPLETED) {
        booked++;
      }
      if (s == InterviewStatus.COMPLETED) {
        completed++;
        done.add(i.opp());
      }
      if (s == InterviewStatus.DECLINED) {
        declined++;
      }
      if (s == InterviewStatus.NO_RESPONSE) {
        noResponse++;
      }
    }
    return new Funnel(list.size(), booked, completed, declined, noResponse, done, requested);
  }

  /** The named owner of an action: its own, or its function's owner in the brief; empty if none. */
  public static String owner(Corpus c, Action a) {
    if (!a.owner().isBlank()) {
      return a.owner();
    }
    return Objects.requireNonNullElse(c.brief().owners().get(a.function()), "");
  }

  /** Actions that cover a theme in quarter {@code q}: same theme code, and quarter {@code q} or none given. */
  public static List<Action> actionsFor(Corpus c, String theme, Quarter q) {
    return c.actions().stream()
        .filter(a -> a.theme().equals(theme))
        .filter(a -> a.quarter().isBlank() || a.quarter().equals(q.toString()))
        .toList();
  }

  /** Theme-to-action conversion: the quarter's themes with an action that has a named owner and a due date. */
  public static Ratio conversion(Corpus c, Quarter q, List<ThemeEvidence> themes) {
    List<String> hits = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (ThemeEvidence t : themes) {
      boolean owned = actionsFor(c, t.code(), q).stream()
          .anyMatch(a -> a.status() != Action.Status.DROPPED && !owner(c, a).isBlank() && a.due() != null);
      (owned ? hits : misses).add(t.code());
    }
    return new Ratio(hits, misses);
  }

  /**
   * Action close-out: of the quarter's actions (its {@code quarter:}), not dropped, those done by
   * the end of the next quarter (a done action without {@code done_on} counts as done in time).
   */
  public static Ratio closeOut(Corpus c, Quarter q) {
    LocalDate by = c.fiscal().end(q.next());
    List<String> hits = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    c.actions().stream()
        .filter(a -> a.quarter().equals(q.toString()) && a.status() != Action.Status.DROPPED)
        .sorted(java.util.Comparator.comparing(Action::id))
        .forEach(a -> {
          boolean done = a.status() == Action.Status.DONE && (a.doneOn() == null || !a.doneOn().isAfter(by));
          (done ? hits : misses).add(a.id());
        });
    return new Ratio(hits, misses);
  }
}
