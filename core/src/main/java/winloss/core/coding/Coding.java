package winloss.core.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.corpus.InterviewReader;
import winloss.core.evidence.Accounts;
import winloss.core.model.Code;
import winloss.core.diag.WinlossException;
import winloss.core.model.Answer;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Question;
import winloss.core.output.PlannedFile;
import winloss.core.transcript.RawDocument;

/** {@code winloss code}: suggest, verify, and with {@code --apply} write codes into a write-up. */
public final class Coding {
  private Coding() {}

  /**
   * @param only codes the user accepts (empty: every verified suggestion)
   * @param trustModel apply a suggestion even when its sentence holds none of the code's keywords
   *     or label words (by default such a suggestion is shown, never applied)
   */
  public record Request(String opp, boolean apply, Set<String> only, boolean trustModel) {
    public Request {
      only = Set.copyOf(only);
    }

    public Request(String opp, boolean apply, Set<String> only) {
      this(opp, apply, only, false);
    }
  }

  /** A verified suggestion held back from --apply, and why. */
  public record Held(Suggestion suggestion, String reason) {}

  /**
   * The reviewable result; {@code file} is the changed write-up with --apply, else null;
   * {@code diff} the unified diff of the write-up that --apply makes (or would make);
   * {@code accounts} redacts whatever is shown (the write-up itself is edited as written).
   */
  public record Result(winloss.core.model.Codebook book, Interview interview, String assist, List<Suggestion> raw, Verifier.Verified verified,
      List<Suggestion> accepted, List<Held> held, CodingPlan plan, List<String> diff, PlannedFile file, Accounts accounts) {}

  public static Interview completedInterview(Corpus corpus, String opp) {
    Interview iv = corpus.interview(opp).orElseThrow(() -> new WinlossException(
        "no write-up win-loss/interviews/" + opp + ".md; ingest a transcript first (winloss ingest --opp " + opp + " FILE)"));
    if (!iv.isCompleted()) {
      throw new WinlossException(iv.file() + ": status is " + (iv.status() == null ? "missing" : iv.status().code())
          + "; code works on completed interviews (set status: completed and interviewed: when it took place)");
    }
    if (iv.outcome() == null) {
      throw new WinlossException(iv.file() + ": outcome is missing or unknown; run winloss check");
    }
    if (iv.answers().stream().noneMatch(a -> a.number() > 0 && !a.text().isBlank())) {
      throw new WinlossException(iv.file() + " has no answers under numbered questions to code; ingest a transcript or write them");
    }
    return iv;
  }

