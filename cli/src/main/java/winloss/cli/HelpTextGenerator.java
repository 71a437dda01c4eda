package winloss.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Build time: renders every command's usage with picocli into the classpath texts
 * {@link HelpText} prints (issue 15, "Start-up"). Run by exec-maven-plugin at
 * {@code process-classes}; {@code HelpTextTest} checks the texts against picocli again.
 */
public final class HelpTextGenerator {
  private HelpTextGenerator() {}

  /** Every command path, the root first: {@code [winloss]}, {@code [winloss, import]}, {@code [winloss, import, crm]}, ... */
  static List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    paths.add(List.of("winloss"));
    for (Class<?> c : WinlossCommand.SUBCOMMANDS) {
      String name = c.getAnnotation(CommandLine.Command.class).name();
      CommandLine root = render(List.of(name), false).commandLine();
      collect(root.getSubcommands().get(name), new ArrayList<>(List.of("winloss", name)), paths);
    }
    return paths;
  }

  private static void collect(CommandLine cmd, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    for (var e : cmd.getSubcommands().entrySet()) {
      if (e.getValue().getCommandSpec().name().equals(e.getKey())) {
        path.add(e.getKey());
        collect(e.getValue(), path, into);
        path.remove(path.size() - 1);
      }
    }
  }

  /** What picocli itself prints for {@code winloss <path...> --help}: its stdout, stderr and exit code. */
  record Rendered(String out, String err, int exitCode, CommandLine commandLine) {}

  /** Runs picocli on {@code <path without the root> --help} and captures what it prints. */
  static Rendered render(List<String> subcommandPath, boolean ansi) {
    List<String> args = new ArrayList<>(subcommandPath);
    args.add("--help");
    String[] argv = args.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = CommandLineFactory.create(new PrintWriter(out), new PrintWriter(err), k -> null, argv);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    int code = cl.execute(argv);
    return new Rendered(out.toString(), err.toString(), code, cl);
  }

  /**
   * Build time: writes every command's usage, plain and coloured, under {@code args[0]} (the
   * classes folder). Fails the build when picocli does not print a command's help cleanly.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path folder = classes.resolve(HelpText.FOLDER.substring(1));
    Files.createDirectories(folder);
    for (List<String> path : commandPaths()) {
      for (boolean ansi : new boolean[] {false, true}) {
        Rendered r = render(path.subList(1, path.size()), ansi);
        if (r.exitCode() != 0 || !r.err().isEmpty() || r.out().isEmpty()) {
          throw new IllegalStateException("help text of '" + String.join(" ", path) + "': exit " + r.exitCode() + ", stderr: " + r.err());
        }
        Path file = classes.resolve(HelpText.resource(path, ansi).substring(1));
        byte[] bytes = r.out().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
          Files.write(file, bytes);
        }
      }
    }
  }
}
