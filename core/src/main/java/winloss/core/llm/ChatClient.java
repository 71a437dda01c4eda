package winloss.core.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import winloss.core.diag.WinlossException;

/** Sends one system + user message to the configured chat model through langchain4j; returns the reply text. */
public final class ChatClient {
  private final ModelConfig config;
  private final String key;
  private final ChatModel model;

  public ChatClient(ModelConfig config, Function<String, String> env) {
    this.config = config;
    this.key = config.apiKey(env);
    Duration timeout = Duration.ofSeconds(config.timeoutSeconds());
    if (config.provider().equals("ollama")) {
      this.model = OllamaChatModel.builder().maxRetries(0).baseUrl(config.baseUrl()).modelName(config.name())
          .temperature(config.temperature()).timeout(timeout).build();
    } else {
      this.model = OpenAiChatModel.builder().baseUrl(config.baseUrl()).apiKey(key).modelName(config.name())
          .temperature(config.temperature()).timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
    }
  }

  public ModelConfig config() {
    return config;
  }

  public String send(String system, String user) {
    try {
      String text = model.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text();
      if (text == null || text.isBlank()) {
        throw new WinlossException("the model at " + config.where() + " sent an empty reply; nothing was written");
      }
      return redactKey(text, key); // a server echoing the key never gets it into a file or a message
    } catch (WinlossException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new WinlossException(describe(e) + "; nothing was written", WinlossException.INPUT, null);
    }
  }

  private String describe(RuntimeException e) {
    Throwable root = e;
    boolean unreachable = false;
    boolean timeout = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      unreachable |= t instanceof ConnectException || t instanceof UnknownHostException
          || t.getClass().getSimpleName().contains("Connect");
      timeout |= t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException;
    }
    String detail = scrub(String.valueOf(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
    if (unreachable) {
      return "cannot reach the model at " + config.where() + ": " + detail + "; is the server running and the URL right?";
    }
    if (timeout) {
      return "the model at " + config.where() + " did not answer within " + config.timeoutSeconds()
          + " s (model.timeout_seconds)";
    }
    if (e instanceof dev.langchain4j.exception.AuthenticationException) {
      return "the model at " + config.where() + " refused the key from " + (config.apiKeyEnv().isEmpty()
          ? "(no model.api_key_env set)" : "$" + config.apiKeyEnv() + " (model.api_key_env)") + ": " + detail;
    }
    if (e instanceof dev.langchain4j.exception.ModelNotFoundException) {
      return "the server at " + config.where() + " has no model '" + config.name() + "' (model.name): " + detail;
    }
    return "the model at " + config.where() + " failed: " + detail;
  }

  /**
   * Never let the key reach a message, not even in part: the whole key, then any word holding
   * {@value #KEY_FRAGMENT} or more of its characters in a row (a server that echoes "sk-abc...xyz"),
   * become {@code ***}, and only then is the message shortened.
   */
  String scrub(String s) {
    return abbreviate(redactKey(s, key));
  }

  static final int KEY_FRAGMENT = 5;

  static String redactKey(String s, String key) {
    if (key == null || key.length() < 4 || key.equals("none")) {
      return s;
    }
    String out = s.replace(key, "***");
    java.util.regex.Matcher word = java.util.regex.Pattern.compile("[^\\s\"',;]+").matcher(out);
    StringBuilder sb = new StringBuilder();
    int at = 0;
    while (word.find()) {
      if (holdsFragment(word.group(), key)) {
        sb.append(out, at, word.start()).append("***");
        at = word.end();
      }
    }
    return sb.append(out.substring(at)).toString();
  }

  private static boolean holdsFragment(String word, String key) {
    int n = Math.min(KEY_FRAGMENT, key.length());
    for (int i = 0; i + n <= key.length(); i++) {
      if (word.contains(key.substring(i, i + n))) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
