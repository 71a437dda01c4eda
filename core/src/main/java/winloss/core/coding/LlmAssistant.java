package winloss.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import winloss.core.diag.WinlossException;
import winloss.core.llm.ChatClient;
import winloss.core.llm.ModelConfig;
import winloss.core.llm.Replies;
import winloss.core.model.Answer;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.output.Templates;
import winloss.core.yaml.YNode;

/**
 * {@code --assist llm}: asks the configured chat model for suggestions. What is sent is exactly
 * the two templates {@code prompts/code-assist-system.md.mustache} and {@code
 * prompts/code-assist.md.mustache} filled with the codebook and the answers under the numbered
 * questions, plus the deal's outcome and competitor: never the account, the front matter, names
 * from the roster or anything else. The reply must be JSON {@code {"suggestions": [...]}}; every
 * suggestion then goes through the same {@link Verifier} as any other.
 */
public final class LlmAssistant implements Assistant {
  private final ChatClient client;
  private final Templates templates;

  public LlmAssistant(java.nio.file.Path root, Function<String, String> env) {
    this.client = new ChatClient(ModelConfig.read(root), env);
    this.templates = Templates.forCorpus(root);
  }

  @Override
  public String name() {
    return "llm";
  }

  /** The user message for {@code iv} (shown by the docs and tests as what is sent). */
  public static Map<String, Object> view(Corpus corpus, Interview iv) {
    Codebook book = corpus.codebook();
    List<Object> codes = new ArrayList<>();
    addCodes(codes, book.factors(), "factor");
    addCodes(codes, book.objections(), "objection");
    if (iv.outcome() == Outcome.LOST) {
      addCodes(codes, book.lossReasons(), "loss reason");
    }
    addCodes(codes, book.personas(), "persona");
    addCodes(codes, book.flags(), "flag");
    List<Object> answers = new ArrayList<>();
    for (Answer a : iv.answers()) {
      if (a.number() > 0 && !a.text().isBlank()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", a.number());
        m.put("question", a.heading());
        m.put("text", a.text().strip());
        answers.add(m);
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("outcome", iv.outcome().code());
    v.put("competitor", corpus.deal(iv.opp()).filter(d -> d.hasCompetitor()).map(d -> d.competitor()).orElse(""));
    v.put("codes", codes);
    v.put("answers", answers);
    return v;
  }

  private static void addCodes(List<Object> out, Map<String, Code> codes, String kind) {
    for (Code c : codes.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("label", c.label());
      m.put("kind", kind);
      m.put("keywords", String.join(", ", c.keywords()));
      out.add(m);
    }
  }

  @Override
  public List<Suggestion> suggest(Corpus corpus, Interview iv) {
    String system = templates.render("prompts/code-assist-system.md.mustache", Map.of());
    String user = templates.render("prompts/code-assist.md.mustache", view(corpus, iv));
    String reply = client.send(system, user);
    return parse(reply, client.config().where());
  }

  static List<Suggestion> parse(String reply, String where) {
    YNode doc = Replies.json(reply, where);
    YNode list = doc.isMap() ? doc.get("suggestions") : doc.isSeq() ? doc : null;
    if (list == null || !list.isSeq()) {
      throw new WinlossException("the reply of the model at " + where + " is not what was asked for (a JSON object with a"
          + " suggestions list): " + Replies.abbreviate(reply) + "; nothing was written");
    }
    List<Suggestion> out = new ArrayList<>();
    for (YNode item : list.items()) {
      if (!item.isMap()) {
        out.add(new Suggestion(0, "", "", "not an object"));
        continue;
      }
      int q = 0;
      try {
        q = item.str("question") == null ? 0 : Integer.parseInt(item.str("question").strip());
      } catch (NumberFormatException e) {
        q = -1;
      }
      out.add(new Suggestion(q, item.str("code"), item.str("quote"), "model: " + (item.str("why") == null ? "" : item.str("why"))));
    }
    return out;
  }
}
