package winloss.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import winloss.core.diag.WinlossException;

/** Builds the one {@link CommandLine} every entry point and test uses, with its error handling. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  public static CommandLine create(PrintWriter out, PrintWriter err, String... args) {
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cl = new CommandLine(new WinlossCommand());
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
