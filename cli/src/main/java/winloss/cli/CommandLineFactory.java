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

  public static CommandLine create(PrintWriter out, PrintWriter err, String... args) {
    return create(out, err, System::getenv, args);
  }

  /** As {@link #create(PrintWriter, PrintWriter, String...)}, reading environment variables through {@code env}. */
  public static CommandLine create(PrintWriter out, PrintWriter err, java.util.function.Function<String, String> env, String... args) {
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cl = new CommandLine(new WinlossCommand(env));
    addSubcommands(cl, requestedSubcommand(args));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof WinlossException w) {
        cmd.getErr().println("winloss: error: " + w.getMessage());
        if (stacktrace) {
          w.printStackTrace(cmd.getErr());
        }
        return w.exitCode();
      }
      cmd.getErr().println("winloss: error: internal error: " + ex
          + (stacktrace ? "" : " (rerun with --stacktrace and report it)"));
      if (stacktrace) {
        ex.printStackTrace(cmd.getErr());
      }
      return ExitCodes.USAGE;
    });
    cl.setParameterExceptionHandler((ex, params) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("winloss: error: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
      cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    return cl;
  }
}
