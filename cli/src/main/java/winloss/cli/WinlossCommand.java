package winloss.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands. */
@Command(
    name = "winloss",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Run a B2B win/loss program as code.",
    description =
        "Reads the win/loss corpus (operator-brief.md and win-loss/) found by walking up from"
            + " the working directory, or --corpus DIR, and writes the program's artifacts.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  ok",
      "  1  findings (check errors, alerts firing, nothing to report)",
      "  2  usage or input error; nothing was written",
      "  3  internal error (a bug in winloss: please report it)",
      "",
      "Docs: docs/README.md in the winloss repository."
    })
public final class WinlossCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. They are not in the annotation: building
   * picocli's model of all of them costs more than the rest of a typical run, so the factory
   * builds only the one asked for (see {@link CommandLineFactory}).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      InitCommand.class,
      CheckCommand.class,
      ImportCommand.class,
      DueCommand.class,
      RequestCommand.class,
      ScriptCommand.class,
      NewCommand.class,
      IngestCommand.class,
      CodeCommand.class,
      AgreementCommand.class,
      ExportCommand.class,
      DigestCommand.class,
      SynthesizeCommand.class,
      PublishCommand.class,
      ThemesCommand.class,
      TeardownCommand.class,
      ActionsCommand.class,
      FixesCommand.class,
      HygieneCommand.class,
      KpisCommand.class,
      AlertsCommand.class,
      PlaysCommand.class,
      PromptCommand.class,
      TemplatesCommand.class,
      CacheCommand.class,
      WarmupCommand.class,
      CompleteCommand.class);

  @Spec CommandSpec spec;

  /** The environment the commands read secrets from (webhook URLs, passwords, API keys by name). */
  private java.util.function.Function<String, String> env = System::getenv;

  /** Where "today" comes from when a command has no {@code --as-of} (a fixed clock in tests). */
  private java.time.Clock clock = java.time.Clock.systemDefaultZone();

  WinlossCommand() {}

  /** Told the phases of long work: the progress line on a terminal, else nothing. */
  private winloss.core.progress.ProgressListener progress = winloss.core.progress.ProgressListener.NONE;

  WinlossCommand(java.util.function.Function<String, String> env, java.time.Clock clock,
      winloss.core.progress.ProgressListener progress) {
    this.env = env;
    this.clock = clock;
    this.progress = progress;
  }

  /** The result-cache key {@link ReportReplay} computed for these arguments and found nothing under, or null. */
  private ReportReplay.Missed resultKey;

  void resultKey(ReportReplay.Missed missed) {
    this.resultKey = missed;
  }

  /**
   * The key already computed for this command line (no second scan of the corpus), or null when
   * none was, or it was computed for another corpus folder than {@code root}.
   */
  static winloss.core.cache.ResultCache.Key resultKey(CommandSpec any, java.nio.file.Path root) {
    return any.root().userObject() instanceof WinlossCommand w && w.resultKey != null && w.resultKey.root().equals(root)
        ? w.resultKey.key() : null;
  }

  /** The progress listener of the command line {@code any} belongs to. */
  static winloss.core.progress.ProgressListener progress(CommandSpec any) {
    Object root = any.root().userObject();
    return root instanceof WinlossCommand w ? w.progress : winloss.core.progress.ProgressListener.NONE;
  }

  java.util.function.Function<String, String> env() {
    return env;
  }

  /** Today's date by the injected clock, for any command's spec (its root is this command). */
  static java.time.LocalDate today(CommandSpec any) {
    Object root = any.root().userObject();
    java.time.Clock c = root instanceof WinlossCommand w ? w.clock : java.time.Clock.systemDefaultZone();
    return java.time.LocalDate.now(c);
  }

  @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error (for bug reports).")
  boolean stacktrace;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
