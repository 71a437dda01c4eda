package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --notify} end to end against local servers only: an HTTP server standing in for the
 * Slack and Teams incoming webhooks, and GreenMail as the SMTP server.
 */
class NotifyCommandTest {
  @TempDir Path temp;
  HttpServer http;
  GreenMail smtp;
  final List<String> slack = Collections.synchronizedList(new ArrayList<>());
  final List<String> teams = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger slackStatus = new AtomicInteger(200);
  final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/slack", ex -> answer(ex, slack, slackStatus.get()));
    http.createContext("/teams", ex -> answer(ex, teams, 202));
    http.start();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    String base = "http://127.0.0.1:" + http.getAddress().getPort();
    env.put("TEST_SLACK_URL", base + "/slack/T000/B000/secret-token");
    env.put("TEST_TEAMS_URL", base + "/teams/workflow?sig=secret");
    env.put("TEST_SMTP_PASSWORD", "hunter2");
  }

  @AfterEach
  void stop() {
    http.stop(0);
    smtp.stop();
  }

  private static void answer(com.sun.net.httpserver.HttpExchange ex, List<String> into, int status) throws IOException {
    into.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    byte[] body = (status == 200 || status == 202 ? "ok" : "invalid_token").getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  Path corpus() throws IOException {
    Path root = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("c"));
    int port = smtp.getSmtp().getPort();
    Files.writeString(root.resolve("win-loss/winloss.yaml"), "notify:\n"
        + "  slack:\n    webhook_url_env: TEST_SLACK_URL\n"
        + "  teams:\n    webhook_url_env: TEST_TEAMS_URL\n"
        + "  email:\n    host: 127.0.0.1\n    port: " + port + "\n    security: none\n"
        + "    from: winloss@fixture.example\n"
        + "    to:\n      PMM: [pmm@fixture.example]\n      VP Marketing: vp@fixture.example\n      default: [team@fixture.example]\n");
    return root;
  }

  @Test
  void alertsPostOneMessagePerAlertToSlackTeamsAndEmailOncePerDay() throws Exception {
    Path root = corpus();
    CliRun first = CliRun.run(env::get, "alerts", "--as-of", "2026-07-01", "--corpus", root.toString(), "--notify").exits(1).stderrEmpty();
    int alerts = (int) first.out.lines().filter(l -> l.startsWith("[")).count();
    assertThat(alerts).isGreaterThan(0);
    first.stdoutContains("notified slack, teams, email: " + (3 * alerts) + " sent, 0 already sent that day");
    assertThat(slack).hasSize(alerts);
    assertThat(teams).hasSize(alerts);
    assertThat(slack.get(0)).startsWith("{\n  \"text\": \"*[winloss] ").contains("alert, 2026-07-01*");
    assertThat(teams.get(0)).contains("\"type\": \"message\"", "application/vnd.microsoft.card.adaptive", "\"AdaptiveCard\"");
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails.length).isGreaterThanOrEqualTo(alerts);
    assertThat(mails[0].getSubject()).startsWith("[winloss] ").endsWith("alert, 2026-07-01");
    assertThat(mails[0].getFrom()[0].toString()).isEqualTo("winloss@fixture.example");
    assertThat(GreenMailUtil.getBody(mails[0])).contains("to: ");
    assertThat(Files.readString(root.resolve("win-loss/.winloss/notified.tsv"))).startsWith("2026-07-01\tslack\talert:");

    CliRun.run(env::get, "alerts", "--as-of", "2026-07-01", "--corpus", root.toString(), "--notify").exits(1)
        .stdoutContains("notified slack, teams, email: 0 sent, " + (3 * alerts) + " already sent that day");
    assertThat(slack).hasSize(alerts);
    assertThat(smtp.getReceivedMessages()).hasSize(mails.length);
  }

  @Test
  void aFailedDeliveryIsReportedWithoutTheSecretExitsTwoAndIsRetriedNextRun() throws Exception {
    Path root = corpus();
    slackStatus.set(403);
    CliRun failed = CliRun.run(env::get, "digest", "--week", "2026-W20", "--corpus", root.toString(), "--notify").exits(2)
        .stdoutContains("wrote ", "notified slack, teams, email: 2 sent, 0 already sent that day, 1 failed")
        .stderrContains("winloss: error: notification failed: slack: [winloss] weekly digest 2026-W20: the slack webhook answered HTTP 403",
            "$TEST_SLACK_URL")
        .stderrLacks("secret-token", "hunter2");
    assertThat(failed.err).doesNotContain(env.get("TEST_SLACK_URL"));
    assertThat(root.resolve("win-loss/digests/2026-W20.md")).isRegularFile();
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2); // GreenMail stores one copy per recipient of the one message
    assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactly("pmm@fixture.example", "vp@fixture.example");
    assertThat(GreenMailUtil.getBody(mails[0])).contains("The digest: win-loss/digests/2026-W20.md");

    slackStatus.set(200);
    CliRun.run(env::get, "digest", "--week", "2026-W20", "--corpus", root.toString(), "--notify").exits(0)
        .stdoutContains("unchanged ", "notified slack, teams, email: 1 sent, 2 already sent that day");
    assertThat(slack).hasSize(2);
    assertThat(teams).hasSize(1);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void aMissingVariableOrASecretInTheFileRefusesBeforeAnythingIsWritten() throws Exception {
    Path root = corpus();
    env.remove("TEST_TEAMS_URL");
    CliRun.run(env::get, "digest", "--week", "2026-W20", "--corpus", root.toString(), "--notify").exits(2)
        .stderrContains("the environment variable TEST_TEAMS_URL (named by notify.teams.webhook_url_env in win-loss/winloss.yaml) is not set");
    assertThat(root.resolve("win-loss/digests")).doesNotExist();
    Files.writeString(root.resolve("win-loss/winloss.yaml"), "notify:\n  slack:\n    webhook_url: https://hooks.slack.com/services/T/B/x\n");
    CliRun.run(env::get, "alerts", "--as-of", "2026-07-01", "--corpus", root.toString(), "--notify").exits(2)
        .stderrContains("win-loss/winloss.yaml:3: never write a webhook URL in the corpus").stderrLacks("hooks.slack.com");
    assertThat(slack).isEmpty();
  }

  @Test
  void requestDueDraftsEveryMissingRequestAndAnnouncesTheBatch() throws Exception {
    Path root = corpus();
    Files.writeString(root.resolve("win-loss/deals.csv"), Files.readString(root.resolve("win-loss/deals.csv"))
        + "OPP-20,Nord Ltd,lost,2026-06-26,90000,enterprise,energy,Helix,Tom Reyes,,40,Price,price,CFO,\n"
        + "OPP-21,Oslo AB,won,2026-06-28,80000,mid-market,retail,Lumen,Mia Chen,,30,Connectors,,CTO,\n");
    CliRun r = CliRun.run(env::get, "request", "--due", "--as-of", "2026-07-01", "--corpus", root.toString(), "--notify").exits(0);
    r.stdoutContains("wrote ", "requests/OPP-20.md", "requests/OPP-21.md", "notified slack, teams, email: 3 sent");
    assertThat(root.resolve("win-loss/requests/OPP-20.md")).isRegularFile();
    assertThat(slack).hasSize(1);
    assertThat(slack.get(0)).contains("2 interview requests drafted, 2026-07-01", "OPP-20 (lost, closed 2026-06-26): win-loss/requests/OPP-20.md");
    CliRun.run(env::get, "request", "--due", "--as-of", "2026-07-01", "--corpus", root.toString()).exits(0)
        .stdoutContains("skipped OPP-20: already drafted", "no request due as of 2026-07-01");
  }
}
