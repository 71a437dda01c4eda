package winloss.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point. Only {@link #main} exits the JVM; everything else returns an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // The launcher passes -Dwinloss.progress=true when stderr is a terminal ([ -t 2 ], isatty);
    // Java 17 cannot tell stderr's kind itself (System.console() is about stdin and stdout).
    boolean stderrIsTerminal = Boolean.getBoolean("winloss.progress");
    System.exit(run(System.out, System.err, System::getenv, java.time.Clock.systemDefaultZone(),
        stderrIsTerminal ? Progress.Timing.TERMINAL : null, args));
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
    return run(out, err, env, clock, (Progress.Timing) null, args);
  }

  /**
   * As above, with the progress line on {@code err} when {@code terminal} is not null (stderr is a
   * terminal: the line shows after {@code terminal.after()} of work); null shows no progress.
   */
  static int run(PrintStream out, PrintStream err, java.util.function.Function<String, String> env, java.time.Clock clock,
      Progress.Timing terminal, String... args) {
    Progress progress = Progress.start(terminal, err, args);
    try {
      return runWith(progress.guard(out), progress.guard(err), env, clock, progress, args);
    } finally {
      progress.stop();
    }
  }

  private static int runWith(PrintStream out, PrintStream err, java.util.function.Function<String, String> env, java.time.Clock clock,
      Progress progress, String... args) {
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      java.util.Optional<String> help = HelpText.lookup(java.util.List.of(args), () -> HelpText.ansi(env));
      if (help.isPresent()) {
        o.print(help.get());
        return ExitCodes.OK;
      }
      ReportReplay.Outcome replayed = ReportReplay.attempt(o, e, clock, args);
      if (replayed.exitCode().isPresent()) {
        return replayed.exitCode().get();
      }
      picocli.CommandLine cl = CommandLineFactory.create(o, e, env, clock, progress, args);
      replayed.missed().ifPresent(((WinlossCommand) cl.getCommandSpec().userObject())::resultKey);
      return cl.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
      // what picocli's handlers let through (an Error, or a bug in the handlers themselves)
      return CommandLineFactory.internalError(e, bug, java.util.Arrays.asList(args).contains("--stacktrace"));
    } finally {
      o.flush();
      e.flush();
    }
  }
}
