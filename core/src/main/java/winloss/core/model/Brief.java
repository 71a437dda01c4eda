package winloss.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operator brief: program design from its front matter and its numbered sections. */
public record Brief(
    String company,
    FiscalCalendar fiscal,
    Program program,
    List<String> rightToWin,
    List<Interviewer> interviewers,
    Map<String, String> owners,
    Voice voice,
    LazySections sectionSource,
    PlaySettings plays) {

  /** A brief without a {@code plays:} block: the default review criteria. */
  public Brief(String company, FiscalCalendar fiscal, Program program, List<String> rightToWin,
      List<Interviewer> interviewers, Map<String, String> owners, Voice voice, LazySections sectionSource) {
    this(company, fiscal, program, rightToWin, interviewers, owners, voice, sectionSource, PlaySettings.defaults());
  }

  public Brief {
    rightToWin = List.copyOf(rightToWin);
    interviewers = List.copyOf(interviewers);
    owners = Map.copyOf(owners);
    java.util.Objects.requireNonNull(sectionSource, "sectionSource");
    plays = java.util.Objects.requireNonNullElse(plays, PlaySettings.defaults());
  }

  public Brief(String company, FiscalCalendar fiscal, Program program, List<String> rightToWin,
      List<Interviewer> interviewers, Map<String, String> owners, Voice voice, List<BriefSection> sections) {
    this(company, fiscal, program, rightToWin, interviewers, owners, voice, LazySections.of(sections));
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
