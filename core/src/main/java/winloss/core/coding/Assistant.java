package winloss.core.coding;

import java.util.List;
import winloss.core.model.Corpus;
import winloss.core.model.Interview;

/**
 * A source of code suggestions. Whatever it returns is checked by {@link Verifier} before anyone
 * sees it: an assistant may be wrong, never trusted. Implementations outside core (the optional
 * embeddings module) are found with {@link java.util.ServiceLoader}.
 */
public interface Assistant {
  /** The {@code --assist} name: keywords, embeddings, llm. */
  String name();

  List<Suggestion> suggest(Corpus corpus, Interview interview);
}
