package winloss.core.llm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import winloss.core.diag.WinlossException;
import winloss.core.settings.SettingsFile;
import winloss.core.yaml.YNode;

/**
 * The chat model, from the {@code model:} block of {@code win-loss/winloss.yaml}:
 *
 * <pre>
 * model:
 *   provider: openai            # openai (any OpenAI-compatible server) or ollama
 *   base_url: https://api.openai.com/v1
 *   name: gpt-4o-mini
 *   api_key_env: OPENAI_API_KEY # the NAME of the environment variable holding the key
 *   timeout_seconds: 60
 *   temperature: 0
 * </pre>
 *
 * The key itself is never in the file, never printed and never logged.
 */
public record ModelConfig(String provider, String baseUrl, String name, String apiKeyEnv, int timeoutSeconds,
    double temperature) {
  public static final Path FILE = SettingsFile.FILE;

  public static ModelConfig read(Path root) {
    YNode m = SettingsFile.block(root, "model",
        "no " + FILE + ": create it with a model: block (provider, base_url, name, api_key_env);"
          + " see docs/transcripts-and-coding.md",
        "no model: block; add model: with provider, base_url, name and api_key_env");
    String provider = scalar(m, "provider", "openai");
    if (!provider.equals("openai") && !provider.equals("ollama")) {
      throw new WinlossException(FILE + ":" + m.keyLine("provider") + ": model.provider '" + provider + "' should be openai or ollama");
    }
    String base = scalar(m, "base_url", provider.equals("ollama") ? "http://localhost:11434" : null);
    if (base == null) {
      throw new WinlossException(FILE + ":" + m.line() + ": model.base_url is missing (e.g. https://api.openai.com/v1)");
    }
    if (!base.startsWith("http://") && !base.startsWith("https://")) {
      throw new WinlossException(FILE + ":" + m.keyLine("base_url") + ": model.base_url '" + base + "' should start with http:// or https://");
    }
    String name = scalar(m, "name", null);
    if (name == null) {
      throw new WinlossException(FILE + ":" + m.line() + ": model.name is missing (the model to ask, e.g. gpt-4o-mini or llama3.1)");
    }
    if (m.has("api_key")) {
      throw new WinlossException(FILE + ":" + m.keyLine("api_key") + ": never write a key in the corpus; put it in an environment"
          + " variable and name that variable with model.api_key_env (then remove api_key and rotate the key)");
    }
    String env = scalar(m, "api_key_env", "");
    int timeout = integer(m, "timeout_seconds", 60);
    double temperature;
    try {
      temperature = Double.parseDouble(scalar(m, "temperature", "0"));
    } catch (NumberFormatException e) {
      throw new WinlossException(FILE + ":" + m.keyLine("temperature") + ": model.temperature should be a number such as 0", e);
    }
    return new ModelConfig(provider, base, name, env, timeout, temperature);
  }

  /** The key from the environment, or a placeholder for servers that need none. */
  public String apiKey(Function<String, String> env) {
    if (apiKeyEnv.isEmpty()) {
      return "none";
    }
    String key = env.apply(apiKeyEnv);
    if (key == null || key.isBlank()) {
      throw new WinlossException("the environment variable " + apiKeyEnv + " (named by model.api_key_env in " + FILE
          + ") is not set; export it with the API key, or remove api_key_env for a server that needs no key");
    }
    return key.strip();
  }

  /** Where a failure points the user: the URL and the settings that chose it. */
  public String where() {
    return baseUrl + " (model.base_url in " + FILE + ", provider " + provider + ", model " + name + ")";
  }

  private static String scalar(YNode m, String key, String fallback) {
    YNode v = m.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isScalar()) {
      throw new WinlossException(FILE + ":" + m.keyLine(key) + ": model." + key + " should be a single value");
    }
    return v.text().strip();
  }

  private static int integer(YNode m, String key, int fallback) {
    String s = scalar(m, key, null);
    if (s == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(s);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new WinlossException(FILE + ":" + m.keyLine(key) + ": model." + key + " should be a whole number of seconds, 1 or more", e);
    }
  }

  static boolean exists(Path root) {
    return Files.isRegularFile(root.resolve(FILE));
  }
}