  /**
   * Suggests, verifies and plans the coding of one write-up.
   *
   * @param corpus the corpus as written ({@code CorpusReader.readAsWritten}): the write-up is
   *     edited as written, while the assistant (and so any model) sees it consent-redacted
   */
  public static Result run(Corpus corpus, Request req, Assistant assistant) {
    Accounts accounts = Accounts.of(corpus);
    Corpus shown = accounts.redact(corpus);
    Interview iv = completedInterview(corpus, req.opp());
    List<Suggestion> raw = assistant.suggest(shown, completedInterview(shown, req.opp()));
    List<Suggestion> asWritten = raw.stream().map(s -> asWritten(s, iv)).toList();
    Verifier.Verified v = Verifier.verify(iv, corpus.codebook(), asWritten);
    List<Suggestion> accepted = new ArrayList<>();
    List<Held> held = new ArrayList<>();
    for (Suggestion s : v.accepted()) {
      if (!req.only().isEmpty() && !req.only().contains(s.code())) {
        continue;
      }
      Code code = corpus.codebook().find(s.code()).orElse(null);
      if (!req.trustModel() && (code == null || KeywordAssistant.support(code, s.quote()) == null)) {
        held.add(new Held(s, "the sentence holds none of the code's keywords or label words; --trust-model applies it"));
        continue;
      }
      accepted.add(s);
    }
    List<Question> questions = corpus.framework().forOutcome(iv.outcome());
    CodingPlan plan = CodingPlan.of(iv, corpus.codebook(), questions, accepted);
    PlannedFile file = null;
    List<String> diff = List.of();
    if (!plan.isEmpty()) {
      Path rel = InterviewReader.DIR.resolve(req.opp() + ".md");
      RawDocument doc = RawDocument.read(corpus.root().resolve(rel), rel.toString());
      String edited = InterviewEditor.apply(doc, plan, rel.toString());
      String name = rel.toString().replace('\\', '/');
      diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, lines(doc.text()),
          DiffUtils.diff(lines(doc.text()), lines(edited)), 1);
      if (req.apply()) {
        file = PlannedFile.replacing(rel, edited);
      }
    }
    return new Result(corpus.codebook(), iv, assistant.name(), raw, v, accepted, held, plan, diff, file, accounts);
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  /**
   * A suggestion quoting the redacted text, as written: where the quote holds
   * {@link Accounts#STAND_IN}, the span of an answer it stands for (else the quote unchanged, and
   * verification drops it as not verbatim).
   */
  static Suggestion asWritten(Suggestion s, Interview iv) {
    if (s.quote() == null || !s.quote().contains(Accounts.STAND_IN)) {
      return s;
    }
    StringBuilder re = new StringBuilder();
    String[] parts = Sentences.squash(s.quote()).split(Pattern.quote(Accounts.STAND_IN), -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append("(?:.{1,120}?)");
      }
      re.append(Pattern.quote(parts[i]));
    }
    Pattern p = Pattern.compile(re.toString());
    for (Answer a : iv.answers()) {
      if (a.number() <= 0 || (s.question() > 0 && a.number() != s.question())) {
        continue;
      }
      Matcher m = p.matcher(Sentences.squash(a.text()));
      if (m.find()) {
        return new Suggestion(s.question(), s.code(), m.group(), s.why());
      }
    }
    return s;
  }

  /** The reviewable list as JSON text, consent-redacted. */
  public static String jsonText(Result r) {
    return r.accounts().redact(winloss.core.json.Json.write(json(r)));
  }

  /** The reviewable list, markdown, consent-redacted (the write-up's text and the model's words alike). */
  public static String markdown(Result r) {
    return r.accounts().redact(markdownAsWritten(r));
  }

  private static String markdownAsWritten(Result r) {
    StringBuilder sb = new StringBuilder();
    Interview iv = r.interview();
    sb.append("code ").append(iv.opp()).append(" (assist: ").append(r.assist()).append("): ")
        .append(r.verified().accepted().size()).append(" suggestions verified, ")
        .append(r.verified().dropped().size()).append(" dropped");
    if (r.verified().alreadyTagged() > 0) {
      sb.append(", ").append(r.verified().alreadyTagged()).append(" already tagged");
    }
    sb.append('\n');
    Map<Integer, List<Suggestion>> byQ = new LinkedHashMap<>();
    for (Answer a : iv.answers()) {
      if (a.number() > 0) {
        byQ.putIfAbsent(a.number(), new ArrayList<>());
      }
    }
    for (Suggestion s : r.verified().accepted()) {
      byQ.computeIfAbsent(s.question(), k -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<Integer, List<Suggestion>> e : byQ.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String heading = iv.answers().stream().filter(a -> a.number() == e.getKey()).map(Answer::heading).findFirst().orElse("");
      sb.append("\n## ").append(e.getKey()).append(". ").append(heading).append('\n');
      for (Suggestion s : e.getValue()) {
        boolean heldBack = r.held().stream().anyMatch(h -> h.suggestion().equals(s));
        boolean skipped = !heldBack && !r.accepted().contains(s);
        sb.append("- #").append(s.code()).append(" (").append(kind(r, s.code())).append("): \"").append(s.quote()).append("\" [")
            .append(s.why()).append("]").append(skipped ? " (not in --only)" : heldBack ? " (not applied)" : "").append('\n');
      }
    }
    if (!r.verified().dropped().isEmpty()) {
      sb.append("\ndropped (failed verification):\n");
      for (Verifier.Dropped d : r.verified().dropped()) {
        sb.append("- #").append(d.suggestion().code()).append(" \"").append(abbreviate(d.suggestion().quote())).append("\": ")
            .append(d.reason()).append('\n');
      }
    }
    if (!r.held().isEmpty()) {
      sb.append("\nnot applied (a model's word is not evidence):\n");
      for (Held h : r.held()) {
        sb.append("- #").append(h.suggestion().code()).append(" \"").append(abbreviate(h.suggestion().quote())).append("\": ")
            .append(h.reason()).append('\n');
      }
    }
    CodingPlan p = r.plan();
    sb.append('\n');
    if (p.isEmpty()) {
      sb.append("nothing to apply\n");
    } else {
      sb.append(r.file() == null ? "--apply would:\n" : "applied:\n");
      p.additions().forEach((k, v) -> {
        if (!v.isEmpty()) {
          sb.append("- codes.").append(k).append(" += ").append(String.join(", ", v)).append('\n');
        }
      });
      if (p.lossReason() != null) {
        sb.append("- codes.loss_reason = ").append(p.lossReason()).append('\n');
      }
      sb.append("- tag ").append(p.tags().size()).append(p.tags().size() == 1 ? " sentence" : " sentences").append(" as quotes\n");
    }
    for (String n : p.notes()) {
      sb.append("note: ").append(n).append('\n');
    }
    if (!r.diff().isEmpty()) {
      sb.append("\n```diff\n");
      r.diff().forEach(line -> sb.append(line).append('\n'));
      sb.append("```\n");
    }
    return sb.toString();
  }

  /** The same as a JSON-ready map. */
  public static Map<String, Object> json(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("opp", r.interview().opp());
    m.put("assist", r.assist());
    List<Object> accepted = new ArrayList<>();
    for (Suggestion s : r.verified().accepted()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("question", s.question());
      x.put("code", s.code());
      x.put("kind", kind(r, s.code()));
      x.put("quote", s.quote());
      x.put("why", s.why());
      x.put("accepted", r.accepted().contains(s));
      accepted.add(x);
    }
    m.put("suggestions", accepted);
    List<Object> dropped = new ArrayList<>();
    for (Verifier.Dropped d : r.verified().dropped()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("question", d.suggestion().question());
      x.put("code", d.suggestion().code());
      x.put("quote", d.suggestion().quote());
      x.put("reason", d.reason());
      dropped.add(x);
    }
    m.put("dropped", dropped);
    m.put("dropped_count", dropped.size());
    List<Object> held = new ArrayList<>();
    for (Held h : r.held()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("question", h.suggestion().question());
      x.put("code", h.suggestion().code());
      x.put("quote", h.suggestion().quote());
      x.put("reason", h.reason());
      held.add(x);
    }
    m.put("not_applied", held);
    m.put("already_tagged", r.verified().alreadyTagged());
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("add", r.plan().additions());
    plan.put("loss_reason", r.plan().lossReason());
    plan.put("tagged_sentences", r.plan().tags().size());
    plan.put("notes", r.plan().notes());
    m.put("plan", plan);
    m.put("diff", r.diff());
    m.put("applied", r.file() != null);
    return m;
  }

  private static String kind(Result r, String code) {
    List<String> kinds = new ArrayList<>();
    if (r.book().factors().containsKey(code)) {
      kinds.add("factor");
    }
    if (r.book().objections().containsKey(code)) {
      kinds.add("objection");
    }
    if (r.book().lossReasons().containsKey(code)) {
      kinds.add("loss reason");
    }
    if (r.book().personas().containsKey(code)) {
      kinds.add("persona");
    }
    if (r.book().flags().containsKey(code)) {
      kinds.add("flag");
    }
    return String.join("/", kinds);
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
