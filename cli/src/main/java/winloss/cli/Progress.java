package winloss.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A line on stderr for a command still working after about a second ("winloss: synthesize, 3s"),
 * updated each second and erased before anything else is printed. Only when the launcher says
 * stderr is a terminal ({@code -Dwinloss.progress=true}); never in a pipe, in CI or in tests, and
 * never for {@code init} (it may be asking questions) or {@code complete}.
 */
final class Progress {
  private static final long FIRST_MS = 1000;
  private final PrintStream terminal;
  private final Thread ticker;
  private boolean shown;
  private boolean stopped;

  private Progress(PrintStream terminal, String what) {
    this.terminal = terminal;
    this.ticker = terminal == null ? null : new Thread(() -> tick(what), "winloss-progress");
    if (ticker != null) {
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  /** Started for {@code args} when {@code enabled}; otherwise a progress that shows nothing. */
  static Progress start(boolean enabled, PrintStream terminal, String... args) {
    String command = CommandLineFactory.requestedSubcommand(args);
    boolean quiet = command == null || List.of("init", "complete", "help").contains(command)
        || List.of(args).contains("--help") || List.of(args).contains("-h");
    return new Progress(enabled && !quiet ? terminal : null, command);
  }

  private void tick(String what) {
    long start = System.currentTimeMillis();
    try {
      Thread.sleep(FIRST_MS);
      while (true) {
        synchronized (this) {
          if (stopped) {
            return;
          }
          long s = (System.currentTimeMillis() - start) / 1000;
          terminal.print("\rwinloss: " + what + ", " + s + "s\u001b[K");
          terminal.flush();
          shown = true;
        }
        Thread.sleep(1000);
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
    if (ticker == null) {
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
    }, true, StandardCharsets.UTF_8);
  }
}
