package winloss.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point. Only {@link #main} exits the JVM; everything else returns an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Progress progress = Progress.start(Boolean.getBoolean("winloss.progress"), System.err, args);
    int code;
    try {
      code = run(progress.guard(System.out), progress.guard(System.err), args);
    } finally {
      progress.stop();
    }
    System.exit(code);
  }

  /** Runs one winloss command line and returns its exit code (0 ok, 1 findings, 2 usage/input, 3 internal error). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, System::getenv, args);
  }

  /** As {@link #run(PrintStream, PrintStream, String...)}, with the environment variables read through {@code env} (tests). */
  public static int run(PrintStream out, PrintStream err, java.util.function.Function<String, String> env, String... args) {
    return run(out, err, env, java.time.Clock.systemDefaultZone(), args);
  }

  /** As above, with "today" (for commands run without {@code --as-of}) read from {@code clock} (tests fix it). */
  public static int run(PrintStream out, PrintStream err, java.util.function.Function<String, String> env, java.time.Clock clock,
      String... args) {
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return CommandLineFactory.create(o, e, env, clock, args).execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
      // what picocli's handlers let through (an Error, or a bug in the handlers themselves)
      return CommandLineFactory.internalError(e, bug, java.util.Arrays.asList(args).contains("--stacktrace"));
    } finally {
      o.flush();
      e.flush();
    }
  }
}
