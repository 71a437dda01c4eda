package winloss.core.ops;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import winloss.core.model.Code;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interviewer;
import winloss.core.model.Outcome;
import winloss.core.output.PlannedFile;
import winloss.core.output.Templates;

/**
 * The per-deal interview documents: the request draft ({@code win-loss/requests/<opp>.md}), the
 * personalized script ({@code win-loss/scripts/<opp>.md}) and the write-up scaffold
 * ({@code win-loss/interviews/<opp>.md}, human-owned). Each is a template rendered with a view
 * model built here; the text is checked for forbidden words and the account's name before it is
 * returned, so nothing is written when a check fails.
 */
public final class InterviewDocuments {
  public static final String REQUEST_TEMPLATE = "request.md.mustache";
  public static final String SCRIPT_TEMPLATE = "script.md.mustache";
  public static final String INTERVIEW_TEMPLATE = "interview.md.mustache";

  private static final Pattern PLAIN_YAML = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/&()+-]*");
  private static final List<String> YAML_WORDS =
      List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private InterviewDocuments() {}

  /**
   * A document ready to publish.
   *
   * @param file the planned file (header included for generated ones)
   * @param what the command for the commit message, e.g. "script OPP-1042"
   */
  public record Draft(PlannedFile file, String what, Interviewer interviewer) {}

  /**
   * The reference date a request or script is written on.
   *
   * @param date the date ({@code --as-of}, else today)
   * @param given whether the user gave it ({@code --as-of}): then the generated header's command
   *     names it, so regenerating the document reproduces it byte for byte on any later day
   */
  public record AsOf(LocalDate date, boolean given) {
    public AsOf {
      java.util.Objects.requireNonNull(date, "date");
    }
  }

  /**
   * {@code winloss request --opp ID [--interviewer NAME] [--as-of D]}: when the deal's interview
   * window closed before {@code asOf}, the request says so and proposes a date from {@code asOf}.
   */
  public static Draft request(Corpus corpus, String oppId, String interviewerName, AsOf asOf) {
    Prepared p = prepare(corpus, oppId, interviewerName, asOf.date());
    String text = render(corpus, p, REQUEST_TEMPLATE, "the request for " + oppId);
    return new Draft(PlannedFile.generated(DealFacts.relative("requests", p.deal), command("request", p.deal, interviewerName, asOf), text),
        "request " + oppId, p.interviewer);
  }

  /**
   * {@code winloss script --opp ID [--interviewer NAME] [--as-of D]}: as {@link #request}, a
   * window already closed on {@code asOf} is said plainly, with a date proposed from {@code asOf}.
   */
  public static Draft script(Corpus corpus, String oppId, String interviewerName, AsOf asOf) {
    Prepared p = prepare(corpus, oppId, interviewerName, asOf.date());
    p.model.put("questions", DealFacts.questions(corpus, p.deal, p.guard));
    String text = render(corpus, p, SCRIPT_TEMPLATE, "the script for " + oppId);
    return new Draft(PlannedFile.generated(DealFacts.relative("scripts", p.deal), command("script", p.deal, interviewerName, asOf), text),
        "script " + oppId, p.interviewer);
  }

  /**
   * {@code winloss new --opp ID [--interviewer NAME] [--requested DATE]}: the human-owned write-up,
   * never overwriting one that exists.
   */
  public static Draft scaffold(Corpus corpus, String oppId, String interviewerName, LocalDate requested) {
    Prepared p = prepare(corpus, oppId, interviewerName, requested);
    Deal d = p.deal;
    p.model.put("questions", DealFacts.questions(corpus, d, p.guard));
    p.model.put("requested", requested.toString());
    p.model.put("yamlInterviewer", yaml(p.interviewer.name()));
    p.model.put("yamlTitle", d.championTitle().isBlank() ? "" : yaml(p.guard.value(DealFacts.where(d, "champion_title"), d.championTitle())));
    String winner = d.outcome() == Outcome.NO_DECISION ? "none" : Wording.competitor(d);
    p.model.put("yamlWinner", winner.isEmpty() ? "" : yaml(winner));
    p.model.put("factorCodes", codes(p.guard, corpus.codebook().factors()));
    p.model.put("objectionCodes", codes(p.guard, corpus.codebook().objections()));
    p.model.put("personaCodes", codes(p.guard, corpus.codebook().personas()));
    p.model.put("lossReasonCodes", codes(p.guard, corpus.codebook().lossReasons()));
    p.model.put("lossTypeCodes", codes(p.guard, corpus.codebook().lossTypes()));
    p.model.put("flagCodes", codes(p.guard, corpus.codebook().flags()));
    p.model.put("exampleCode", corpus.codebook().factors().keySet().stream().findFirst().orElse("code"));
    String text = render(corpus, p, INTERVIEW_TEMPLATE, "the write-up for " + oppId);
    return new Draft(PlannedFile.scaffold(DealFacts.relative("interviews", d), text), "new " + oppId, p.interviewer);
  }

  private record Prepared(Deal deal, Interviewer interviewer, DocumentGuard guard, Map<String, Object> model) {}

  private static Prepared prepare(Corpus corpus, String oppId, String interviewerName, LocalDate asOf) {
    OpsInputs.requireReadable(corpus);
    Deal deal = OpsInputs.requireDeal(corpus, oppId);
    OpsInputs.questions(corpus, deal);
    Interviewer interviewer = InterviewerChoice.choose(corpus.brief(), deal, interviewerName);
    DocumentGuard guard = new DocumentGuard(deal.account());
    return new Prepared(deal, interviewer, guard, DealFacts.base(corpus, deal, interviewer, guard, asOf));
  }

  private static String render(Corpus corpus, Prepared p, String template, String document) {
    String text = Templates.forCorpus(corpus.root()).render(template, p.model);
    p.guard.check(document, text, corpus.brief().voice(), corpus.root(), template);
    return text;
  }

  /** The command words in the generated header; {@code --interviewer} and {@code --as-of} only when given. */
  private static String command(String verb, Deal deal, String interviewerName, AsOf asOf) {
    String c = verb + " --opp " + deal.oppId();
    if (interviewerName != null && !interviewerName.isBlank()) {
      String n = interviewerName.trim();
      c += " --interviewer " + (n.matches("[A-Za-z0-9._-]+") ? n : "'" + n.replace("'", "'\\''") + "'");
    }
    if (asOf.given()) {
      c += " --as-of " + asOf.date();
    }
    return c;
  }

  private static String codes(DocumentGuard guard, Map<String, Code> m) {
    List<String> ids = new ArrayList<>(m.keySet());
    return ids.isEmpty() ? "(none in schema.yaml)" : guard.value("win-loss/schema.yaml", String.join(", ", ids));
  }

  /** A YAML scalar: plain when that is safe, otherwise double-quoted. */
  static String yaml(String s) {
    String v = Wording.inline(s);
    if (PLAIN_YAML.matcher(v).matches() && !YAML_WORDS.contains(v.toLowerCase(java.util.Locale.ROOT))
        && !v.matches("[0-9][0-9.:_-]*")) {
      return v;
    }
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Where a deal's document of each kind lives, relative to the corpus root. */
  public static Path path(String folder, String oppId) {
    return Path.of("win-loss", folder, oppId + ".md");
  }
}
