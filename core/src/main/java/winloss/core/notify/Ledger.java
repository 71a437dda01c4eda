package winloss.core.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import winloss.core.diag.WinlossException;

/**
 * {@code win-loss/.winloss/notified.tsv}: one line per message delivered, {@code day TAB channel
 * TAB key}, appended as each delivery succeeds, so a rerun on the same day sends only what has
 * not gone out yet (a failed channel is retried, a delivered one is not repeated).
 */
public final class Ledger {
  public static final Path FILE = Path.of("win-loss", ".winloss", "notified.tsv");
  private final Path file;
  private final Set<String> seen = new HashSet<>();

  private Ledger(Path file) {
    this.file = file;
  }

  public static Ledger open(Path root) {
    Ledger l = new Ledger(root.resolve(FILE));
    if (Files.isRegularFile(l.file)) {
      try {
        for (String line : Files.readAllLines(l.file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            l.seen.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new WinlossException(FILE + ": cannot read the notification ledger: " + e.getMessage(), e);
      }
    }
    return l;
  }

  public boolean sent(LocalDate day, String channel, String key) {
    return seen.contains(line(day, channel, key));
  }

  /** Records one delivery; the line is on disk before this returns. */
  public void record(LocalDate day, String channel, String key) {
    String line = line(day, channel, key);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new WinlossException(FILE + ": cannot record a delivery: " + e.getMessage(), e);
    }
    seen.add(line);
  }

  private static String line(LocalDate day, String channel, String key) {
    return day + "\t" + channel + "\t" + key.replace('\t', ' ').replace('\n', ' ');
  }
}
