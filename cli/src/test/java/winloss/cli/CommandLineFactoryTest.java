package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandLineFactoryTest {
  @Test
  void everySubcommandBuildsInFullWhenAskedForAndIsListedOtherwise() {
    CliRun root = CliRun.run("--help").exits(0);
    for (Class<?> c : WinlossCommand.SUBCOMMANDS) {
      Command a = c.getAnnotation(Command.class);
      if (!a.hidden()) {
        assertThat(root.out).as("root help lists %s", a.name()).containsPattern("(?m)^  " + a.name() + " ");
      }
      CliRun.run(a.name(), "--help").exits(0).stdoutContains("Usage: winloss " + a.name());
    }
  }

  @Test
  void mistypedOptionsAndSubcommandsGetASuggestion() {
    CliRun.run("synthesize", "--quater", "2026-Q3").exits(2)
        .stderrContains("Unknown option", "Did you mean: winloss synthesize --quarter?").noStackTrace();
    CliRun.run("synthesize", "--quarter", "2026-Q3", "--fromat", "json").exits(2)
        .stderrContains("Did you mean: winloss synthesize --format?");
    CliRun.run("import", "cmr", "export.csv").exits(2).stderrContains("Did you mean: winloss import crm?");
    CliRun.run("synthesise").exits(2).stderrContains("Did you mean: winloss synthesize");
    CliRun.run("due", "--zzzzzzzzz").exits(2).stderrLacks("Did you mean");
  }

  @Test
  void onlyTheRequestedSubcommandGetsItsFullModel() {
    CommandLine cl = CommandLineFactory.create(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()), "check", "--strict");
    assertThat(cl.getSubcommands().get("check").getCommandSpec().optionsMap()).containsKey("--strict");
    assertThat(cl.getSubcommands().get("synthesize").getCommandSpec().optionsMap()).doesNotContainKey("--quarter");
    assertThat(CommandLineFactory.requestedSubcommand("--stacktrace", "due", "--as-of", "2026-01-01")).isEqualTo("due");
    assertThat(CommandLineFactory.requestedSubcommand("--help")).isNull();
  }

  @Test
  void aMistypedSubcommandStillGetsASuggestion() {
    CliRun.run("synthesise").exits(2).stderrContains("synthesize");
  }
}
