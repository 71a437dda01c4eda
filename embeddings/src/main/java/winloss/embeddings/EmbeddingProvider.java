package winloss.embeddings;

import java.nio.file.Path;
import winloss.core.coding.Assistant;
import winloss.core.coding.Assistants;

/** Registers {@code --assist embeddings} with core through {@link java.util.ServiceLoader}. */
public final class EmbeddingProvider implements Assistants.Provider {
  @Override
  public String name() {
    return "embeddings";
  }

  @Override
  public Assistant create(Path root) {
    return new EmbeddingAssistant();
  }
}
