package winloss.core.fixes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;
import winloss.core.output.Phrases;

/**
 * One fix per loss, and repeat losses (spec v1.1 "Fixes per loss and repeat losses").
 *
 * <p>A loss <em>has a fix</em> when an action in actions.yaml that is not dropped lists it under
 * {@code opps}. A loss is <em>overdue</em> for a fix when it has none and closed more than
 * {@code program.fix_within_days} days before the as-of date.
 *
 * <p>A <em>repeat loss</em> of a fix is a lost deal that closed after the fix's {@code done_on} and
 * matches it: the same competitor when the fix names one (compared case-insensitively), and the
 * fix's {@code theme} among the loss interview's {@code decisive} codes, or, when the deal has no
 * completed interview, the fix's theme equal to the deal's {@code crm_loss_reason} mapped through
 * the codebook ({@link winloss.core.model.Codebook#crmLossReason}). Only a fix that shipped
 * (status done with a {@code done_on} date) can have repeat losses.
 */
public final class Fixes {
  private Fixes() {}

  /** Where a loss's reason comes from: the buyer's interview, the CRM, or nowhere. */
  public enum Source {
    BUYER("buyer"),
    CRM("crm"),
    NONE("none");

    private final String code;

    Source(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * The reason a deal was lost, as the toolkit reads it.
   *
   * @param code the loss_reasons code, or empty when the value maps to nothing
   * @param text what to show: the code's label, or the CRM's own words when unmapped
   */
  public record Reason(String code, String text, Source source) {}

  /**
   * One lost deal of the period.
   *
   * @param fixes the actions (not dropped) listing it under {@code opps}
   * @param repeatOf the shipped fixes it repeats
   * @param overdue no fix and closed more than {@code fix_within_days} days before as-of
   */
  public record Loss(Deal deal, Reason reason, List<Action> fixes, List<Action> repeatOf, long daysSinceClose, boolean overdue) {
    public Loss {
      fixes = List.copyOf(fixes);
      repeatOf = List.copyOf(repeatOf);
    }
  }

  /** One fix (an action with {@code opps}, a {@code kind} or a {@code competitor}), its losses and its repeat losses. */
  public record Fix(Action action, List<String> answers, List<Deal> repeats) {
    public Fix {
      answers = List.copyOf(answers);
      repeats = List.copyOf(repeats);
    }

    /**
     * "2 repeat losses since the fix shipped on 2026-05-08 (OPP-1229, OPP-1153)" (the phrase
     * {@code repeatLosses} of {@link Phrases#FIXES}), or empty when none.
     */
    public String repeatLine(Phrases phrases) {
      if (repeats.isEmpty()) {
        return "";
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("count", repeats.size());
      v.put("one", repeats.size() == 1);
      v.put("shipped", String.valueOf(action.doneOn()));
      v.put("opps", String.join(", ", repeats.stream().map(Deal::oppId).toList()));
      return phrases.say("repeatLosses", v);
    }
  }

  /**
   * {@code winloss fixes}: the period's losses (those without a fix first) and every fix.
   *
   * @param quarter the period, or null for every loss closed by {@code asOf}
   */
  public record Report(Quarter quarter, LocalDate asOf, int fixWithinDays, List<Loss> losses, List<Fix> fixes) {
    public Report {
      losses = List.copyOf(losses);
      fixes = List.copyOf(fixes);
    }

    public List<Loss> withoutFix() {
      return losses.stream().filter(l -> l.fixes().isEmpty()).toList();
    }

    public List<Loss> overdue() {
      return losses.stream().filter(Loss::overdue).toList();
    }

    /** The repeat losses of the period, in close-date order. */
    public List<Loss> repeats() {
      return losses.stream().filter(l -> !l.repeatOf().isEmpty()).toList();
    }
  }

  public static Report compute(Corpus c, Quarter quarter, LocalDate asOf) {
    int within = c.brief().program().fixWithinDays();
    List<Action> fixes = c.actions().stream().filter(Fixes::isFix).sorted(Comparator.comparing(Action::id)).toList();
    List<Loss> losses = new ArrayList<>();
    for (Deal d : lostDeals(c)) {
      if (d.closeDate().isAfter(asOf) || (quarter != null && !c.fiscal().quarterOf(d.closeDate()).equals(quarter))) {
        continue;
      }
      List<Action> answering = c.actions().stream()
          .filter(a -> a.status() != Action.Status.DROPPED && a.opps().contains(d.oppId()))
          .sorted(Comparator.comparing(Action::id)).toList();
      List<Action> repeatOf = fixes.stream().filter(a -> isRepeat(c, a, d)).toList();
      long days = ChronoUnit.DAYS.between(d.closeDate(), asOf);
      losses.add(new Loss(d, reason(c, d), answering, repeatOf, days, answering.isEmpty() && days > within));
    }
    losses.sort(Comparator.comparing((Loss l) -> !l.fixes().isEmpty()).thenComparing(l -> l.deal().closeDate())
        .thenComparing(l -> l.deal().oppId()));
    List<Fix> rows = new ArrayList<>();
    for (Action a : fixes) {
      List<Deal> repeats = repeatLosses(c, a).stream()
          .filter(d -> !d.closeDate().isAfter(asOf))
          .filter(d -> quarter == null || c.fiscal().quarterOf(d.closeDate()).equals(quarter))
          .toList();
      rows.add(new Fix(a, a.opps(), repeats));
    }
    return new Report(quarter, asOf, within, losses, rows);
  }

  /**
   * One line per fix shipped by {@code until} with repeat losses closed by then: "A-2026Q1-1
   * (battlecard, price, Quarry; Dana Lee): 2 repeat losses since the fix shipped on 2026-05-08
   * (OPP-1229, OPP-1153)". With {@code competitor}, only that competitor's repeat losses count.
   * For the readout's actions section and the competitor teardown.
   */
  public static List<String> repeatLines(Corpus c, LocalDate until, String competitor) {
    List<String> out = new ArrayList<>();
    Phrases phrases = Phrases.of(c.root(), Phrases.FIXES);
    for (Action a : c.actions().stream().filter(Fixes::isFix).sorted(Comparator.comparing(Action::id)).toList()) {
      if (!a.shipped() || a.doneOn().isAfter(until)) {
        continue;
      }
      List<Deal> repeats = repeatLosses(c, a).stream().filter(d -> !d.closeDate().isAfter(until))
          .filter(d -> competitor == null || norm(competitor).equals(norm(d.competitor()))).toList();
      if (repeats.isEmpty()) {
        continue;
      }
      String owner = winloss.core.health.ProgramMetrics.owner(c, a);
      List<String> what = new ArrayList<>();
      if (!a.kind().isEmpty()) {
        what.add(a.kind());
      }
      what.add(a.theme());
      if (!a.competitor().isBlank()) {
        what.add(a.competitor().trim());
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", a.id());
      v.put("what", String.join(", ", what));
      v.put("hasOwner", !owner.isBlank());
      v.put("owner", owner);
      v.put("repeats", new Fix(a, a.opps(), repeats).repeatLine(phrases));
      out.add(phrases.say("repeatLine", v));
    }
    return out;
  }

  /** An action that is a fix: it names losses, a kind or a competitor. */
  public static boolean isFix(Action a) {
    return !a.opps().isEmpty() || !a.kind().isEmpty() || !a.competitor().isEmpty();
  }

  /** Every repeat loss of {@code fix} in the corpus, in close-date order (empty unless the fix shipped). */
  public static List<Deal> repeatLosses(Corpus c, Action fix) {
    if (!fix.shipped()) {
      return List.of();
    }
    return lostDeals(c).stream().filter(d -> isRepeat(c, fix, d)).toList();
  }

  /** The spec's rule: closed after the fix's done_on, same competitor when it names one, and the fix's theme decided it. */
  public static boolean isRepeat(Corpus c, Action fix, Deal d) {
    if (!fix.shipped() || d.outcome() != Outcome.LOST || !d.closeDate().isAfter(fix.doneOn()) || fix.theme().isEmpty()) {
      return false;
    }
    if (!fix.competitor().isBlank() && !norm(fix.competitor()).equals(norm(d.competitor()))) {
      return false;
    }
    Optional<Interview> iv = c.interview(d.oppId()).filter(Interview::isCompleted);
    if (iv.isPresent()) {
      return iv.get().codes().decisive().contains(fix.theme());
    }
    return c.codebook().crmLossReason(d.crmLossReason()).filter(fix.theme()::equals).isPresent();
  }

  /** The buyer's loss_reason from a completed interview, else the CRM's reason through the codebook's mapping. */
  public static Reason reason(Corpus c, Deal d) {
    Optional<Interview> iv = c.interview(d.oppId()).filter(Interview::isCompleted);
    if (iv.isPresent() && !iv.get().codes().lossReason().isEmpty()) {
      String code = iv.get().codes().lossReason();
      return new Reason(code, c.codebook().label(code), Source.BUYER);
    }
    if (d.crmLossReason().isBlank()) {
      return new Reason("", "", Source.NONE);
    }
    Optional<String> code = c.codebook().crmLossReason(d.crmLossReason());
    return code.map(k -> new Reason(k, c.codebook().label(k), Source.CRM))
        .orElseGet(() -> new Reason("", d.crmLossReason().trim(), Source.CRM));
  }

  private static List<Deal> lostDeals(Corpus c) {
    return c.dealsById().values().stream().filter(d -> d.outcome() == Outcome.LOST)
        .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::oppId)).toList();
  }

  private static String norm(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
