package winloss.core.health;

import winloss.core.evidence.ThemeEvidence;
import winloss.core.evidence.Themes;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.output.PlannedFile;
import winloss.core.output.Templates;
import winloss.core.program.InterviewPolicy;

/**
 * {@code winloss digest --week YYYY-Www}: the week's interviews requested, booked, completed and
 * pending; the nudges and escalations falling due that week (required deals still unbooked
 * {@code nudge_after_days} / {@code escalate_after_days} after close); and the codes in the week's
 * completed interviews. Weeks are ISO weeks, Monday to Sunday. Deals are named by opp id only.
 */
public final class Digest {
  public static final String TEMPLATE = "digest.md.mustache";
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private Digest() {}

  /** The ISO week's Monday, or a usage error naming the expected form. */
  public static LocalDate monday(String week) {
    Matcher m = WEEK.matcher(week == null ? "" : week.trim());
    if (!m.matches()) {
      throw new WinlossException("--week " + week + " is not an ISO week; write it as YYYY-Www, e.g. 2026-W16");
    }
    int year = Integer.parseInt(m.group(1));
    int w = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    int weeks = (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
    if (w < 1 || w > weeks) {
      throw new WinlossException("--week " + week + ": " + year + " has weeks 01 to " + weeks);
    }
    return jan4.with(WeekFields.ISO.weekOfWeekBasedYear(), w).with(DayOfWeek.MONDAY);
  }

  public static Path file(String week) {
    return Path.of("win-loss", "digests", week.trim() + ".md");
  }

  /** The view model the template renders. */
  public static Map<String, Object> model(Corpus c, String week) {
    LocalDate from = monday(week);
    LocalDate to = from.plusDays(6);
    List<Interview> ivs = c.interviews().stream().sorted(Comparator.comparing(Interview::opp)).toList();
    Map<String, Deal> deals = c.dealsById();
    List<Interview> requested = ivs.stream().filter(i -> in(i.requested(), from, to)).toList();
    List<Interview> booked = ivs.stream().filter(i -> in(i.booked(), from, to)).toList();
    List<Interview> completed = ivs.stream().filter(i -> i.isCompleted() && in(i.interviewed(), from, to)).toList();
    List<Interview> pending = ivs.stream()
        .filter(i -> i.requested() != null && !i.requested().isAfter(to))
        .filter(i -> i.status() != InterviewStatus.DECLINED && i.status() != InterviewStatus.NO_RESPONSE)
        .filter(i -> !(i.isCompleted() && i.interviewed() != null && !i.interviewed().isAfter(to)))
        .toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("week", week.trim());
    m.put("from", from.toString());
    m.put("to", to.toString());
    m.put("requested", group(requested));
    m.put("booked", group(booked));
    m.put("completed", group(completed));
    m.put("pending", group(pending));
    InterviewPolicy policy = new InterviewPolicy(c.brief().program());
    int nudge = c.brief().program().nudgeAfterDays();
    int escalate = c.brief().program().escalateAfterDays();
    List<Map<String, Object>> nudges = new ArrayList<>();
    List<Map<String, Object>> escalations = new ArrayList<>();
    for (Deal d : c.deals().stream().sorted(Comparator.comparing(Deal::oppId)).toList()) {
      if (!policy.required(d)) {
        continue;
      }
      Optional<Interview> iv = c.interview(d.oppId());
      LocalDate nudgeDay = d.closeDate().plusDays(nudge);
      LocalDate escalateDay = d.closeDate().plusDays(escalate);
      if (in(nudgeDay, from, to) && unbooked(iv, nudgeDay)) {
        nudges.add(due(d, iv, nudgeDay, nudge));
      }
      if (in(escalateDay, from, to) && unbooked(iv, escalateDay)) {
        escalations.add(due(d, iv, escalateDay, escalate));
      }
    }
    m.put("nudges", nudges);
    m.put("escalations", escalations);
    m.put("nudge_after_days", nudge);
    m.put("escalate_after_days", escalate);
    List<Map<String, Object>> codes = new ArrayList<>();
    Themes weekThemes = Themes.of(c, completed, Map.of());
    for (ThemeEvidence t : weekThemes.ranked()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("code", t.code());
      x.put("label", t.label());
      x.put("count", t.count());
      x.put("of", completed.size());
      x.put("interviews", String.join(", ", t.interviews()));
      x.put("stance", t.stance().word());
      x.put("for", String.join(", ", t.forIds()));
      x.put("against", String.join(", ", t.againstIds()));
      x.put("sides", sides(t));
      x.put("signal", weekThemes.rule().mark(t.count()));
      codes.add(x);
    }
    m.put("codes", codes);
    m.put("min_theme_interviews", c.brief().program().minThemeInterviews());
    return m;
  }

  /** "for: OPP-1; against: OPP-2, OPP-3": both sides of a code, with ids. */
  static String sides(ThemeEvidence t) {
    String f = t.forIds().isEmpty() ? "none" : String.join(", ", t.forIds());
    String a = t.againstIds().isEmpty() ? "none" : String.join(", ", t.againstIds());
    return "for us: " + f + "; against us: " + a;
  }

  private static boolean unbooked(Optional<Interview> iv, LocalDate day) {
    if (iv.isEmpty()) {
      return true;
    }
    Interview i = iv.get();
    if (i.status() == InterviewStatus.DECLINED || i.status() == InterviewStatus.NO_RESPONSE) {
      return false;
    }
    boolean bookedBy = i.booked() != null && !i.booked().isAfter(day);
    boolean doneBy = i.interviewed() != null && !i.interviewed().isAfter(day);
    return !bookedBy && !doneBy;
  }

  private static Map<String, Object> due(Deal d, Optional<Interview> iv, LocalDate day, int days) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("opp", d.oppId());
    String name = d.oppName();
    x.put("has_opp_name", !name.isEmpty());
    x.put("opp_name", name);
    x.put("outcome", d.outcome().code());
    x.put("close_date", d.closeDate().toString());
    x.put("ae", d.ae());
    x.put("due", day.toString());
    x.put("days", days);
    x.put("state", iv.isEmpty() ? "no request yet" : "requested " + iv.get().requested() + ", not booked");
    return x;
  }

