package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import winloss.core.output.PlannedFile;
import winloss.core.output.TemplateCatalog;
import winloss.core.output.Templates;

/** {@code winloss templates list|eject}: see and copy out the built-in templates. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "List the built-in output templates, or eject them into the corpus's templates/ folder to edit.",
    subcommands = {TemplatesCommand.ListCommand.class, TemplatesCommand.EjectCommand.class})
public final class TemplatesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in templates and whether the corpus overrides each.")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CorpusMixin corpus;

    @Override
    public Integer call() {
      Path root = corpus.root();
      PrintWriter out = spec.commandLine().getOut();
      for (String name : TemplateCatalog.names()) {
        boolean overridden = root.resolve(Templates.OVERRIDE_DIR).resolve(name).toFile().isFile();
        out.println(name + (overridden ? "  (overridden in templates/)" : ""));
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "eject", mixinStandardHelpOptions = true,
      description = "Copy the built-in templates to templates/ in the corpus; existing files there are kept.")
  static final class EjectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CorpusMixin corpus;
    @Mixin WriteMixin write;

    @Override
    public Integer call() {
      Path root = corpus.root();
      List<PlannedFile> files = TemplateCatalog.names().stream()
          .filter(n -> !root.resolve(Templates.OVERRIDE_DIR).resolve(n).toFile().exists())
          .map(n -> PlannedFile.scaffold(Templates.OVERRIDE_DIR.resolve(n), Templates.defaultText(n)))
          .toList();
      if (files.isEmpty()) {
        spec.commandLine().getOut().println("templates/ already holds every built-in template; nothing to eject");
        return ExitCodes.OK;
      }
      write.publish(spec.commandLine().getOut(), root, files, "templates eject");
      return ExitCodes.OK;
    }
  }
}
