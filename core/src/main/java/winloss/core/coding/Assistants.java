package winloss.core.coding;

import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.Function;
import winloss.core.diag.WinlossException;

/** Picks the {@code --assist} implementation by name. */
public final class Assistants {
  private Assistants() {}

  /**
   * An assistant the embeddings module provides (see the {@code embeddings/} module); found with
   * {@link ServiceLoader}, so the default build carries no model.
   */
  public interface Provider {
    String name();

    Assistant create(Path root);
  }

  public static Assistant named(String name, Path root, Function<String, String> env) {
    switch (name) {
      case "keywords":
        return new KeywordAssistant();
      case "llm":
        return new LlmAssistant(root, env);
      case "embeddings":
        for (Provider p : ServiceLoader.load(Provider.class)) {
          if (p.name().equals("embeddings")) {
            return p.create(root);
          }
        }
        throw new WinlossException("--assist embeddings needs the optional embeddings module (an in-process model of about"
            + " 200 MB), which this build of winloss leaves out; build it with ./mvnw -Pembeddings package and run"
            + " cli/target/winloss.jar, or use --assist keywords or --assist llm (see docs/transcripts-and-coding.md)");
      default:
        throw new WinlossException("--assist " + name + " is not known; use keywords, embeddings or llm");
    }
  }
}
