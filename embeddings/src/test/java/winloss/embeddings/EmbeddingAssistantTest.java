package winloss.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import winloss.core.coding.Assistants;
import winloss.core.coding.Suggestion;
import winloss.core.coding.Verifier;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;

class EmbeddingAssistantTest {
  static final Path SMALL = Path.of("..", "core", "src", "test", "resources", "fixtures", "small");

  @Test
  void anAnswerAboutConnectorsRanksIntegrationFirst() {
    Corpus corpus = CorpusReader.read(SMALL.toAbsolutePath().normalize());
    Interview iv = corpus.interview("OPP-1").orElseThrow();
    EmbeddingAssistant a = new EmbeddingAssistant();
    var codes = a.codeEmbeddings(corpus, iv);
    List<EmbeddingAssistant.Scored> ranked = a.rank(codes, "Lumen had more logos; you had the connector we needed on day one.");
    assertThat(ranked.get(0).code()).isEqualTo("integration-depth");
    List<EmbeddingAssistant.Scored> price = a.rank(codes, "Their quote was thirty percent cheaper and our budget was cut.");
    assertThat(price.get(0).code()).isEqualTo("price");

    List<Suggestion> s = a.suggest(corpus, iv);
    Verifier.Verified v = Verifier.verify(iv, corpus.codebook(), s);
    assertThat(v.dropped()).isEmpty();
    assertThat(v.accepted()).extracting(Suggestion::code).contains("integration-depth");
  }

  @Test
  void coreFindsTheModuleThroughTheServiceLoader() {
    assertThat(ServiceLoader.load(Assistants.Provider.class).stream().map(p -> p.get().name()).toList()).contains("embeddings");
  }
}
