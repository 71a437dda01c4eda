package winloss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Help and version text without picocli's reflective model (issue 15, "Start-up").
 *
 * <p>Building picocli's model of a command and rendering its usage costs most of a
 * {@code winloss --help} run. So the build renders every command's usage once, with picocli
 * itself, at the {@code process-classes} phase ({@link HelpTextGenerator}, run by
 * exec-maven-plugin), into
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
final class HelpText {
  static final String FOLDER = "/winloss/cli/help/";

  private HelpText() {}

  /**
   * The text {@code winloss args} prints on stdout when it only asks for help or the version,
   * from the build-time texts; empty when the arguments ask for anything else or the text is
   * not on the classpath.
   */
  static Optional<String> lookup(List<String> args, java.util.function.BooleanSupplier ansi) {
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
    return read(resource(path, ansi.getAsBoolean()));
  }

  /**
   * Picocli's {@code Help.Ansi.AUTO} decision, asking picocli only where it could say "colour":
   * a console, {@code CLICOLOR_FORCE}, the {@code picocli.ansi} property, or Windows.
   */
  static boolean ansi(java.util.function.Function<String, String> env) {
    boolean possible = System.console() != null || env.apply("CLICOLOR_FORCE") != null || System.getProperty("picocli.ansi") != null
        || System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    return possible && picocli.CommandLine.Help.Ansi.AUTO.enabled();
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

}
