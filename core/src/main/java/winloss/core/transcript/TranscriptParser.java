package winloss.core.transcript;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.text.TextFiles;

/**
 * Reads a transcript in any of the {@link TranscriptFormat}s, detected from its content (never
 * from the file name), into speaker turns. Readers are tolerant: a cue without timing, an
 * unterminated voice span or markup inside a cue keeps its words; nothing said is dropped.
 *
 * <ul>
 *   <li>WebVTT: header block ({@code WEBVTT}, {@code Kind:}, {@code Language:}, YouTube's
 *       {@code Style:}), {@code NOTE}/{@code STYLE}/{@code REGION} blocks and cue identifiers
 *       are skipped; timings may be Teams' short {@code 0:0:0.0} form; the speaker comes from a
 *       {@code <v Name>} span (with or without {@code .class}es, closed or not) or from Zoom's
 *       {@code Name: text}; other tags ({@code <i>}, {@code <c.x>}, {@code <00:01.000>}) are
 *       removed and entities unescaped.
 *   <li>SRT: numbered blocks with {@code 00:00:00,000 --> ...} timings; the same cue text rules.
 *   <li>Otter: {@code Name  M:SS} (two or more spaces) turn headers, {@code Unknown Speaker},
 *       the {@code Transcribed by https://otter.ai} footer dropped.
 *   <li>Plain: {@code Name: text} lines (optionally after a {@code [00:01:02]} timestamp); lines
 *       without a name continue the previous turn.
 *   <li>Google Meet text export: plain turns after a title and date header, with time-only lines
 *       between paragraphs and a "Transcription ended after ..." footer.
 *   <li>Fireflies JSON export: a list of sentences (or {@code {"sentences": [...]}}) with
 *       {@code speaker_name} and {@code text}.
 * </ul>
 *
 * <p>Speaker labels follow {@link SpeakerLabels}: {@code Priya Shah (she/her):}, {@code Maya Lind
 * | Corvid:}, a dial-in number; labels typed in lower case ({@code priya shah:}, {@code
 * interviewer:}) when the file shows they are speakers ({@link SpeakerLabels#lowerCaseSpeakers}).
 * Only the first text line of a cue can name a speaker; the cue's
 * other lines keep its voice, so "Bottom line: we chose them" inside a cue is speech. Lines that
 * are not speech (a time alone, a vendor's footer such as "This editable transcript was computer
 * generated ...") are dropped everywhere, so they never become part of an answer.
 */
