package winloss.core.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import winloss.core.health.Alerts;

/**
 * The short messages {@code --notify} posts: one per alert, one per digest, one per batch of
 * requests. Each has a ledger key that is stable for the same content on the same day.
 */
public final class Messages {
  private Messages() {}

  /** One message per alert; the key is the rule with its evidence (or a digest of its text when it has none). */
  public static List<Message> alerts(Alerts.Report r) {
    List<Message> out = new ArrayList<>();
    for (Alerts.Alert a : r.alerts()) {
      String key = "alert:" + a.rule() + ":" + (a.evidence().isEmpty() ? hash(a.message()) : String.join(",", a.evidence()));
      StringBuilder text = new StringBuilder(a.message()).append('\n');
      text.append("to: ").append(String.join(", ", a.to())).append('\n');
      text.append("by: ").append(a.by() == null ? "" : a.by() + " ").append('(').append(a.within()).append(")");
      if (!a.evidence().isEmpty()) {
        text.append("\nevidence: ").append(String.join(", ", a.evidence()));
      }
      out.add(new Message(key, "[winloss] " + a.rule() + " alert, " + r.asOf(), text.toString(), a.to()));
    }
    return out;
  }

  /** The week's digest: its summary lines and where it was written. */
  public static Message digest(String week, String summary, String path, List<String> to) {
    return new Message("digest:" + week, "[winloss] weekly digest " + week, summary + "\nThe digest: " + path, to);
  }

  /** A batch of request drafts: one line per deal. */
  public static Message requests(LocalDate asOf, List<String> lines, List<String> opps, List<String> to) {
    return new Message("requests:" + String.join(",", opps), "[winloss] " + opps.size() + " interview request"
        + (opps.size() == 1 ? "" : "s") + " drafted, " + asOf, String.join("\n", lines), to);
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
