package winloss.core.corpus;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.Diagnostics;
import winloss.core.diag.WinlossException;
import winloss.core.model.Brief;
import winloss.core.model.BriefSection;
import winloss.core.model.FiscalCalendar;
import winloss.core.model.Interviewer;
import winloss.core.model.LazySections;
import winloss.core.model.PlaySettings;
import winloss.core.model.Program;
import winloss.core.model.Voice;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;

/** Reads operator-brief.md: the program design (front matter) and the numbered sections. */
public final class BriefReader {
  public static final Path FILE = Path.of(CorpusLocator.BRIEF);
  static final List<String> ROLES =
      List.of("pmm-lead", "head-of-marketing", "external", "junior-pmm", "ae", "csm");
  private static final List<String> ROSTER_KEYS = List.of("name", "role", "reviewer");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.\\s*(.*)");

  private BriefReader() {}

  /** The brief, or empty when it cannot be read at all (the reason is in {@code out}). */
  public static Optional<Brief> read(Path root, Diagnostics out) {
    Optional<MarkdownDocument> doc = MarkdownDocument.load(root, FILE, out);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    YamlFields f = new YamlFields(FILE, out);
    YNode fm = doc.get().front();
    String company = f.required(fm, "company", "");
    Integer start = f.integer(fm, "fiscal_year_start_month", "", 1);
    if (start != null && start > 12) {
      f.error(fm.keyLine("fiscal_year_start_month"), "fiscal_year_start_month is a month, 1 to 12");
      start = null;
    }
    String namedBy = f.string(fm, "fiscal_year_named_by", "");
    if (namedBy != null && !namedBy.equals("end") && !namedBy.equals("start")) {
      f.error(fm.keyLine("fiscal_year_named_by"), "fiscal_year_named_by is 'end' or 'start', not '" + namedBy + "'");
      namedBy = null;
    }
    FiscalCalendar fiscal = new FiscalCalendar(start == null ? 1 : start, !"start".equals(namedBy));
    Map<String, Integer> lines = new HashMap<>();
    Program program = readProgram(f, f.mapping(fm, "program", ""), lines);
    List<String> rtw = f.strings(fm, "right_to_win", "", null, "");
    List<Interviewer> roster = readRoster(f, fm);
    Map<String, String> owners = readOwners(f, f.mapping(fm, "owners", ""), lines);
    YNode voiceNode = f.mapping(fm, "voice", "");
    Voice voice =
        voiceNode == null
            ? Voice.empty()
            : new Voice(
                f.strings(voiceNode, "dos", "voice.", null, ""),
                f.strings(voiceNode, "donts", "voice.", null, ""),
                f.strings(voiceNode, "forbidden", "voice.", null, ""));
    String body = doc.get().body();
    int bodyLine = doc.get().bodyFirstLine();
    LazySections sections = new LazySections(() -> sections(body, bodyLine));
    return Optional.of(
        new Brief(company == null ? "" : company, fiscal, program, rtw, roster, owners, voice, sections, lines,
            readPlays(f, f.mapping(fm, "plays", ""))));
  }

