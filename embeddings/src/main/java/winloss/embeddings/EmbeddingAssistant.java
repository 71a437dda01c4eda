package winloss.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import winloss.core.coding.Assistant;
import winloss.core.coding.Sentences;
import winloss.core.coding.Suggestion;
import winloss.core.model.Answer;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quote;

/**
 * {@code --assist embeddings}: each code is described by its label, its keywords and the quotes
 * already tagged with it in other interviews; each answer sentence is compared with every code
 * description (cosine similarity of all-MiniLM-L6-v2 embeddings, in process, no network). A
 * sentence supports the codes scoring at least {@link #THRESHOLD}, at most {@link #TOP} per
 * sentence, best first. Deterministic for a given model.
 */
public final class EmbeddingAssistant implements Assistant {
  public static final double THRESHOLD = 0.35;
  public static final int TOP = 2;

  private final EmbeddingModel model;

  public EmbeddingAssistant() {
    this(new AllMiniLmL6V2EmbeddingModel());
  }

  EmbeddingAssistant(EmbeddingModel model) {
    this.model = model;
  }

  @Override
  public String name() {
    return "embeddings";
  }

  /** One scored code for a sentence. */
  public record Scored(String code, double score) {}

  @Override
  public List<Suggestion> suggest(Corpus corpus, Interview iv) {
    Map<String, Embedding> codes = codeEmbeddings(corpus, iv);
    List<Suggestion> out = new ArrayList<>();
    for (Answer a : iv.answers()) {
      if (a.number() <= 0) {
        continue;
      }
      for (String sentence : Sentences.of(a.text())) {
        for (Scored s : rank(codes, sentence)) {
          if (s.score() >= THRESHOLD && out.stream().filter(x -> x.quote().equals(sentence)).count() < TOP) {
            out.add(new Suggestion(a.number(), s.code(), sentence, String.format(Locale.ROOT, "similarity %.2f", s.score())));
          }
        }
      }
    }
    return out;
  }

  /** Every code ranked by similarity to {@code text}, best first (ties by code). */
  public List<Scored> rank(Map<String, Embedding> codes, String text) {
    Embedding e = model.embed(text).content();
    List<Scored> scored = new ArrayList<>();
    codes.forEach((code, ce) -> scored.add(new Scored(code, CosineSimilarity.between(e, ce))));
    scored.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score()) : x.code().compareTo(y.code()));
    return scored;
  }

  /** The description embedded for each candidate code. */
  public Map<String, Embedding> codeEmbeddings(Corpus corpus, Interview iv) {
    Map<String, String> texts = descriptions(corpus, iv);
    Map<String, Embedding> out = new LinkedHashMap<>();
    texts.forEach((code, text) -> out.put(code, model.embed(text).content()));
    return out;
  }

  static Map<String, String> descriptions(Corpus corpus, Interview iv) {
    Codebook book = corpus.codebook();
    List<Code> codes = new ArrayList<>();
    codes.addAll(book.factors().values());
    codes.addAll(book.objections().values());
    if (iv.outcome() == Outcome.LOST) {
      codes.addAll(book.lossReasons().values());
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Code c : codes) {
      if (c.id().equals("other") || out.containsKey(c.id())) {
        continue;
      }
      StringBuilder sb = new StringBuilder(c.label());
      if (!c.keywords().isEmpty()) {
        sb.append(": ").append(String.join(", ", c.keywords()));
      }
      for (Interview other : corpus.interviews()) {
        if (other.opp().equals(iv.opp())) {
          continue;
        }
        for (Quote q : other.quotes()) {
          if (q.tags().contains(c.id())) {
            sb.append(". ").append(q.text());
          }
        }
      }
      out.put(c.id(), sb.toString());
    }
    return out;
  }
}