public final class TranscriptParser {
  private static final Pattern OTTER_HEADER = Pattern.compile("^(\\S.*?) {2,}((?:\\d{1,2}:)?\\d{1,2}:\\d{2})\\s*$");
  private static final Pattern OTTER_FOOTER = Pattern.compile("^Transcribed by (?:https?://)?(?:otter\\.ai|Otter).*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SRT_TIMING = Pattern.compile("^\\s*\\d{1,2}:\\d{1,2}:\\d{1,2}[,.]\\d{1,3}\\s*-->.*");
  private static final Pattern DIGITS = Pattern.compile("^\\d+$");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s<>]*)?(?:\\s+([^<>]*))?>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>|<\\d[\\d:.]*>");

  private TranscriptParser() {}

  /** Parses {@code text}; {@code source} names the file in error messages. */
  public static Transcript parse(String text, String source) {
    String t = TextFiles.normalize(text);
    String[] lines = t.split("\n", -1);
    int first = firstNonBlank(lines);
    if (first < 0) {
      throw new WinlossException(source + " is empty; expected a transcript (" + tried() + ")");
    }
    String head = lines[first].strip();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    TranscriptFormat format;
    List<Turn> turns;
    Set<String> lowerCase = SpeakerLabels.lowerCaseSpeakers(lines, first);
    int firstTurn;
    if (head.equals("WEBVTT") || head.startsWith("WEBVTT ") || head.startsWith("WEBVTT\t")) {
      format = TranscriptFormat.WEBVTT;
      turns = cues(lines, skipHeader(lines, first), lowerCase);
    } else if (SRT_TIMING.matcher(head).matches()
        || (DIGITS.matcher(head).matches() && first + 1 < lines.length && SRT_TIMING.matcher(lines[first + 1]).matches())) {
      format = TranscriptFormat.SRT;
      turns = cues(lines, first, lowerCase);
    } else if (isJson(head)) {
      format = TranscriptFormat.FIREFLIES;
      turns = FirefliesJson.turns(t, source);
    } else if (OTTER_HEADER.matcher(lines[first]).matches()) {
      format = TranscriptFormat.OTTER;
      turns = otter(lines, first);
    } else if ((firstTurn = firstTurn(lines, first, lowerCase)) >= 0) {
      format = isMeet(lines, first, firstTurn) ? TranscriptFormat.MEET : TranscriptFormat.PLAIN;
      turns = plain(lines, firstTurn, lowerCase);
    } else {
      throw new WinlossException(source + ":" + (first + 1) + ": not a transcript format winloss reads; tried " + tried()
          + "; the first line is '" + abbreviate(head) + "'");
    }
    List<Turn> merged = merge(turns);
    if (merged.isEmpty()) {
      throw new WinlossException(source + ": a " + format.description() + " file with no spoken text in it");
    }
    return new Transcript(format, merged);
  }

  /**
   * True when the first line opens a JSON object or array: <code>{</code>, or {@code [} followed
   * by nothing, <code>{</code>, {@code [}, {@code ]} or a string (a {@code [00:00:03] Name: text}
   * line is a timed turn).
   */
  private static boolean isJson(String head) {
    if (head.startsWith("{")) {
      return true;
    }
    if (!head.startsWith("[")) {
      return false;
    }
    String rest = head.substring(1).strip();
    return rest.isEmpty() || "{[]\"".indexOf(rest.charAt(0)) >= 0;
  }

  /**
   * The line of the first {@code Name: text} turn, when only header lines (a title, a date, a
   * time) come before it within the first lines; -1 otherwise.
   */
  private static int firstTurn(String[] lines, int first, Set<String> lowerCase) {
    int seen = 0;
    for (int i = first; i < lines.length && seen < 8; i++) {
      String l = lines[i].strip();
      if (l.isEmpty()) {
        continue;
      }
      if (SpeakerLabels.split(l, lowerCase) != null) {
        return i;
      }
      if (!SpeakerLabels.headerLine(l)) {
        return -1;
      }
      seen++;
    }
    return -1;
  }

  /** Google Meet's export: a header before the first turn, or its footer. */
  private static boolean isMeet(String[] lines, int first, int firstTurn) {
    if (firstTurn > first) {
      return true;
    }
    for (int i = lines.length - 1, n = 0; i >= 0 && n < 6; i--) {
      String l = lines[i].strip();
      if (l.isEmpty()) {
        continue;
      }
      n++;
      if (l.startsWith("This editable transcript was computer generated") || l.startsWith("Transcription ended after")) {
        return true;
      }
    }
    return false;
  }

  static String tried() {
    List<String> names = new ArrayList<>();
    for (TranscriptFormat f : TranscriptFormat.values()) {
      names.add(f.description());
    }
    return String.join(", ", names);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static int firstNonBlank(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The index after the WEBVTT header block (which ends at the first blank line). */
  private static int skipHeader(String[] lines, int first) {
    int i = first + 1;
    while (i < lines.length && !lines[i].isBlank() && !lines[i].contains("-->")) {
      i++;
    }
    return i;
  }

  /** WebVTT and SRT cues from {@code start}: blocks separated by blank lines. */
  private static List<Turn> cues(String[] lines, int start, Set<String> lowerCase) {
    List<Turn> turns = new ArrayList<>();
    Set<String> known = new HashSet<>(lowerCase);
    boolean blockStart = true;
    boolean skipping = false;
    boolean firstTextLine = true;
    String cueSpeaker = "";
    for (int i = start; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank()) {
        blockStart = true;
        skipping = false;
        continue;
      }
      if (skipping) {
        continue;
      }
      String s = l.strip();
      if (blockStart && (s.equals("NOTE") || s.startsWith("NOTE ") || s.startsWith("NOTE\t") || s.equals("STYLE") || s.equals("REGION"))) {
        skipping = true;
        blockStart = false;
        continue;
      }
      if (s.contains("-->")) {
        cueSpeaker = "";
        firstTextLine = true;
        blockStart = false;
        continue;
      }
      if (blockStart && i + 1 < lines.length && lines[i + 1].contains("-->")) {
        blockStart = false; // a cue identifier (an SRT number, a Teams GUID)
        continue;
      }
      blockStart = false;
      cueSpeaker = cueLine(s, cueSpeaker, firstTextLine, i + 1, turns, known);
      firstTextLine = false;
    }
    return turns;
  }

  /**
   * Adds the turns of one cue text line; returns the speaker the next line of the cue continues.
   * Only the cue's first text line may start with a {@code Name:} label.
   */
  private static String cueLine(String s, String speaker, boolean firstLine, int lineNo, List<Turn> turns, Set<String> known) {
    Matcher v = VOICE.matcher(s);
    int pos = 0;
    String current = speaker;
    boolean anyVoice = false;
    StringBuilder pending = new StringBuilder();
    while (v.find()) {
      anyVoice = true;
      pending.append(s, pos, v.start());
      add(turns, current, pending.toString(), lineNo);
      pending.setLength(0);
      current = v.group(1) == null ? "" : clean(v.group(1));
      pos = v.end();
    }
    String rest = s.substring(pos);
    if (!anyVoice) {
      if (rest.startsWith("<v")) {
        rest = rest.substring(2); // an unterminated voice tag: keep the words
      } else if (SpeakerLabels.nonSpeech(clean(rest))) {
        return current;
      } else if (firstLine) {
        SpeakerLabels.Split named = SpeakerLabels.split(clean(rest), known);
        if (named != null) {
          current = named.speaker();
          known.add(current.toLowerCase(Locale.ROOT));
          add(turns, current, named.text(), lineNo);
          return current;
        }
      }
    }
    pending.append(rest);
    add(turns, current, pending.toString(), lineNo);
    return current;
  }

  private static void add(List<Turn> turns, String speaker, String raw, int lineNo) {
    String text = clean(raw);
    if (!text.isEmpty()) {
      turns.add(new Turn(speaker, text, lineNo));
    }
  }

  /** Removes cue markup, unescapes entities and collapses whitespace. */
  static String clean(String raw) {
    String s = TAG.matcher(raw).replaceAll("");
    s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&lrm;", "").replace("&rlm;", "")
        .replace("&amp;", "&");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static List<Turn> otter(String[] lines, int start) {
    List<Turn> turns = new ArrayList<>();
    String speaker = "";
    int turnLine = start + 1;
    StringBuilder text = new StringBuilder();
    for (int i = start; i < lines.length; i++) {
      String l = lines[i];
      if (OTTER_FOOTER.matcher(l.strip()).matches()) {
        break;
      }
      Matcher h = OTTER_HEADER.matcher(l);
      if (h.matches()) {
        add(turns, speaker, text.toString(), turnLine);
        text.setLength(0);
        speaker = h.group(1).strip();
        turnLine = i + 1;
        continue;
      }
      if (SpeakerLabels.nonSpeech(l)) {
        continue;
      }
      text.append(l).append(' ');
    }
    add(turns, speaker, text.toString(), turnLine);
    return turns;
  }

  private static List<Turn> plain(String[] lines, int start, Set<String> lowerCase) {
    List<Turn> turns = new ArrayList<>();
    Set<String> known = new HashSet<>(lowerCase);
    String speaker = "";
    int turnLine = start + 1;
    StringBuilder text = new StringBuilder();
    for (int i = start; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || SpeakerLabels.nonSpeech(l)) {
        continue;
      }
      SpeakerLabels.Split m = SpeakerLabels.split(l, known);
      if (m != null) {
        add(turns, speaker, text.toString(), turnLine);
        text.setLength(0);
        speaker = m.speaker();
        known.add(speaker.toLowerCase(Locale.ROOT));
        turnLine = i + 1;
        text.append(m.text()).append(' ');
        continue;
      }
      text.append(l).append(' ');
    }
    add(turns, speaker, text.toString(), turnLine);
    return turns;
  }

  /** Joins consecutive turns by the same speaker. */
  private static List<Turn> merge(List<Turn> turns) {
    List<Turn> out = new ArrayList<>();
    for (Turn t : turns) {
      if (!out.isEmpty()) {
        Turn last = out.get(out.size() - 1);
        if (last.speaker().toLowerCase(Locale.ROOT).equals(t.speaker().toLowerCase(Locale.ROOT))) {
          out.set(out.size() - 1, new Turn(last.speaker(), last.text() + " " + t.text(), last.line()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }
}
