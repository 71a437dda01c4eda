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
  private static final Pattern QUOTE_LINE = Pattern.compile(" {0,3}>\\s?(.*)");

  private InterviewReader() {}

  public static Optional<Interview> read(Path root, Path relative, Diagnostics out) {
    Optional<MarkdownDocument> doc = MarkdownDocument.load(root, relative, out);
    return doc.map(d -> parse(relative, d, out));
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
        Matcher m = NUMBERED.matcher(l.strip());
        question = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        heading = m.matches() ? m.group(2).trim() : l.substring(3).trim();
        headingLine = firstLine + i;
        text.setLength(0);
        continue;
      }
      Matcher q = QUOTE_LINE.matcher(l);
      if (q.matches()) {
        int start = i;
        StringBuilder quote = new StringBuilder(q.group(1).strip());
        while (i + 1 < lines.length) {
          Matcher next = QUOTE_LINE.matcher(lines[i + 1]);
          if (!next.matches() || next.group(1).isBlank()) {
            break;
          }
          quote.append(' ').append(next.group(1).strip());
          i++;
        }
        String joined = quote.toString().strip();
        Matcher tags = TAGS.matcher(joined);
        if (tags.find() && tags.start() > 0) {
          List<String> codes = new ArrayList<>();
          for (String t : tags.group(1).trim().split("\\s+")) {
            codes.add(t.substring(1));
          }
          String said = joined.substring(0, tags.start()).strip();
          quotes.add(new Quote(opp, firstLine + start, said, codes, question));
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

  private static void appendLine(StringBuilder sb, String line) {
    sb.append(line).append('\n');
  }
}
