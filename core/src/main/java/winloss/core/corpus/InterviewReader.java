package winloss.core.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Answer;
import winloss.core.model.Codes;
import winloss.core.model.Consent;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;
import winloss.core.model.Quote;
import winloss.core.yaml.YNode;

/**
 * Reads one write-up: the coded front matter, the answers under {@code ## N. question}
 * headings, and the tagged quotes (blockquotes ending in {@code #code} tags). The body is read
 * line by line rather than through a full markdown parser: it only needs headings and
 * blockquotes, and line numbers must be exact for citations.
 */
public final class InterviewReader {
  public static final Path DIR = Path.of("win-loss", "interviews");
  private static final Pattern NUMBERED = Pattern.compile("##\\s+(\\d+)[.)]?\\s*(.*)");
  private static final Pattern TAGS = Pattern.compile("((?:\\s*#[A-Za-z0-9_-]+)+)\\s*$");

  private InterviewReader() {}

  public static Optional<Interview> read(Path root, Path relative, Diagnostics out) {
    Optional<MarkdownDocument> doc = MarkdownDocument.load(root, relative, out);
    return doc.map(d -> parse(relative, d, out));
  }

  /**
   * Reads a write-up from its normalized text (see {@code TextFiles.decode}), e.g. a blob of a
   * git revision; {@code relative} is the path findings name.
   */
  public static Optional<Interview> parseText(Path relative, String text, Diagnostics out) {
    return MarkdownDocument.parse(relative, text, out).map(d -> parse(relative, d, out));
  }

  static Interview parse(Path file, MarkdownDocument doc, Diagnostics out) {
    YamlFields f = new YamlFields(file, out);
    YNode fm = doc.front();
    Map<String, Integer> lines = new HashMap<>();
    for (String key : fm.entries().keySet()) {
      lines.put(key, fm.keyLine(key));
    }
    String opp = f.required(fm, "opp", "");
    String outcomeText = f.required(fm, "outcome", "");
    Outcome outcome = Outcome.parse(outcomeText).orElse(null);
    if (outcomeText != null && outcome == null) {
      f.error(fm.keyLine("outcome"), "outcome '" + outcomeText + "' should be won, lost or no-decision");
    }
    String statusText = f.required(fm, "status", "");
    InterviewStatus status = InterviewStatus.parse(statusText).orElse(null);
    if (statusText != null && status == null) {
      f.error(fm.keyLine("status"), "status '" + statusText + "' should be requested, booked, completed, declined or no-response");
    }
    LocalDate requested = f.date(fm, "requested", "");
    LocalDate booked = f.date(fm, "booked", "");
    LocalDate interviewed = f.date(fm, "interviewed", "");
    String interviewer = f.string(fm, "interviewer", "");

    String title = null;
    String persona = null;
    YNode who = f.mapping(fm, "interviewee", "");
    if (who != null) {
      title = f.string(who, "title", "interviewee.");
      persona = f.string(who, "persona", "interviewee.");
      lines.put("interviewee.persona", who.keyLine("persona"));
    }
    Consent consent = Consent.none();
    YNode c = f.mapping(fm, "consent", "");
    if (c != null) {
      Boolean attribute = f.bool(c, "attribute", "consent.");
      Boolean external = f.bool(c, "external_use", "consent.");
      consent = new Consent(Boolean.TRUE.equals(attribute), Boolean.TRUE.equals(external));
    }
    Codes codes = codes(f, f.mapping(fm, "codes", ""), lines);
    Body body = body(opp == null ? fileOpp(file) : opp, doc.body(), doc.bodyFirstLine());
    return new Interview(file, opp, outcome, status, requested, booked, interviewed, interviewer, title, persona,
        consent, codes, body.answers, body.quotes, lines);
  }

