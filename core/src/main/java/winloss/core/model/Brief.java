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

  /**
   * The brief with {@code f} applied to its free text: the numbered sections' titles and text
   * (lazily, still parsed on first use) and the voice's dos and don'ts. The company, the program
   * settings, code ids, people's names and the forbidden words (a list checked against outputs)
   * are left as written. For consent redaction ({@code evidence.Accounts#redact(Corpus)}).
   */
  public Brief withFreeText(java.util.function.UnaryOperator<String> f) {
    LazySections source = sectionSource;
    LazySections shown = new LazySections(() -> source.get().stream()
        .map(s -> new BriefSection(s.number(), f.apply(s.title()), f.apply(s.text()), s.line())).toList());
    Voice v = voice == null ? null : new Voice(voice.dos().stream().map(f).toList(), voice.donts().stream().map(f).toList(), voice.forbidden());
    return new Brief(company, fiscal, program, rightToWin, interviewers, owners, v, shown, lines, plays);
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
