package winloss.core.notify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import winloss.core.health.Alerts;
import winloss.core.output.Phrases;

/**
 * The short messages {@code --notify} posts: one per alert, one per digest, one per batch of
 * requests. Each has a ledger key that is stable for the same content on the same day. Their
 * subjects and bodies are the phrases of {@link Phrases#NOTIFY}
 * (templates/phrases/notify.txt.mustache), so the corpus can reword them.
 */
public final class Messages {
  private Messages() {}

  /** One drafted request, as the batch message lists it. */
  public record Drafted(String opp, String outcome, LocalDate closed, String file, String interviewer, LocalDate windowEnds) {}

  /** One message per alert; the key is the rule with its evidence (or a digest of its text when it has none). */
  public static List<Message> alerts(Path root, Alerts.Report r) {
    Phrases say = Phrases.of(root, Phrases.NOTIFY);
    List<Message> out = new ArrayList<>();
    for (Alerts.Alert a : r.alerts()) {
      String key = "alert:" + a.rule() + ":" + (a.evidence().isEmpty() ? hash(a.message()) : String.join(",", a.evidence()));
      Map<String, Object> v = Alerts.view(a);
      v.put("asOf", r.asOf().toString());
      out.add(new Message(key, say.say("alertSubject", v), say.say("alertBody", v), a.to()));
    }
    return out;
  }

  /** The week's digest: its summary lines and where it was written. */
  public static Message digest(Path root, String week, String summary, String path, List<String> to) {
    Phrases say = Phrases.of(root, Phrases.NOTIFY);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("week", week);
    v.put("summary", summary);
    v.put("path", path);
    return new Message("digest:" + week, say.say("digestSubject", v), say.say("digestBody", v), to);
  }

  /** A batch of request drafts: one line per deal. */
  public static Message requests(Path root, LocalDate asOf, List<Drafted> drafted, List<String> to) {
    Phrases say = Phrases.of(root, Phrases.NOTIFY);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("asOf", asOf.toString());
    v.put("count", drafted.size());
    v.put("one", drafted.size() == 1);
    v.put("requests", drafted.stream().map(d -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("opp", d.opp());
      x.put("outcome", d.outcome());
      x.put("closed", d.closed().toString());
      x.put("file", d.file());
      x.put("interviewer", d.interviewer());
      x.put("windowEnds", String.valueOf(d.windowEnds()));
      return x;
    }).toList());
    List<String> opps = drafted.stream().map(Drafted::opp).toList();
    return new Message("requests:" + String.join(",", opps), say.say("requestsSubject", v), say.say("requestsBody", v), to);
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