  private static String fileOpp(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  private static Codes codes(YamlFields f, YNode c, Map<String, Integer> lines) {
    if (c == null) {
      return Codes.empty();
    }
    for (String key : c.entries().keySet()) {
      lines.put("codes." + key, c.keyLine(key));
    }
    String w = "codes.";
    return new Codes(
        f.strings(c, "decisive", w, lines, "codes.decisive"),
        f.string(c, "winner", w),
        f.string(c, "loss_reason", w),
        f.string(c, "loss_type", w),
        f.string(c, "price_factor", w),
        f.bool(c, "fixable", w),
        f.strings(c, "almost", w, lines, "codes.almost"),
        f.strings(c, "objections", w, lines, "codes.objections"),
        f.strings(c, "committee", w, lines, "codes.committee"),
        f.string(c, "success_criteria", w),
        f.strings(c, "flags", w, lines, "codes.flags"));
  }

  private record Body(List<Answer> answers, List<Quote> quotes) {}

  private static Body body(String opp, String body, int firstLine) {
    List<Answer> answers = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    int question = 0;
    String heading = null;
    int headingLine = 0;
    StringBuilder text = new StringBuilder();
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String trimmed = l.strip();
      if (fence != null) {
        if (trimmed.startsWith(fence)) {
          fence = null;
        }
        appendLine(text, l);
        continue;
      }
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        fence = trimmed.substring(0, 3);
        appendLine(text, l);
        continue;
      }
      if (l.startsWith("## ")) {
        if (heading != null) {
          answers.add(new Answer(question, heading, headingLine, text.toString().strip()));
        }
        Heading h = heading(l);
        question = h.question();
        heading = h.text();
        headingLine = firstLine + i;
        text.setLength(0);
        continue;
      }
      String q = quoted(l);
      if (q != null) {
        int start = i;
        StringBuilder quote = new StringBuilder(q.strip());
        while (i + 1 < lines.length) {
          String next = quoted(lines[i + 1]);
          if (next == null || next.isBlank()) {
            break;
          }
          quote.append(' ').append(next.strip());
          i++;
        }
        String joined = quote.toString().strip();
        Tags tags = tags(joined);
        if (tags != null && tags.start() > 0) {
          String said = joined.substring(0, tags.start()).strip();
          quotes.add(new Quote(opp, firstLine + start, said, tags.codes(), question));
          appendLine(text, said);
        } else {
          appendLine(text, joined);
        }
        continue;
      }
      appendLine(text, l);
    }
    if (heading != null) {
      answers.add(new Answer(question, heading, headingLine, text.toString().strip()));
    }
    return new Body(answers, quotes);
  }

  record Heading(int question, String text) {}

  /**
   * The number and text of a {@code ## } line, as {@code NUMBERED} reads it. The common
   * {@code ## 3. text} form is read by hand (it runs on every heading of every write-up); anything
   * else goes through the regular expression.
   */
  static Heading heading(String l) {
    String s = l.strip();
    int n = s.length();
    if (s.startsWith("## ")) {
      int i = 3;
      while (i < n && i < 13 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i > 3 && i < 13 && i + 1 < n && s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && noTerminator(s, i + 2)) {
        return new Heading(Integer.parseInt(s, 3, i, 10), s.substring(i + 2).trim());
      }
    }
    Matcher m = NUMBERED.matcher(s);
    return m.matches() ? new Heading(Integer.parseInt(m.group(1)), m.group(2).trim()) : new Heading(0, l.substring(3).trim());
  }

  private static boolean noTerminator(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** Where the trailing {@code #tags} of a quote start (as {@code TAGS.find()} gives), and the codes. */
  record Tags(int start, List<String> codes) {}

  /**
   * The trailing tags of a stripped quote, or null when it has none. Reads the usual
   * {@code text #a #b} backwards by hand; tags glued together ({@code #a#b}) go through
   * {@code TAGS}, so the result is always the regular expression's.
   */
  static Tags tags(String j) {
    int pos = j.length();
    int first = -1;
    List<String> codes = new ArrayList<>(2);
    while (true) {
      int b = pos;
      while (b > 0 && isTagChar(j.charAt(b - 1))) {
        b--;
      }
      if (b == pos || b == 0 || j.charAt(b - 1) != '#') {
        break;
      }
      codes.add(j.substring(b, pos));
      int w = b - 1;
      while (w > 0 && isRegexSpace(j.charAt(w - 1))) {
        w--;
      }
      first = w;
      if (w == b - 1 && w > 0) {
        return tagsByRegex(j); // #a#b or x#a: let the regular expression decide
      }
      pos = w;
    }
    if (first < 0) {
      if (j.isEmpty()) {
        return null;
      }
      char last = j.charAt(j.length() - 1);
      // '$' also matches before a final line terminator
      return isRegexSpace(last) || last == '\u0085' || last == '\u2028' || last == '\u2029' ? tagsByRegex(j) : null;
    }
    java.util.Collections.reverse(codes);
    return new Tags(first, codes);
  }

  private static Tags tagsByRegex(String j) {
    Matcher m = TAGS.matcher(j);
    if (!m.find()) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (String t : m.group(1).trim().split("\\s+")) {
      codes.add(t.substring(1));
    }
    return new Tags(m.start(), codes);
  }

  private static boolean isTagChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  /**
   * The text of a blockquote line ({@code " {0,3}>\\s?(.*)"}), or null when the line is not one.
   * Written out by hand: it runs on every body line of every write-up.
   */
  static String quoted(String l) {
    int n = l.length();
    int i = 0;
    while (i < n && i < 3 && l.charAt(i) == ' ') {
      i++;
    }
    if (i >= n || l.charAt(i) != '>') {
      return null;
    }
    i++;
    if (i < n && isRegexSpace(l.charAt(i))) {
      i++;
    }
    for (int j = i; j < n; j++) {
      char c = l.charAt(j);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return null; // '.' does not match line terminators
      }
    }
    return l.substring(i);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static void appendLine(StringBuilder sb, String line) {
    sb.append(line).append('\n');
  }
}
