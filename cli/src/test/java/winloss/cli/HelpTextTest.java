package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build-time help texts (issue 15, "Start-up") are exactly picocli's own usage output, for
 * every command, plain and coloured, and {@code winloss ... --help} prints them.
 */
class HelpTextTest {

  private static String resourceText(String name) throws IOException {
    try (InputStream in = HelpText.class.getResourceAsStream(name)) {
      assertThat(in).as("build-time help text %s on the classpath (written at process-classes)", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyBuildTimeTextEqualsPicocliUsage() throws IOException {
    List<List<String>> paths = HelpTextGenerator.commandPaths();
    assertThat(paths).hasSizeGreaterThan(WinlossCommand.SUBCOMMANDS.size());
    for (List<String> path : paths) {
      for (boolean ansi : new boolean[] {false, true}) {
        HelpTextGenerator.Rendered picocli = HelpTextGenerator.render(path.subList(1, path.size()), ansi);
        assertThat(picocli.exitCode()).isZero();
        assertThat(resourceText(HelpText.resource(path, ansi)))
            .as("build-time %s help of '%s'", ansi ? "coloured" : "plain", String.join(" ", path))
            .isEqualTo(picocli.out());
      }
      assertThat(resourceText(HelpText.resource(path, true))).as("the coloured text has colour").contains("\u001B[");
    }
  }

  @Test
  void noOrphanTexts() throws IOException, URISyntaxException {
    Path folder = Path.of(HelpText.class.getResource("/winloss/cli/help/").toURI());
    Set<String> expected = new TreeSet<>();
    for (List<String> path : HelpTextGenerator.commandPaths()) {
      expected.add(HelpText.resource(path, false).substring("/winloss/cli/help/".length()));
      expected.add(HelpText.resource(path, true).substring("/winloss/cli/help/".length()));
    }
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> actual = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(actual)
          .as("one text per command and colour, nothing else")
          .isEqualTo(expected);
    }
  }

  @Test
  void helpAndVersionPrintTheBuildTimeTextThroughMain() throws IOException {
    for (List<String> path : HelpTextGenerator.commandPaths()) {
      List<String> args = new ArrayList<>(path.subList(1, path.size()));
      for (String flag : List.of("--help", "-h")) {
        List<String> argv = new ArrayList<>(args);
        argv.add(flag);
        assertThat(HelpText.lookup(argv, () -> false)).as("fast path for %s", argv).contains(resourceText(HelpText.resource(path, false)));
        CliRun.run(argv.toArray(String[]::new)).exits(0).stderrEmpty();
        assertThat(CliRun.run(argv.toArray(String[]::new)).out).isEqualTo(resourceText(HelpText.resource(path, false)));
      }
    }
    String version = CliRun.run("--version").exits(0).stderrEmpty().out;
    assertThat(version).startsWith("winloss ").contains("Java " + System.getProperty("java.version"));
    assertThat(CliRun.run("-V").out).isEqualTo(version);
  }

  @Test
  void anythingElseGoesThroughPicocli() {
    assertThat(HelpText.lookup(List.of(), () -> false)).isEmpty();
    assertThat(HelpText.lookup(List.of("synthesize", "--quarter", "2026-Q3", "--help"), () -> false)).isEmpty();
    assertThat(HelpText.lookup(List.of("--stacktrace", "--help"), () -> false)).isEmpty();
    assertThat(HelpText.lookup(List.of("nosuch", "--help"), () -> false)).isEmpty();
    assertThat(HelpText.lookup(List.of("../../etc", "--help"), () -> false)).isEmpty();
    assertThat(HelpText.lookup(List.of("synthesize", "--version"), () -> false)).isEmpty();
    // picocli still answers the forms the fast path leaves alone
    CliRun.run("synthesize", "--quarter", "2026-Q3", "--help").exits(0).stdoutContains("Usage: winloss synthesize");
    CliRun.run("synthesize", "--format", "json", "-h").exits(0).stdoutContains("Usage: winloss synthesize");
  }

  @Test
  void colourIsPicocliDecision() {
    // no console under the test runner: picocli says plain, and so does the fast path, without asking it
    assertThat(HelpText.ansi(k -> null)).isEqualTo(picocli.CommandLine.Help.Ansi.AUTO.enabled()).isFalse();
    String before = System.getProperty("picocli.ansi");
    try {
      System.setProperty("picocli.ansi", "true");
      assertThat(HelpText.ansi(k -> null)).isEqualTo(picocli.CommandLine.Help.Ansi.AUTO.enabled()).isTrue();
      assertThat(HelpText.lookup(List.of("--help"), () -> HelpText.ansi(k -> null)).orElseThrow()).contains("\u001B[");
    } finally {
      if (before == null) {
        System.clearProperty("picocli.ansi");
      } else {
        System.setProperty("picocli.ansi", before);
      }
    }
  }
}
