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
    Split c = candidate(line);
    if (c == null) {
      return null;
    }
    if (known.contains(c.speaker().toLowerCase(Locale.ROOT)) || isLabel(c.speaker())) {
      return c;
    }
    return null;
  }

  /**
   * The text before the first {@code ": "} of {@code line} (after a leading time, without a
   * trailing one) and the text after it, whatever its shape; null when the line has no such colon.
   */
  private static Split candidate(String line) {
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
    return label.isEmpty() ? null : new Split(label, text);
  }

  /**
   * The speakers of a transcript whose labels are written in lower case ({@code priya shah:},
   * {@code interviewer:}), as lower-case keys for {@link #split}'s {@code known}: a label a
   * person types without capitals is shaped like a name in every other way (see {@link
   * #lowerCaseShape}) and the file itself shows it is a speaker, because it
   * <ul>
   *   <li>is a role ({@code interviewer}, {@code buyer}, {@code host}, {@code speaker 2}...), or
   *   <li>starts {@value #MIN_LOWER_TURNS} or more lines, with another speaker's line between two
   *       of them (a conversation, not a list of {@code pricing: ...} notes), or
   *   <li>once the file has a lower-case speaker by the rules above: starts the transcript's first
   *       line of speech, or is a full name (two or three words besides name particles and a
   *       parenthesised part: {@code rosa de la cruz}, {@code omar haddad (he/him)}), even when
   *       that person speaks only once.
   * </ul>
   * So a one-off {@code pricing: fine}, {@code honestly: ...} or {@code bottom line: we chose
   * them} inside a turn stays speech, and a capitalised transcript reads exactly as before. The
   * limits: a one-word lower-case name that speaks once ({@code omar: ...}) is read as part of the
   * turn before it, and a one-off two-word phrase shaped like a name ({@code next quarter: ...}) in
   * such a file is read as a speaker; capitalised labels have neither problem.
   *
   * @param lines the transcript's lines
   * @param from the first line to look at
   */
  static Set<String> lowerCaseSpeakers(String[] lines, int from) {
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    java.util.Map<String, Boolean> alternates = new java.util.HashMap<>();
    String firstSpeech = null;
    String previous = null;
    Set<String> roles = new java.util.HashSet<>();
    for (int i = from; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || nonSpeech(l) || headerLine(l)) {
        continue;
      }
      Split c = candidate(l);
      String key = null;
      if (c != null) {
        if (isLabel(c.speaker())) {
          key = c.speaker().toLowerCase(Locale.ROOT);
        } else if (lowerCaseShape(c.speaker())) {
          key = c.speaker();
          count.merge(key, 1, Integer::sum);
          if (previous != null && !previous.equals(key) && count.get(key) > 1) {
            alternates.put(key, true);
          }
          if (ROLE.matcher(key).matches()) {
            roles.add(key);
          }
        }
      }
      if (firstSpeech == null) {
        firstSpeech = key == null ? "" : key;
      }
      if (key != null) {
        previous = key;
      }
    }
    Set<String> out = new java.util.HashSet<>(roles);
    for (var e : count.entrySet()) {
      if (e.getValue() >= MIN_LOWER_TURNS && alternates.getOrDefault(e.getKey(), false)) {
        out.add(e.getKey());
      }
    }
    if (!out.isEmpty()) {
      if (firstSpeech != null && count.containsKey(firstSpeech)) {
        out.add(firstSpeech);
      }
      for (String c : count.keySet()) {
        long names = java.util.Arrays.stream(c.replaceAll("\\([^)]*\\)?", " ").strip().split("\\s+"))
            .filter(w -> !PARTICLES.contains(w)).count();
        if (names >= 2 && names <= 3) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Lines a lower-case label must start before it counts as a speaker (see {@link #lowerCaseSpeakers}). */
  static final int MIN_LOWER_TURNS = 2;
  private static final Pattern ROLE = Pattern.compile(
      "(?:interviewer|interviewee|buyer|customer|client|prospect|host|guest|moderator|facilitator|participant|speaker|"
          + "unknown speaker|rep|seller|sales|ae)(?: ?\\d{1,3})?");
  /** Words that start a sentence, never a name ("so: ...", "the problem: ..."). */
  private static final Set<String> SENTENCE_STARTS = Set.of("a", "an", "the", "so", "and", "but", "or", "if", "then", "because",
      "i", "we", "you", "they", "he", "she", "it", "this", "that", "these", "those", "our", "my", "your", "their", "its",
      "what", "why", "how", "when", "where", "which", "who", "honestly", "basically", "well", "also", "plus", "one", "two",
      "first", "second", "third", "last", "main", "key", "short", "long", "in", "on", "at", "for", "to", "from", "with",
      "by", "as", "is", "was", "not", "no", "yes", "ok", "okay", "all", "any", "some", "every", "each", "more", "most");

  /**
   * True when {@code label} is shaped like a name written in lower case: at most four words of
   * letters (with {@code -} or {@code '}), digits, name particles or a parenthesised part such as
   * {@code (she/her)}; the first word is not one that starts a sentence ({@code so}, {@code the},
   * {@code our}...), and the label is none of the words that introduce a thought ({@code note},
   * {@code bottom line}...).
   */
  static boolean lowerCaseShape(String label) {
    if (label.length() > MAX_LENGTH || label.chars().anyMatch(c -> "?!;\"“”:<>[]{}=*#,.".indexOf(c) >= 0)) {
      return false;
    }
    String norm = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!norm.equals(label) || NOT_SPEAKERS.contains(norm)) {
      return false;
    }
    String[] words = norm.split(" ");
    if (words.length > 4 || SENTENCE_STARTS.contains(words[0])) {
      return false;
    }
    int depth = 0;
    for (String w : words) {
      boolean inParens = depth > 0 || w.startsWith("(");
      depth += w.chars().filter(c -> c == '(').count() - w.chars().filter(c -> c == ')').count();
      depth = Math.max(0, depth);
      if (inParens || PARTICLES.contains(w) || w.matches("[\\p{L}][\\p{L}'’-]*|\\d+")) {
        continue;
      }
      return false;
    }
    return Character.isLetter(words[0].codePointAt(0));
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
