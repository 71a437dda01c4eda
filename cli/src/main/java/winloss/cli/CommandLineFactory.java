package winloss.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import winloss.core.diag.WinlossException;

/** Builds the one {@link CommandLine} every entry point and test uses, with its error handling. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  /**
   * Adds the subcommand the arguments name with its full model, and every other one as a stub
   * holding only its name and description: enough for the root's help, "did you mean", and
   * dispatch, at a fraction of picocli's start-up cost for twenty annotated commands.
   */
  static void addSubcommands(CommandLine root, String wanted) {
    for (Class<?> c : WinlossCommand.SUBCOMMANDS) {
      Command a = c.getAnnotation(Command.class);
      if (a.name().equals(wanted)) {
        root.addSubcommand(a.name(), new CommandLine(c));
      } else {
        CommandSpec stub = CommandSpec.create().name(a.name());
        stub.usageMessage().description(a.description()).hidden(a.hidden());
        root.addSubcommand(a.name(), stub);
      }
    }
  }

  /** The first argument that is not an option: the root's own options take no values. */
  static String requestedSubcommand(String... args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }

  /**
   * "Did you mean" for a mistyped option ({@code --quater} is {@code --quarter}) or nested
   * subcommand ({@code import cmr} is {@code import crm}), where picocli itself suggests nothing.
   */
  static java.util.Optional<String> typoHint(CommandLine cmd, java.util.List<String> unmatched) {
    CommandSpec spec = cmd.getCommandSpec();
    for (String arg : unmatched) {
      if (arg.startsWith("-")) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        java.util.List<String> longNames = spec.options().stream().filter(o -> !o.hidden())
            .flatMap(o -> java.util.Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
        java.util.Optional<String> hit = winloss.core.text.Suggestions.closest(name, longNames);
        if (hit.isPresent()) {
          return java.util.Optional.of(spec.qualifiedName() + " " + hit.get());
        }
      } else if (!spec.subcommands().isEmpty()) {
        java.util.Optional<String> hit = winloss.core.text.Suggestions.closest(arg, spec.subcommands().keySet());
        if (hit.isPresent()) {
          return java.util.Optional.of(spec.qualifiedName() + " " + hit.get());
        }
      }
    }
    return java.util.Optional.empty();
  }

  public static CommandLine create(PrintWriter out, PrintWriter err, String... args) {
    return create(out, err, System::getenv, args);
  }

  /** As {@link #create(PrintWriter, PrintWriter, String...)}, reading environment variables through {@code env}. */
  public static CommandLine create(PrintWriter out, PrintWriter err, java.util.function.Function<String, String> env, String... args) {
    return create(out, err, env, java.time.Clock.systemDefaultZone(), args);
  }

  /** As above, with "today" (for commands run without {@code --as-of}) read from {@code clock}. */
  public static CommandLine create(PrintWriter out, PrintWriter err, java.util.function.Function<String, String> env,
      java.time.Clock clock, String... args) {
    return create(out, err, env, clock, winloss.core.progress.ProgressListener.NONE, args);
  }

  /** As above, telling {@code progress} the phases of long work (the progress line on a terminal). */
  static CommandLine create(PrintWriter out, PrintWriter err, java.util.function.Function<String, String> env,
      java.time.Clock clock, winloss.core.progress.ProgressListener progress, String... args) {
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cl = new CommandLine(new WinlossCommand(env, clock, progress));
    addSubcommands(cl, requestedSubcommand(args));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(CommandLineFactory::executeLocked);
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof WinlossException w) {
        cmd.getErr().println("winloss: error: " + w.getMessage());
        if (stacktrace) {
          w.printStackTrace(cmd.getErr());
        }
        return w.exitCode();
      }
      return internalError(cmd.getErr(), ex, stacktrace);
    });
    cl.setParameterExceptionHandler((ex, params) -> {
      CommandLine cmd = ex.getCommandLine();
      java.util.List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : cmd.getUnmatchedArguments();
      java.util.Optional<String> hint = typoHint(cmd, unmatched);
      if (!(ex instanceof CommandLine.UnmatchedArgumentException) && hint.isPresent()) {
        // a mistyped option also leaves a required one missing: the typo is the cause, say that
        cmd.getErr().println("winloss: error: Unknown option: '" + unmatched.get(0) + "'");
      } else {
        cmd.getErr().println("winloss: error: " + ex.getMessage());
      }
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
      } else {
        hint.ifPresent(h -> cmd.getErr().println("Did you mean: " + h + "?"));
      }
      cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    return cl;
  }

  /**
   * Runs the command; a command that writes runs holding the corpus lock, taken before it reads
   * anything (so a read-modify-write such as {@code import crm} never loses another run's update)
   * and released after its files are written and committed. A lock left by a killed run is
   * reported on stderr and taken over.
   */
  static int executeLocked(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult leaf = parseResult;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    CommandLine cmd = leaf.commandSpec().commandLine();
    java.util.List<CorpusWriter> writing = findAll(leaf.commandSpec(), CorpusWriter.class).stream().filter(CorpusWriter::writes).toList();
    CorpusMixin corpus = find(leaf.commandSpec(), CorpusMixin.class);
    if (leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()) {
      return new CommandLine.RunLast().execute(parseResult);
    }
    if (corpus != null && leaf.commandSpec().userObject() instanceof CachedReport report && report.cacheable()
        && parseResult.originalArgs().stream().noneMatch(a -> a.startsWith("@"))) {
      return throughResultCache(parseResult, cmd, corpus);
    }
    if (writing.isEmpty() || corpus == null) {
      return new CommandLine.RunLast().execute(parseResult);
    }
    java.time.Duration wait = writing.stream().map(CorpusWriter::lockWait).max(java.util.Comparator.naturalOrder()).orElseThrow();
    winloss.core.output.CorpusLock lock;
    try {
      lock = winloss.core.output.CorpusLock.acquire(corpus.root(), leaf.commandSpec().qualifiedName(), wait);
    } catch (WinlossException e) {
      throw new CommandLine.ExecutionException(cmd, e.getMessage(), e);
    }
    try (lock) {
      if (lock.staleHolder() != null) {
        cmd.getErr().println("winloss: note: removed a stale corpus lock left by a run that ended without releasing it ("
            + lock.staleHolder() + ")");
      }
      return new CommandLine.RunLast().execute(parseResult);
    }
  }

  /** The command object and its mixins that are a {@code type}: a command may write in more than one way (files and --notify). */
  private static <T> java.util.List<T> findAll(CommandLine.Model.CommandSpec spec, Class<T> type) {
    java.util.List<T> out = new java.util.ArrayList<>();
    if (type.isInstance(spec.userObject())) {
      out.add(type.cast(spec.userObject()));
    }
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      if (type.isInstance(m.userObject())) {
        out.add(type.cast(m.userObject()));
      }
    }
    return out;
  }

  /**
   * Runs a {@link CachedReport} through the corpus cache's derived layer: an unchanged corpus
   * (same files, sizes and times, same command line, same day) replays what the report printed
   * and its exit code; otherwise the report runs, its output going to the user and into the cache.
   * A report that fails with an error (exit 2 or 3) is never stored.
   */
  private static int throughResultCache(CommandLine.ParseResult parseResult, CommandLine cmd, CorpusMixin corpus) {
    winloss.core.cache.ResultCache results;
    java.util.Optional<winloss.core.cache.ResultCache.Key> key;
    try {
      java.nio.file.Path root = corpus.root();
      results = winloss.core.cache.ResultCache.of(corpus.cache(), root);
      winloss.core.cache.ResultCache.Key known = WinlossCommand.resultKey(cmd.getCommandSpec(), root);
      key = known != null ? java.util.Optional.of(known) // ReportReplay scanned the corpus already: a miss
          : results.key(parseResult.originalArgs(), WinlossCommand.today(cmd.getCommandSpec()));
    } catch (WinlossException e) {
      return new CommandLine.RunLast().execute(parseResult); // no corpus: the report says so itself
    }
    if (key.isPresent()) {
      java.util.Optional<winloss.core.cache.ResultCache.Result> hit = results.get(key.get());
      if (hit.isPresent()) {
        cmd.getOut().print(hit.get().out());
        cmd.getOut().flush();
        cmd.getErr().print(hit.get().err());
        cmd.getErr().flush();
        return hit.get().exitCode();
      }
    }
    if (key.isEmpty()) {
      return new CommandLine.RunLast().execute(parseResult);
    }
    PrintWriter out = cmd.getOut();
    PrintWriter err = cmd.getErr();
    java.io.StringWriter outCopy = new java.io.StringWriter();
    java.io.StringWriter errCopy = new java.io.StringWriter();
    cmd.setOut(new PrintWriter(new Tee(out, outCopy), true));
    cmd.setErr(new PrintWriter(new Tee(err, errCopy), true));
    int code;
    try {
      code = new CommandLine.RunLast().execute(parseResult);
    } finally {
      cmd.getOut().flush();
      cmd.getErr().flush();
      cmd.setOut(out);
      cmd.setErr(err);
    }
    if (code == ExitCodes.OK || code == ExitCodes.FINDINGS) {
      results.put(key.get(), new winloss.core.cache.ResultCache.Result(code, outCopy.toString(), errCopy.toString()));
    }
    return code;
  }

  /** Writes to the user's stream and to a copy. */
  private static final class Tee extends java.io.Writer {
    private final java.io.Writer user;
    private final java.io.Writer copy;

    Tee(java.io.Writer user, java.io.Writer copy) {
      this.user = user;
      this.copy = copy;
    }

    @Override
    public void write(char[] buf, int off, int len) throws java.io.IOException {
      user.write(buf, off, len);
      copy.write(buf, off, len);
    }

    @Override
    public void flush() throws java.io.IOException {
      user.flush();
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }

  private static <T> T find(CommandLine.Model.CommandSpec spec, Class<T> type) {
    if (type.isInstance(spec.userObject())) {
      return type.cast(spec.userObject());
    }
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      if (type.isInstance(m.userObject())) {
        return type.cast(m.userObject());
      }
    }
    return null;
  }

  /**
   * Reports a bug (an exception nobody expected): exit 3, "internal error ... please report",
   * the cause chain in one line each, and the full stack traces with {@code --stacktrace}.
   */
  static int internalError(PrintWriter err, Throwable ex, boolean stacktrace) {
    err.println("winloss: error: internal error (a bug in winloss): " + ex
        + (stacktrace ? "" : "; please report it with the output of the same command rerun with --stacktrace"));
    if (stacktrace) {
      ex.printStackTrace(err);
    } else {
      for (Throwable c = ex.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        err.println("  caused by: " + c);
      }
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
