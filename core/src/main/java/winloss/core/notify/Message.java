package winloss.core.notify;

import java.util.List;
import java.util.Objects;

/**
 * One notification: an alert, a digest or a batch of requests.
 *
 * @param key what the ledger remembers, so the same message is not sent twice on one day (e.g.
 *     {@code alert:nudge:OPP-1042}, {@code digest:2026-W40})
 * @param subject one line: the email subject, the chat message's first line
 * @param text the body, plain text
 * @param to the roles or people it is for ("PMM", "VP Marketing (Elena Varga)", an AE's name);
 *     email maps them to addresses, the chat channels show them
 */
public record Message(String key, String subject, String text, List<String> to) {
  public Message {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    to = List.copyOf(to);
  }
}
