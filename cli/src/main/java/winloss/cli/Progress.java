package winloss.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import winloss.core.progress.ProgressListener;

/**
 * A line on stderr for a command still working after about a second, naming the phase it is in
 * ("winloss synthesize: reading 1204 write-ups (2s)"), updated as the phase changes and each
 * second, and erased before anything else is printed; once the command prints, the line is gone
 * for good. Only when stderr is a terminal (the launcher tests it with {@code [ -t 2 ]} and
 * passes {@code -Dwinloss.progress=true}); never in a pipe, in CI or in tests' stderr, and never
 * for {@code init} (it may be asking questions), {@code complete} or help.
 *
 * <p>Phases come from core through {@link ProgressListener} (reading write-ups and deals.csv,
 * checking the corpus, importing an export, rendering HTML and PDF) and from the commands
 * (building a report, writing files, committing).
 */
final class Progress implements ProgressListener {
  /**
   * When the line first shows, how often it is refreshed, and the clock it measures with.
   *
   * @param after how long the work runs before the line first shows (a second on a terminal)
   * @param every the refresh interval of the elapsed seconds; zero: no refresh thread, the line
   *     changes only with the phase (tests)
   * @param nanoTime the monotonic time source, {@link System#nanoTime} on a terminal
   */
  record Timing(Duration after, Duration every, LongSupplier nanoTime) {
    /** What a terminal gets: after a second, refreshed each second. */
    static final Timing TERMINAL = new Timing(Duration.ofSeconds(1), Duration.ofSeconds(1), System::nanoTime);
  }

  private final PrintStream terminal;
  private final Timing timing;
  private final String command;
  private final long start;
  private final Thread ticker;
  private String phase = "working";
  private boolean shown;
  private boolean stopped;

  private Progress(PrintStream terminal, Timing timing, String command) {
    this.terminal = terminal;
    this.timing = timing;
    this.command = command;
    this.start = terminal == null ? 0 : timing.nanoTime().getAsLong();
    boolean tick = terminal != null && !timing.every().isZero() && !timing.every().isNegative();
    this.ticker = tick ? new Thread(this::tick, "winloss-progress") : null;
    if (ticker != null) {
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  /** A progress that shows nothing (stderr is not a terminal). */
  static Progress off() {
    return new Progress(null, null, null);
  }

  /**
   * The progress for {@code args}: on {@code terminal} with {@code timing} when stderr is a
   * terminal ({@code timing} not null), else {@link #off()}.
   */
  static Progress start(Timing timing, PrintStream terminal, String... args) {
    String command = CommandLineFactory.requestedSubcommand(args);
    boolean quiet = command == null || List.of("init", "complete", "help").contains(command)
        || List.of(args).contains("--help") || List.of(args).contains("-h");
    return timing == null || quiet ? off() : new Progress(terminal, timing, command);
  }

  /** The phase the command has entered; shown at once when the work has run longer than {@code after}. */
  @Override
  public synchronized void phase(String what) {
    if (terminal == null || stopped) {
      return;
    }
    phase = what;
    long elapsed = elapsedNanos();
    if (elapsed >= timing.after().toNanos()) {
      show(elapsed);
    }
  }

  private long elapsedNanos() {
    return timing.nanoTime().getAsLong() - start;
  }

  private void show(long elapsedNanos) {
    terminal.print("\rwinloss " + command + ": " + phase + " (" + elapsedNanos / 1_000_000_000L + "s)\u001b[K");
    terminal.flush();
    shown = true;
  }

  private void tick() {
    try {
      Thread.sleep(timing.after().toMillis());
      while (true) {
        synchronized (this) {
          if (stopped) {
            return;
          }
          show(elapsedNanos());
        }
        Thread.sleep(timing.every().toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the line and erases it, if it was shown. */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (shown) {
      terminal.print("\r\u001b[K");
      terminal.flush();
    }
    if (ticker != null) {
      ticker.interrupt();
    }
  }

  /** {@code out}, stopping the progress line before its first byte. */
  PrintStream guard(PrintStream out) {
    if (terminal == null) {
      return out;
    }
    return new PrintStream(new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        stop();
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        stop();
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    }, true, StandardCharsets.UTF_8);
  }
}
