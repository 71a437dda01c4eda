package winloss.core.transcript;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels at the start of a turn ({@code Name: text}) and lines that are not speech.
 *
 * <p>A label is the text before the first {@code ": "} of the line (or a line ending with
 * {@code :}), after an optional leading time ({@code [00:01:02]}) and without a trailing one
 * ({@code Name (00:01:02):}). It is a label when it is at most {@value #MAX_LENGTH} characters and
 * {@value #MAX_WORDS} words, has no sentence punctuation ({@code ? ! ; "} or a word ending a
 * sentence with a period) and each word is shaped like part of a name: it starts with a capital
 * letter, a digit, {@code +}, or a symbol (an emoji, {@code |}, {@code -}), or it is a name particle
 * ({@code de}, {@code van}, ...), a pronoun set ({@code she/her}) or inside parentheses. So
 * {@code Priya Shah (she/her)}, {@code Maya Lind | Corvid}, {@code 14155550123},
 * {@code +1 415 555 0123}, {@code Dr. Maya Lind} and {@code Omar 🚀 Haddad} are labels, and
 * {@code Bottom line}, {@code So basically} or {@code Note} are not. A name already seen as a
 * speaker is a label whatever its shape.
 */
final class SpeakerLabels {
  static final int MAX_LENGTH = 60;
  static final int MAX_WORDS = 8;
  private static final String TIME = "\\d{1,2}(?::\\d{1,2}){1,2}(?:[.,]\\d+)?";
  private static final Pattern LEADING_TIME = Pattern.compile("^[\\[(]?" + TIME + "[\\])]?\\s+");
  private static final Pattern TRAILING_TIME = Pattern.compile("\\s*[\\[(]" + TIME + "[\\])]$");
  private static final Pattern TIME_ONLY = Pattern.compile("^[\\[(]?" + TIME + "[\\])]?$");
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{3,}\\.(?:\\s|$)");
  private static final Pattern PRONOUNS = Pattern.compile("\\p{Ll}+(?:/\\p{Ll}+)+");
  private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della",
      "di", "du", "la", "le", "bin", "binti", "al", "el", "y", "ter", "ten", "zu", "af", "av", "of");
  /** Words that introduce a thought, not a speaker ("Note: ...", "Bottom line: ..."). */
  private static final Set<String> NOT_SPEAKERS = Set.of("note", "notes", "bottom line", "answer", "question", "summary", "update",
      "context", "example", "reason", "result", "translation", "ps", "p.s", "fyi", "action items", "next steps", "takeaway",
      "key takeaway", "conclusion", "transcript", "title", "date", "time", "subject", "agenda", "re", "edit", "warning",
      "important", "quote", "attendees", "participants", "meeting", "duration", "location", "recording", "speakers", "topic",
      "topics", "keywords", "overview", "outline", "action item", "tl;dr", "caveat", "disclaimer", "source", "link", "url");
  /** Vendor lines that are about the transcript, not part of it. */
  private static final Pattern VENDOR = Pattern.compile("^(?:"
      + "Transcription ended after .*"
      + "|This editable transcript was computer generated.*"
      + "|Transcribed by (?:https?://)?\\S+.*"
      + "|(?:Meeting )?(?:Transcription|Transcript|Recording) (?:started|ended|stopped)\\b.*"
      + "|\\S.* - Transcript"
      + "|Transcript"
      + ")$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_LINE = Pattern.compile("^(?:"
      + "\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}"                // Oct 14, 2026
      + "|\\d{1,2} \\p{L}{3,9}\\.? \\d{4}"                // 14 Oct 2026
      + "|\\d{4}-\\d{2}-\\d{2}"                           // 2026-10-14
      + "|\\d{1,2}/\\d{1,2}/\\d{2,4}"                     // 10/14/2026
      + ")(?:[ ,]+.*\\d{1,2}:\\d{2}.*)?$");

  private SpeakerLabels() {}

  /** A turn's start: the speaker's label and what follows it on the line. */
  record Split(String speaker, String text) {}

  /** The label and text of {@code line}, or null when it does not start with a speaker label. */
  static Split split(String line, Set<String> known) {
    String l = line.strip();
    Matcher lead = LEADING_TIME.matcher(l);
    if (lead.find()) {
      l = l.substring(lead.end());
    }
    int colon = l.indexOf(": ");
    int tab = l.indexOf(":\t");
    if (tab >= 0 && (colon < 0 || tab < colon)) {
      colon = tab;
    }
    if (colon < 0 && l.endsWith(":")) {
      colon = l.length() - 1;
    }
    if (colon <= 0) {
      return null;
    }
    String label = TRAILING_TIME.matcher(l.substring(0, colon).strip()).replaceFirst("").strip();
    String text = l.substring(colon + 1).strip();
    if (label.isEmpty()) {
      return null;
    }
    if (known.contains(label.toLowerCase(Locale.ROOT)) || isLabel(label)) {
      return new Split(label, text);
    }
    return null;
  }

  /** True when {@code label} is shaped like a speaker's name (see the class comment). */
  static boolean isLabel(String label) {
    if (label.length() > MAX_LENGTH || label.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return false;
    }
    if (label.chars().anyMatch(c -> "?!;\"“”:<>[]{}=*#".indexOf(c) >= 0) || label.contains("://")
        || SENTENCE_END.matcher(label).find()) {
      return false;
    }
    if (NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
      return false;
    }
    String[] words = label.split("\\s+");
    if (words.length > MAX_WORDS) {
      return false;
    }
    int depth = 0;
    for (String w : words) {
      boolean inParens = depth > 0 || w.startsWith("(");
      for (char c : w.toCharArray()) {
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth = Math.max(0, depth - 1);
        }
      }
      if (inParens || nameWord(w)) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean nameWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (PARTICLES.contains(lower) || PRONOUNS.matcher(w).matches()) {
      return true;
    }
    int cp = w.codePointAt(0);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp) || cp == '+') {
      return true;
    }
    if (Character.isLetter(cp)) {
      // a letter without case (CJK, Arabic...) names a person as well as a capital does
      return !Character.isLowerCase(cp);
    }
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.DASH_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION && cp != '.' && cp != ',' || Character.isSurrogate(w.charAt(0));
  }

  /** True for a line that is not speech: a time alone, a vendor's header or footer line. */
  static boolean nonSpeech(String line) {
    String l = line.strip();
    return !l.isEmpty() && (TIME_ONLY.matcher(l).matches() || VENDOR.matcher(l).matches());
  }

  /** True for a line that may head a transcript export before the first turn (a title, a date, a time). */
  static boolean headerLine(String line) {
    String l = line.strip();
    return nonSpeech(l) || DATE_LINE.matcher(l).matches();
  }
}
