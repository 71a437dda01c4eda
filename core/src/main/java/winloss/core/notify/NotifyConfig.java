package winloss.core.notify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import winloss.core.diag.WinlossException;
import winloss.core.settings.SettingsFile;
import winloss.core.yaml.YNode;

/**
 * The notification channels, from the {@code notify:} block of {@code win-loss/winloss.yaml}:
 *
 * <pre>
 * notify:
 *   slack:
 *     webhook_url_env: WINLOSS_SLACK_WEBHOOK_URL   # the NAME of the variable holding the incoming-webhook URL
 *   teams:
 *     webhook_url_env: WINLOSS_TEAMS_WEBHOOK_URL
 *   email:
 *     host: smtp.example.com
 *     port: 587
 *     security: starttls        # starttls (default), ssl, or none
 *     username: winloss@example.com
 *     password_env: WINLOSS_SMTP_PASSWORD
 *     from: winloss@example.com
 *     to:                       # recipients per role (or person); "default" gets what no role matches
 *       PMM: [priya@example.com]
 *       VP Marketing: elena@example.com
 * </pre>
 *
 * A webhook URL or a password is a secret: it is read from the environment variable the file
 * names, never from the file, and never printed. Each channel is optional; at least one is needed.
 */
public record NotifyConfig(String slackEnv, String teamsEnv, Email email) {
  public static final Path FILE = SettingsFile.FILE;

  /** SMTP settings; {@code to} maps a role or person (compared case-insensitively) to addresses. */
  public record Email(String host, int port, String security, String username, String passwordEnv, String from,
      Map<String, List<String>> to, int timeoutSeconds) {
    public Email {
      Map<String, List<String>> m = new LinkedHashMap<>();
      to.forEach((k, v) -> m.put(k.trim().toLowerCase(Locale.ROOT), List.copyOf(v)));
      to = java.util.Collections.unmodifiableMap(m);
    }

    /** The addresses for {@code roles} (a role, a person, or "Role (Person)"), else those of {@code default}. */
    public List<String> recipients(List<String> roles) {
      List<String> out = new ArrayList<>();
      for (String r : roles) {
        for (String key : keys(r)) {
          for (String a : to.getOrDefault(key, List.of())) {
            if (!out.contains(a)) {
              out.add(a);
            }
          }
        }
      }
      return out.isEmpty() ? to.getOrDefault("default", List.of()) : out;
    }

    private static List<String> keys(String recipient) {
      String r = recipient.trim();
      int open = r.indexOf(" (");
      if (open > 0 && r.endsWith(")")) {
        return List.of(r.substring(0, open).toLowerCase(Locale.ROOT), r.substring(open + 2, r.length() - 1).toLowerCase(Locale.ROOT));
      }
      return List.of(r.toLowerCase(Locale.ROOT));
    }
  }

  /** The channel names configured, in the order messages go out. */
  public List<String> channels() {
    List<String> c = new ArrayList<>();
    if (slackEnv != null) {
      c.add("slack");
    }
    if (teamsEnv != null) {
      c.add("teams");
    }
    if (email != null) {
      c.add("email");
    }
    return c;
  }

  /** Every environment variable the channels need is set; else a usage error naming the variable (nothing sent or written). */
  public void requireEnvironment(Function<String, String> env) {
    for (String[] need : new String[][] {{slackEnv, "notify.slack.webhook_url_env"}, {teamsEnv, "notify.teams.webhook_url_env"},
        {email == null ? null : email.passwordEnv(), "notify.email.password_env"}}) {
      if (need[0] != null && !need[0].isEmpty()) {
        String v = env.apply(need[0]);
        if (v == null || v.isBlank()) {
          throw new WinlossException("the environment variable " + need[0] + " (named by " + need[1] + " in " + FILE
              + ") is not set; export it (in CI, from a secret) or remove that channel");
        }
      }
    }
  }

  public static NotifyConfig read(Path root) {
    YNode n = SettingsFile.block(root, "notify",
        "--notify needs " + FILE + " with a notify: block (slack, teams or email); see docs/notifications.md",
        "no notify: block; add notify: with slack, teams or email (see docs/notifications.md)");
    String slack = webhook(n, "slack");
    String teams = webhook(n, "teams");
    Email email = n.has("email") ? email(n.get("email")) : null;
    for (String key : n.entries().keySet()) {
      if (!List.of("slack", "teams", "email").contains(key)) {
        throw new WinlossException(FILE + ":" + n.keyLine(key) + ": notify." + key + " is not a channel; use slack, teams or email");
      }
    }
    if (slack == null && teams == null && email == null) {
      throw new WinlossException(FILE + ":" + n.line() + ": notify: configures no channel; add slack, teams or email");
    }
    return new NotifyConfig(slack, teams, email);
  }