  private static Map<String, Object> group(List<Interview> list) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("count", list.size());
    g.put("ids", String.join(", ", list.stream().map(Interview::opp).toList()));
    g.put("any", !list.isEmpty());
    return g;
  }

  private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }

  /** The digest in three lines, for {@code --notify}: the week's funnel, the nudges and escalations due, the codes heard. */
  @SuppressWarnings("unchecked")
  public static String summary(Corpus c, String week) {
    Map<String, Object> m = model(c, week);
    StringBuilder sb = new StringBuilder();
    for (String k : List.of("requested", "booked", "completed", "pending")) {
      sb.append(sb.length() == 0 ? "" : ", ").append(((Map<String, Object>) m.get(k)).get("count")).append(' ').append(k);
    }
    sb.append(" (").append(m.get("from")).append(" to ").append(m.get("to")).append(")\n");
    sb.append("nudges due: ").append(opps((List<Map<String, Object>>) m.get("nudges")))
        .append("; escalations due: ").append(opps((List<Map<String, Object>>) m.get("escalations"))).append('\n');
    List<Map<String, Object>> codes = (List<Map<String, Object>>) m.get("codes");
    sb.append("codes in the week's completed interviews: ").append(codes.isEmpty() ? "none"
        : String.join(", ", codes.stream().map(x -> x.get("label") + " " + x.get("count") + " of " + x.get("of")).toList()));
    return sb.toString();
  }

  private static String opps(List<Map<String, Object>> rows) {
    return rows.isEmpty() ? "none" : String.join(", ", rows.stream().map(x -> String.valueOf(x.get("opp"))).toList());
  }

  public static PlannedFile plan(Corpus c, String week) {
    String text = Templates.forCorpus(c.root()).render(TEMPLATE, model(c, week));
    return PlannedFile.generated(file(week), "digest --week " + week.trim(), text);
  }
}
