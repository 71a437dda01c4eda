package winloss.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import winloss.core.diag.WinlossException;

/** Case llm-key-partial-leak: the API key never reaches a message, not even in part. */
class ChatClientKeyTest {
  static final String KEY = "sk-RELTESTKEY-0123456789abcdefXYZ";
  HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** A server answering 401 with a message that echoes what it was sent after {@code pad} characters. */
  String serve401(int pad, java.util.function.UnaryOperator<String> echo) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", ex -> {
      ex.getRequestBody().readAllBytes();
      String key = String.valueOf(ex.getRequestHeaders().getFirst("Authorization")).replace("Bearer ", "");
      byte[] body = ("{\"error\": {\"message\": \"" + "x".repeat(pad) + " Incorrect API key provided: " + echo.apply(key)
          + " please check\", \"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(401, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  private String failure(String url) {
    ChatClient client = new ChatClient(new ModelConfig("openai", url, "fake-model", "REL_TEST_KEY", 5, 0),
        Map.of("REL_TEST_KEY", KEY)::get);
    return catchThrowableOfType(WinlossException.class, () -> client.send("system", "user")).getMessage();
  }

  @Test
  void theKeyEchoedWhereTheMessageIsCutNeverShowsEvenPartly() throws IOException {
    for (int pad : new int[] {0, 230, 250, 270}) {
      String message = failure(serve401(pad, k -> k));
      server.stop(0);
      assertThat(message).as("padding %d", pad).contains("refused the key from $REL_TEST_KEY")
          .doesNotContain("RELTESTKEY", "sk-RELT", "0123456789", "abcdefXYZ", "XYZ please");
    }
  }

  @Test
  void aKeyTheServerMasksInTheMiddleIsStillHidden() throws IOException {
    String message = failure(serve401(10, k -> k.substring(0, 7) + "****" + k.substring(k.length() - 4)));
    assertThat(message).doesNotContain("sk-RELT", "fXYZ").contains("***");
  }

  @Test
  void redactionLeavesOtherWordsAlone() {
    assertThat(ChatClient.redactKey("bad key sk-RELTESTKEY-0123 for model fake", KEY)).isEqualTo("bad key *** for model fake");
    assertThat(ChatClient.redactKey("nothing here", KEY)).isEqualTo("nothing here");
    assertThat(ChatClient.redactKey("key none", "none")).isEqualTo("key none");
  }
}
