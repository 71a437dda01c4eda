package winloss.core.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import winloss.core.json.Json;

/**
 * Delivers messages to the channels of a {@link NotifyConfig}: Slack and Microsoft Teams incoming
 * webhooks (an HTTPS POST of JSON with the JDK's {@link HttpClient}: Slack's {@code {"text": ...}},
 * and for Teams a message with an Adaptive Card, the payload Teams workflow webhooks accept) and
 * email over SMTP (Jakarta Mail). Each message goes to each channel at most once a day: the
 * {@link Ledger} is consulted before and written after each delivery. A failure is collected, not
 * thrown, so the other channels and messages still go out; secrets (webhook URLs, the password)
 * never appear in a failure.
 */
public final class Notifier {
  private final NotifyConfig config;
  private final Function<String, String> env;
  private final HttpClient http;

  public Notifier(NotifyConfig config, Function<String, String> env) {
    this.config = config;
    this.env = env;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** What happened: deliveries made, deliveries skipped because the ledger holds them, and failures. */
  public record Delivery(int sent, int skipped, List<String> failures, List<String> channels) {
    public Delivery {
      failures = List.copyOf(failures);
      channels = List.copyOf(channels);
    }

    public String summary() {
      return "notified " + String.join(", ", channels) + ": " + sent + " sent, " + skipped + " already sent that day"
          + (failures.isEmpty() ? "" : ", " + failures.size() + " failed");
    }
  }

  /** Sends every message to every configured channel not already in the ledger for {@code day}. */
  public Delivery send(Ledger ledger, LocalDate day, List<Message> messages) {
    int sent = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    for (String channel : config.channels()) {
      for (Message m : messages) {
        if (ledger.sent(day, channel, m.key())) {
          skipped++;
          continue;
        }
        try {
          switch (channel) {
            case "slack" -> post(channel, config.slackEnv(), slack(m));
            case "teams" -> post(channel, config.teamsEnv(), teams(m));
            default -> email(m);
          }
          ledger.record(day, channel, m.key());
          sent++;
        } catch (DeliveryException e) {
          failures.add(channel + ": " + m.subject() + ": " + e.getMessage());
        }
      }
    }
    return new Delivery(sent, skipped, failures, config.channels());
  }

  /** A delivery that did not go through; its message never holds a secret. */
  static final class DeliveryException extends Exception {
    DeliveryException(String message) {
      super(message);
    }

    DeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static String slack(Message m) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", "*" + m.subject() + "*\n" + m.text());
    return Json.write(body);
  }

  static String teams(Message m) {
    List<Object> blocks = new ArrayList<>();
    blocks.add(textBlock(m.subject(), true));
    blocks.add(textBlock(m.text(), false));
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", blocks);
    Map<String, Object> attachment = new LinkedHashMap<>();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.put("content", card);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "message");
    body.put("summary", m.subject());
    body.put("attachments", List.of(attachment));
    return Json.write(body);
  }

  private static Map<String, Object> textBlock(String text, boolean bold) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("type", "TextBlock");
    b.put("text", text);
    if (bold) {
      b.put("weight", "Bolder");
    }
    b.put("wrap", true);
    return b;
  }

  private void post(String channel, String urlEnv, String json) throws DeliveryException {
    String where = " (the URL in $" + urlEnv + ")";
    URI uri;
    try {
      uri = URI.create(env.apply(urlEnv).strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      // no cause: its message holds the URL, a secret (allowed in WrappedCausesTest)
      throw new DeliveryException("$" + urlEnv + " is not a URL");
    }
    if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
      throw new DeliveryException("$" + urlEnv + " should hold an https:// webhook URL");
    }
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        String body = r.body() == null ? "" : r.body().strip();
        throw new DeliveryException("the " + channel + " webhook answered HTTP " + r.statusCode()
            + (body.isEmpty() ? "" : " \"" + (body.length() > 120 ? body.substring(0, 120) + "..." : body).replace(uri.toString(), "[url]") + "\"")
            + where);
      }
    } catch (IOException e) {
      // no cause: its message may hold the URL, a secret (allowed in WrappedCausesTest)
      throw new DeliveryException("cannot reach the " + channel + " webhook" + where + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted", e);
    }
  }

  private void email(Message m) throws DeliveryException {
    NotifyConfig.Email e = config.email();
    List<String> to = e.recipients(m.to());
    if (to.isEmpty()) {
      throw new DeliveryException("no address for " + String.join(", ", m.to()) + " and no 'default' under notify.email.to");
    }
    Properties p = new Properties();
    p.put("mail.smtp.host", e.host());
    p.put("mail.smtp.port", String.valueOf(e.port()));
    String ms = String.valueOf(e.timeoutSeconds() * 1000);
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    if (e.security().equals("starttls")) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    } else if (e.security().equals("ssl")) {
      p.put("mail.smtp.ssl.enable", "true");
    }
    Authenticator auth = null;
    if (e.username() != null) {
      p.put("mail.smtp.auth", "true");
      String password = e.passwordEnv() == null ? "" : env.apply(e.passwordEnv());
      auth = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(e.username(), password == null ? "" : password);
        }
      };
    }
    try {
      MimeMessage mail = new MimeMessage(Session.getInstance(p, auth));
      mail.setFrom(new InternetAddress(e.from()));
      for (String a : to) {
        mail.addRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(a));
      }
      mail.setSubject(m.subject(), "UTF-8");
      mail.setText(m.text(), "UTF-8");
      Transport.send(mail);
    } catch (MessagingException ex) {
      String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
      throw new DeliveryException("SMTP " + e.host() + ":" + e.port() + " refused or failed: " + why, ex);
    }
  }
}
