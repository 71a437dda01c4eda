package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent sweep (issue 11): every command, in every format, on a corpus whose accounts
 * without consent are named in quotes, answers, AE notes, champion titles, interviewee titles and
 * success criteria (and one declined interview saying {@code attribute: true}); none of their
 * names, with or without the legal suffix, may appear in stdout, stderr or any file a command
 * writes. The corpus's own records (deals.csv and the write-ups under interviews/, which hold the
 * names by nature) are the only files exempt, and only when a command did not write them for
 * output's sake.
 */
class ConsentSweepTest {
  /** Every form of every name that may not appear: full names and their suffix-less forms. */
  static final List<String> HIDDEN = List.of("Secret Corp", "Secret", "Hidden LLC", "Hidden", "Quiet Inc", "Quiet",
      "Declined Partners GmbH", "Declined Partners", "Stringy Labs");
  static final Pattern ANY = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|",
      HIDDEN.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");

  @TempDir Path temp;
  HttpServer server;
  String reply = "# Draft\n\nA buyer said \"At [account], Rival beat your price by a third.\" (D-2:L20, redacted)\n";

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void noCommandInAnyFormatNamesAnAccountWithoutConsent() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", ex -> {
      ex.getRequestBody().readAllBytes();
      byte[] body = CodeLlmTest.completion(reply).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
    Path root = TestCorpus.copy(AccountsFixture.CONSENT, temp.resolve("corpus"));
    Files.writeString(root.resolve("win-loss/winloss.yaml"), "model:\n  base_url: http://127.0.0.1:"
        + server.getAddress().getPort() + "/v1\n  name: canned\n  timeout_seconds: 10\n");
    Files.createDirectories(root.resolve("incoming"));
    Files.writeString(root.resolve("incoming/call.txt"), "Pat Lee: Why did you choose Rival?\n"
        + "Buyer: At Quiet Inc the budget was the thing, and Rival was cheaper.\n");
    Files.writeString(root.resolve("incoming/export.csv"), "Opportunity ID,Account Name,Stage,Close Date,Amount,Owner\n"
        + "D-7,Secret Corp,Closed Lost,2026-09-20,30000,Al Rep\n");
    Map<String, byte[]> inputs = snapshot(root);

    String c = root.toString();
    List<List<String>> runs = new ArrayList<>();
    for (String f : List.of("md", "json", "csv")) {
      runs.add(List.of("check", "--corpus", c, "--format", f));
      runs.add(List.of("due", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("synthesize", "--corpus", c, "--quarter", "2026-Q3", "--format", f));
      runs.add(List.of("themes", "--corpus", c, "--month", "2026-09", "--format", f));
      runs.add(List.of("teardown", "--corpus", c, "--competitor", "Rival", "--format", f));
      runs.add(List.of("kpis", "--corpus", c, "--quarter", "2026-Q3", "--format", f));
      runs.add(List.of("alerts", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("plays", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("plays", "--corpus", c, "--as-of", "2026-10-01", "--segment", "--format", f));
      for (String opp : List.of("D-1", "D-2", "D-3", "D-6")) {
        runs.add(List.of("code", "--corpus", c, "--opp", opp, "--format", f));
      }
    }
    for (String opp : List.of("D-1", "D-2", "D-3", "D-4", "D-5", "D-6")) {
      runs.add(List.of("request", "--corpus", c, "--opp", opp));
      runs.add(List.of("script", "--corpus", c, "--opp", opp));
      runs.add(List.of("prompt", "--corpus", c, opp.equals("D-1") || opp.equals("D-6") ? "win-script" : "loss-script", "--opp", opp));
    }
    runs.add(List.of("new", "--corpus", c, "--opp", "D-4", "--dry-run"));
    runs.add(List.of("digest", "--corpus", c, "--week", "2026-W38"));
    runs.add(List.of("actions", "--corpus", c, "--as-of", "2026-10-01"));
    for (String name : List.of("themes", "readout")) {
      runs.add(List.of("prompt", "--corpus", c, name, "--quarter", "2026-Q3"));
      runs.add(List.of("prompt", "--corpus", c, name, "--quarter", "2026-Q3", "--run"));
    }
    runs.add(List.of("prompt", "--corpus", c, "teardown", "--competitor", "Rival"));
    runs.add(List.of("prompt", "--corpus", c, "teardown", "--competitor", "Rival", "--run"));
    runs.add(List.of("prompt", "--corpus", c, "loss-script", "--opp", "D-3", "--run"));
    runs.add(List.of("synthesize", "--corpus", c, "--quarter", "2026-Q3"));
    runs.add(List.of("themes", "--corpus", c, "--month", "2026-09"));
    runs.add(List.of("teardown", "--corpus", c, "--competitor", "Rival"));
    runs.add(List.of("code", "--corpus", c, "--opp", "D-2", "--assist", "llm"));
    runs.add(List.of("code", "--corpus", c, "--opp", "D-3", "--apply"));
    runs.add(List.of("ingest", "--corpus", c, "--opp", "D-4", "--dry-run", root.resolve("incoming/call.txt").toString()));
    runs.add(List.of("import", "crm", "--corpus", c, "--dry-run", root.resolve("incoming/export.csv").toString()));
    runs.add(List.of("templates", "list"));

    List<String> leaks = new ArrayList<>();
    int ran = 0;
    for (List<String> args : runs) {
      CliRun r = CliRun.run(args.toArray(String[]::new));
      ran++;
      assertThat(r.exit).as("winloss %s: %s", String.join(" ", args), r.err).isNotEqualTo(3);
      find("stdout of winloss " + String.join(" ", args), r.out, leaks);
      find("stderr of winloss " + String.join(" ", args), r.err, leaks);
    }
    Map<String, byte[]> after = snapshot(root);
    int written = 0;
    for (Map.Entry<String, byte[]> e : after.entrySet()) {
      if (Arrays.equals(inputs.get(e.getKey()), e.getValue())) {
        continue;
      }
      written++;
      if (e.getKey().startsWith("win-loss/interviews/")) {
        // code --apply tags the buyer's own words in the write-up (the corpus's record, as written)
        assertThat(e.getKey()).isEqualTo("win-loss/interviews/D-3.md");
        continue;
      }
      find("file " + e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8), leaks);
    }
    assertThat(ran).isGreaterThan(70);
    assertThat(written).as("the sweep wrote documents to look into").isGreaterThanOrEqualTo(8);
    assertThat(leaks).as("names of accounts without consent").isEmpty();
  }

  private static void find(String where, String text, List<String> leaks) {
    Matcher m = ANY.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      leaks.add(where + ": ..." + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "...");
    }
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".git/")) {
          out.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

}