  private static Program readProgram(YamlFields f, YNode p, Map<String, Integer> lines) {
    Program d = Program.defaults();
    if (p == null) {
      f.warning(1, "no program: block in the front matter; using the defaults (ACV threshold 50000, 14/30-day windows)");
      return d;
    }
    String w = "program.";
    BigDecimal threshold = f.decimal(p, "acv_threshold", w);
    String currency = f.string(p, "currency", w);
    List<String> top = f.strings(p, "top_competitors", w, lines, "program.top_competitors");
    Integer seed = f.integer(p, "sample_seed", w, Integer.MIN_VALUE);
    Integer minTheme = f.integer(p, "min_theme_interviews", w, 2);
    String zoneText = f.string(p, "time_zone", w);
    String zone = null;
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText.strip()).getId();
      } catch (java.time.DateTimeException e) {
        f.error(p.keyLine("time_zone"), "program.time_zone '" + zoneText + "' is not a time zone; write an IANA name such as"
            + " Europe/London or America/New_York, or UTC");
      }
    }
    return new Program(
        threshold == null ? d.acvThreshold() : threshold,
        currency == null ? d.currency() : currency,
        top,
        orDefault(f.integer(p, "win_interview_within_days", w, 1), d.winInterviewWithinDays()),
        orDefault(f.integer(p, "loss_interview_within_days", w, 1), d.lossInterviewWithinDays()),
        orDefault(f.integer(p, "nudge_after_days", w, 1), d.nudgeAfterDays()),
        orDefault(f.integer(p, "escalate_after_days", w, 1), d.escalateAfterDays()),
        orDefault(f.fraction(p, "no_decision_sample_rate", w), d.noDecisionSampleRate()),
        orDefault(f.fraction(p, "win_sample_rate", w), d.winSampleRate()),
        seed == null ? d.sampleSeed() : seed,
        minTheme == null ? d.minThemeInterviews() : minTheme,
        orDefault(f.integer(p, "synthesis_due_days", w, 1), d.synthesisDueDays()),
        f.integer(p, "transcript_retention_days", w, 1),
        f.date(p, "start_date", w),
        zone,
        orDefault(f.integer(p, "fix_within_days", w, 0), d.fixWithinDays()));
  }

  private static PlaySettings readPlays(YamlFields f, YNode p) {
    PlaySettings d = PlaySettings.defaults();
    if (p == null) {
      return d;
    }
    String w = "plays.";
    return new PlaySettings(
        orDefault(f.integer(p, "promote_min_deals", w, 1), d.promoteMinDeals()),
        orDefault(f.fraction(p, "confidence", w), d.confidence()),
        orDefault(f.fraction(p, "promote_margin", w), d.promoteMargin()),
        orDefault(f.integer(p, "retire_min_deals", w, 1), d.retireMinDeals()),
        orDefault(f.fraction(p, "min_win_rate", w), d.minWinRate()),
        orDefault(f.integer(p, "trend_days", w, 1), d.trendDays()));
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static List<Interviewer> readRoster(YamlFields f, YNode fm) {
    List<Interviewer> roster = new ArrayList<>();
    YNode list = fm.get("interviewers");
    if (list == null || list.isNull()) {
      f.error(fm.keyLine("interviewers"), "no interviewers: roster; list who may run interviews (name and role)");
      return roster;
    }
    if (!list.isSeq()) {
      f.error(list.line(), "interviewers should be a list of {name, role} entries");
      return roster;
    }
    for (YNode item : list.items()) {
      if (!item.isMap()) {
        f.error(item.line(), "an interviewer is a mapping such as {name: Priya Shah, role: pmm-lead}");
        continue;
      }
      String previous = null;
      for (String key : item.entries().keySet()) {
        if (!ROSTER_KEYS.contains(key) && item.get(key).isNull()) {
          f.warning(item.keyLine(key), "interviewer entry has '" + key + "' with no value" + splitHint(item, previous, key));
        }
        previous = key;
      }
      String name = f.required(item, "name", "interviewer ");
      String role = f.required(item, "role", "interviewer ");
      if (role != null && !ROLES.contains(role)) {
        f.warning(item.keyLine("role"), "unknown interviewer role '" + role + "'; known roles: " + String.join(", ", ROLES));
      }
      if (name != null) {
        roster.add(new Interviewer(name, role, f.string(item, "reviewer", "interviewer "), item.line()));
      }
    }
    return roster;
  }

  private static Map<String, String> readOwners(YamlFields f, YNode owners, Map<String, Integer> lines) {
    Map<String, String> result = new LinkedHashMap<>();
    if (owners == null) {
      return result;
    }
    String previous = null;
    for (String function : owners.entries().keySet()) {
      String person = f.string(owners, function, "owners.");
      lines.put("owners." + function, owners.keyLine(function));
      if (person != null) {
        result.put(function, person);
      } else if (owners.get(function).isNull()) {
        f.warning(owners.keyLine(function), "owners: '" + function + "' names no person" + splitHint(owners, previous, function));
      }
      previous = function;
    }
    return result;
  }

  /**
   * The hint for a key without a value right after {@code previous} in a flow mapping: the
   * typical cause is a name with a comma ({@code {Product: Marco Bell, Jr.}} reads as Product:
   * Marco Bell and a key "Jr.").
   */
  private static String splitHint(YNode map, String previous, String key) {
    YNode before = previous == null ? null : map.get(previous);
    if (before != null && before.isScalar() && !before.isNull()) {
      return "; if this is the end of '" + before.text() + ", " + key + "', a comma inside a name splits a {...} mapping: "
          + "quote the name (\"" + before.text() + ", " + key + "\") or write one key: value per line";
    }
    return "; give it a value or remove it";
  }

  /**
   * The body's numbered {@code ##} sections, with their text up to the next such heading.
   *
   * @throws WinlossException when the body is beyond what {@link MarkdownParser} reads
   */
  static List<BriefSection> sections(String body, int firstLine) {
    Document doc;
    try {
      doc = MarkdownParser.parse(body, firstLine);
    } catch (InputProblem p) {
      throw new WinlossException(FILE + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.getMessage(), p);
    }
    List<Heading> headings = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 2) {
        headings.add(h);
      }
    }
    List<BriefSection> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      Matcher m = NUMBERED.matcher(h.getText().toString().trim());
      if (!m.matches()) {
        continue;
      }
      int from = h.getEndOffset();
      int to = i + 1 < headings.size() ? headings.get(i + 1).getStartOffset() : body.length();
      sections.add(
          new BriefSection(
              Integer.parseInt(m.group(1)),
              m.group(2).trim(),
              body.substring(Math.min(from, to), to).trim(),
              h.getLineNumber() + firstLine));
    }
    return sections;
  }
}
