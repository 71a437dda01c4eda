package winloss.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator (run by the cli module's {@code prepare-package} phase, not shipped in the
 * jar): bash and zsh completion with picocli's {@link AutoComplete}, extended with completion of
 * opp ids, competitors and quarters from the corpus ({@code winloss complete}), and one man page
 * per command with picocli-codegen's {@link ManPageGenerator}, from the full command model.
 *
 * <p>Usage: {@code DistFiles OUTPUT_DIR}; writes {@code completion/winloss.bash},
 * {@code completion/_winloss} and {@code man/*.1}.
 */
public final class DistFiles {
  private DistFiles() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    CommandLine cl = full();
    Path completion = Files.createDirectories(out.resolve("completion"));
    String bash = AutoComplete.bash("winloss", cl) + DYNAMIC;
    Files.writeString(completion.resolve("winloss.bash"), bash, StandardCharsets.UTF_8);
    Files.writeString(completion.resolve("_winloss"), "#compdef winloss\n# zsh: picocli's completion runs under bashcompinit\n"
        + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash, StandardCharsets.UTF_8);
    Path man = Files.createDirectories(out.resolve("man-adoc"));
    ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, cl.getCommandSpec());
    System.out.println("[winloss] completion and man pages in " + out);
  }

  /** The root command with every subcommand's full model (the CLI builds only the one it runs). */
  static CommandLine full() {
    CommandLine root = new CommandLine(new WinlossCommand());
    for (Class<?> c : WinlossCommand.SUBCOMMANDS) {
      root.addSubcommand(new CommandLine(c));
    }
    return root;
  }

  /** After picocli's script: --opp, --competitor and --quarter complete from the corpus in the working directory. */
  private static final String DYNAMIC = """

      # winloss: opp ids, competitors and quarters from the corpus found from the working directory
      function _winloss_dynamic() {
        local prev="${COMP_WORDS[COMP_CWORD-1]}" cur="${COMP_WORDS[COMP_CWORD]}"
        case "$prev" in
          --opp|--competitor|--quarter)
            local IFS=$'\\n'
            COMPREPLY=( $(compgen -W "$(winloss complete "${prev#--}" 2>/dev/null)" -- "$cur") )
            return 0 ;;
        esac
        _complete_winloss "$@"
      }
      complete -F _winloss_dynamic -o default winloss winloss.sh winloss.bash
      """;
}
