package winloss.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator brief: program design from its front matter and its numbered sections.
 *
 * @param lines the brief's file line of settings that checks point at:
 *     {@code program.top_competitors.<i>} (the i-th entry, from 0) and {@code owners.<function>}
 */
public record Brief(
    String company,
    FiscalCalendar fiscal,
    Program program,
    List<String> rightToWin,
    List<Interviewer> interviewers,
    Map<String, String> owners,
    Voice voice,
    LazySections sectionSource,
    Map<String, Integer> lines,
    PlaySettings plays) {

  /** A brief without a {@code plays:} block: the default review criteria ({@link PlaySettings#defaults}). */
  public Brief(String company, FiscalCalendar fiscal, Program program, List<String> rightToWin,
      List<Interviewer> interviewers, Map<String, String> owners, Voice voice, LazySections sectionSource,
      Map<String, Integer> lines) {
    this(company, fiscal, program, rightToWin, interviewers, owners, voice, sectionSource, lines, PlaySettings.defaults());
  }

  public Brief {
    rightToWin = List.copyOf(rightToWin);
    interviewers = List.copyOf(interviewers);
    owners = Map.copyOf(owners);
    java.util.Objects.requireNonNull(sectionSource, "sectionSource");
    lines = Map.copyOf(lines);
    plays = java.util.Objects.requireNonNullElse(plays, PlaySettings.defaults());
  }

  public Brief(String company, FiscalCalendar fiscal, Program program, List<String> rightToWin,
      List<Interviewer> interviewers, Map<String, String> owners, Voice voice, LazySections sectionSource) {
    this(company, fiscal, program, rightToWin, interviewers, owners, voice, sectionSource, Map.of());
  }

  public Brief(String company, FiscalCalendar fiscal, Program program, List<String> rightToWin,
      List<Interviewer> interviewers, Map<String, String> owners, Voice voice, List<BriefSection> sections) {
    this(company, fiscal, program, rightToWin, interviewers, owners, voice, LazySections.of(sections), Map.of());
  }

  /** The brief line of a setting in {@link #lines}, or 1 (the top of the file) when unknown. */
  public int line(String key) {
    Integer l = lines.get(key);
    return l == null || l <= 0 ? 1 : l;
  }

  /** The body's numbered sections ({@code ## 2.} ... {@code ## 6.}), parsed on first use. */
  public List<BriefSection> sections() {
    return sectionSource.get();
  }

  public Optional<Interviewer> interviewer(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return interviewers.stream().filter(i -> i.name().equalsIgnoreCase(name.trim())).findFirst();
  }

  public Optional<BriefSection> section(int number) {
    return sections().stream().filter(s -> s.number() == number).findFirst();
  }
}