  private static String webhook(YNode n, String channel) {
    YNode c = n.get(channel);
    if (c == null || c.isNull()) {
      return null;
    }
    if (!c.isMap()) {
      throw new WinlossException(FILE + ":" + n.keyLine(channel) + ": notify." + channel + " should be a mapping with webhook_url_env");
    }
    if (c.has("webhook_url") || c.has("url")) {
      throw new WinlossException(FILE + ":" + c.keyLine(c.has("url") ? "url" : "webhook_url") + ": never write a webhook URL in the corpus"
          + " (it is a secret); put it in an environment variable and name that variable with notify." + channel
          + ".webhook_url_env (then rotate the webhook)");
    }
    String env = scalar(c, "webhook_url_env", "notify." + channel + ".");
    if (env == null) {
      throw new WinlossException(FILE + ":" + c.line() + ": notify." + channel + ".webhook_url_env is missing (the name of the"
          + " environment variable holding the incoming-webhook URL)");
    }
    return env;
  }

  private static Email email(YNode e) {
    String w = "notify.email.";
    if (!e.isMap()) {
      throw new WinlossException(FILE + ":" + e.line() + ": notify.email should be a mapping (host, port, from, to)");
    }
    if (e.has("password")) {
      throw new WinlossException(FILE + ":" + e.keyLine("password") + ": never write a password in the corpus; put it in an"
          + " environment variable and name that variable with notify.email.password_env (then change the password)");
    }
    String host = scalar(e, "host", w);
    String from = scalar(e, "from", w);
    if (host == null || from == null) {
      throw new WinlossException(FILE + ":" + e.line() + ": notify.email needs host and from");
    }
    String security = scalar(e, "security", w);
    security = security == null ? "starttls" : security.toLowerCase(Locale.ROOT);
    if (!List.of("starttls", "ssl", "none").contains(security)) {
      throw new WinlossException(FILE + ":" + e.keyLine("security") + ": notify.email.security '" + security + "' should be starttls, ssl or none");
    }
    int port = number(e, "port", security.equals("ssl") ? 465 : 587);
    int timeout = number(e, "timeout_seconds", 20);
    YNode to = e.get("to");
    if (to == null || !to.isMap() || to.entries().isEmpty()) {
      throw new WinlossException(FILE + ":" + (to == null ? e.line() : to.line()) + ": notify.email.to should map roles to addresses,"
          + " e.g. 'PMM: [priya@example.com]'");
    }
    Map<String, List<String>> recipients = new LinkedHashMap<>();
    for (Map.Entry<String, YNode> r : to.entries().entrySet()) {
      List<String> addresses = new ArrayList<>();
      for (YNode a : r.getValue().isSeq() ? r.getValue().items() : List.of(r.getValue())) {
        if (!a.isScalar() || a.isNull() || !a.text().trim().matches("[^@\\s]+@[^@\\s]+")) {
          throw new WinlossException(FILE + ":" + a.line() + ": notify.email.to." + r.getKey() + ": '" + (a.isScalar() ? a.text() : "")
              + "' is not an email address");
        }
        addresses.add(a.text().trim());
      }
      recipients.put(r.getKey(), addresses);
    }
    return new Email(host, port, security, scalar(e, "username", w), scalar(e, "password_env", w), from, recipients, timeout);
  }

  private static String scalar(YNode m, String key, String where) {
    YNode v = m.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isScalar()) {
      throw new WinlossException(FILE + ":" + m.keyLine(key) + ": " + where + key + " should be a single value");
    }
    String t = v.text().trim();
    return t.isEmpty() ? null : t;
  }

  private static int number(YNode m, String key, int fallback) {
    String s = scalar(m, key, "notify.email.");
    if (s == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(s);
      if (n < 1 || n > 65535) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException ex) {
      throw new WinlossException(FILE + ":" + m.keyLine(key) + ": notify.email." + key + " '" + s + "' should be a whole number", ex);
    }
  }
}
