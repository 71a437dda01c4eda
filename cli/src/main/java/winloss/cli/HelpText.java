package winloss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Help and version text without picocli's reflective model (issue 15, "Start-up").
 *
 * <p>Building picocli's model of a command and rendering its usage costs most of a
 * {@code winloss --help} run. So the build renders every command's usage once, with picocli
 * itself, at the {@code process-classes} phase ({@link #main}, run by exec-maven-plugin), into
 * {@code winloss/cli/help/<command path>.<plain|ansi>.txt} on the classpath; at run time
 * {@link #lookup} prints that text for the exact forms {@code [SUBCOMMAND...] --help|-h} and
 * {@code --version|-V}. Anything else, or a jar built without the texts, goes through picocli as
 * before. {@code HelpTextTest} asserts that every text equals picocli's own output, plain and
 * coloured, so the two can never drift apart.
 *
 * <p>The usage is 80 columns wide (picocli's default; the commands do not ask for the terminal's
 * width, so picocli and this text agree everywhere). Colour follows picocli's own rule
 * ({@link CommandLine.Help.Ansi#AUTO}: on a terminal, unless {@code NO_COLOR} and friends).
 */
public final class HelpText {
  private static final String FOLDER = "/winloss/cli/help/";

  private HelpText() {}

  /**
   * The text {@code winloss args} prints on stdout when it only asks for help or the version,
   * from the build-time texts; empty when the arguments ask for anything else or the text is
   * not on the classpath.
   */
  static Optional<String> lookup(List<String> args, boolean ansi) {
    if (args.isEmpty()) {
      return Optional.empty();
    }
    String last = args.get(args.size() - 1);
    if (args.size() == 1 && (last.equals("--version") || last.equals("-V"))) {
      return Optional.of(version());
    }
    if (!last.equals("--help") && !last.equals("-h")) {
      return Optional.empty();
    }
    List<String> path = new ArrayList<>(List.of("winloss"));
    for (String a : args.subList(0, args.size() - 1)) {
      if (a.isEmpty() || a.startsWith("-") || !a.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return Optional.empty();
      }
      path.add(a);
    }
    return read(resource(path, ansi));
  }

  /** Picocli's {@code --version} text: the lines of {@link VersionProvider}, one per line. */
  private static String version() {
    try {
      StringBuilder sb = new StringBuilder();
      for (String line : new VersionProvider().getVersion()) {
        sb.append(line).append(System.lineSeparator());
      }
      return sb.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The classpath resource holding one command's usage: {@code winloss/cli/help/winloss-import-crm.plain.txt}. */
  static String resource(List<String> path, boolean ansi) {
    return FOLDER + String.join("-", path) + (ansi ? ".ansi.txt" : ".plain.txt");
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = HelpText.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

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
    Path folder = classes.resolve(FOLDER.substring(1));
    Files.createDirectories(folder);
    for (List<String> path : commandPaths()) {
      for (boolean ansi : new boolean[] {false, true}) {
        Rendered r = render(path.subList(1, path.size()), ansi);
        if (r.exitCode() != 0 || !r.err().isEmpty() || r.out().isEmpty()) {
          throw new IllegalStateException("help text of '" + String.join(" ", path) + "': exit " + r.exitCode() + ", stderr: " + r.err());
        }
        Path file = classes.resolve(resource(path, ansi).substring(1));
        byte[] bytes = r.out().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
          Files.write(file, bytes);
        }
      }
    }
  }
}
