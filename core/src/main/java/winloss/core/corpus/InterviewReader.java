package winloss.core.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Codes;
import winloss.core.model.Consent;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;

/**
 * Reads one write-up: the coded front matter, then the body as CommonMark ({@link WriteUpBody}):
 * the answers under {@code ## N. question} headings and the tagged quotes (block-quote
 * paragraphs ending in {@code #code} tags), with the file lines their citations give.
 */
public final class InterviewReader {
  public static final Path DIR = Path.of("win-loss", "interviews");

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
    WriteUpBody.Body body;
    try {
      body = WriteUpBody.read(opp == null ? fileOpp(file) : opp, doc.body(), doc.bodyFirstLine());
      for (WriteUpBody.Warning w : body.warnings()) {
        out.warning(file, w.line(), w.message());
      }
    } catch (InputProblem p) {
      out.problem(file, p);
      body = new WriteUpBody.Body(List.of(), List.of());
    }
    return new Interview(file, opp, outcome, status, requested, booked, interviewed, interviewer, title, persona,
        consent, codes, body.answers(), body.quotes(), lines);
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
}
