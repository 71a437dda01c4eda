package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.json.Json;

/** {@code code --assist llm} against a real local OpenAI-compatible HTTP server with canned replies. */
class CodeLlmTest {
  @TempDir Path temp;
  HttpServer server;
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  final List<String> auth = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** Starts a server on 127.0.0.1 answering every chat completion with {@code content}; returns its base URL. */
  String serve(int status, String content) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", ex -> {
      requests.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      byte[] body = (status == 200 ? completion(content) : "{\"error\":{\"message\":\"" + content + "\"}}")
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(status, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  static String completion(String content) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("role", "assistant");
    message.put("content", content);
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("index", 0);
    choice.put("message", message);
    choice.put("finish_reason", "stop");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", "chatcmpl-1");
    m.put("object", "chat.completion");
    m.put("created", 1);
    m.put("model", "canned");
    m.put("choices", List.of(choice));
    m.put("usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2));
    return Json.write(m);
  }

  static String suggestions(Object... items) {
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < items.length; i += 3) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("question", items[i]);
      s.put("code", items[i + 1]);
      s.put("quote", items[i + 2]);
      s.put("why", "canned");
      list.add(s);
    }
    return Json.write(Map.of("suggestions", list));
  }

  Path corpus(String baseUrl) throws IOException {
    Path root = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("corpus"));
    Files.writeString(root.resolve("win-loss/winloss.yaml"),
        "model:\n  provider: openai\n  base_url: " + baseUrl + "\n  name: canned-model\n  timeout_seconds: 10\n");
    return root;
  }

  @Test
  void aGoodReplyIsVerifiedAndApplied() throws IOException {
    String url = serve(200, suggestions(1, "security-review", "After our security team read both SOC 2 reports."));
    Path root = corpus(url);
    Path file = root.resolve("win-loss/interviews/OPP-2.md");
    String before = Files.readString(file);
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm", "--apply")
        .exits(0)
        .stdoutContains("(assist: llm): 1 suggestions verified, 0 dropped",
            "#security-review (factor/objection): \"After our security team read both SOC 2 reports.\" [model: canned]",
            "wrote ");
    assertThat(Files.readString(file)).isEqualTo(before.replace(
        "After our security team read both SOC 2 reports.\n",
        "After our security team read both SOC 2 reports.\n\n> After our security team read both SOC 2 reports. #security-review\n"));
    // what was sent: the codebook and the answers, never the account or the roster
    assertThat(requests).hasSize(1);
    String sent = requests.get(0);
    assertThat(sent).contains("canned-model", "security-review", "Was price a factor, and if so, how?",
        "Helix answered the security questionnaire in two days").doesNotContain("Birch Health", "Halden Research");
    assertThat(auth.get(0)).isEqualTo("Bearer none");
  }

  @Test
  void anInventedQuoteAndAnUnknownCodeAreDroppedAndCounted() throws IOException {
    String url = serve(200, "```json\n" + suggestions(
        1, "security-review", "After our security team read both SOC 2 reports.",
        4, "price", "Price was the only thing that mattered to us.",
        1, "vendor-lockin", "After our security team read both SOC 2 reports.") + "\n```");
    Path root = corpus(url);
    Path file = root.resolve("win-loss/interviews/OPP-2.md");
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm", "--apply")
        .exits(0)
        .stdoutContains("1 suggestions verified, 2 dropped", "dropped (failed verification):",
            "- #price \"Price was the only thing that mattered to us.\": quote is not verbatim in answer 4",
            "- #vendor-lockin \"After our security team read both SOC 2 reports.\": unknown code 'vendor-lockin'");
    String after = Files.readString(file);
    assertThat(after).doesNotContain("Price was the only thing", "vendor-lockin").contains("reports. #security-review");
  }

  @Test
  void aReplyThatIsNotTheJsonAskedForChangesNothing() throws IOException {
    Path root = corpus(serve(200, "Sure! I think the decisive factor was security."));
    Path file = root.resolve("win-loss/interviews/OPP-2.md");
    String before = Files.readString(file);
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm", "--apply")
        .exits(2).stderrContains("is not what was asked for", "nothing was written").noStackTrace();
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void anUnreachableEndpointNamesTheUrlAndTheSetting() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/v1";
    Path root = corpus(url);
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm")
        .exits(2).stderrContains("cannot reach the model at " + url, "model.base_url in win-loss/winloss.yaml").noStackTrace();
  }

  @Test
  void aMissingKeyVariableIsNamedAndAKeyInTheFileRefused() throws IOException {
    Path root = corpus("http://127.0.0.1:9/v1");
    Path yaml = root.resolve("win-loss/winloss.yaml");
    Files.writeString(yaml, Files.readString(yaml) + "  api_key_env: WINLOSS_TEST_UNSET_KEY_VARIABLE\n");
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm")
        .exits(2).stderrContains("WINLOSS_TEST_UNSET_KEY_VARIABLE", "is not set");
    Files.writeString(yaml, Files.readString(yaml) + "  api_key: sk-oops\n");
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm")
        .exits(2).stderrContains("never write a key in the corpus").stderrLacks("sk-oops");
  }

  @Test
  void noConfigSaysWhatToCreate() {
    Path root = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("plain"));
    CliRun.run("code", "--corpus", root.toString(), "--opp", "OPP-2", "--assist", "llm")
        .exits(2).stderrContains("no win-loss/winloss.yaml", "model:");
  }
}
