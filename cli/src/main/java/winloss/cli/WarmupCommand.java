package winloss.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import winloss.core.startup.ClassWarmup;

/**
 * {@code winloss warmup}: hidden; the launcher's training run for the class-data-sharing
 * archive. Does the everyday commands' work in memory and writes nothing.
 */
@Command(name = "warmup", hidden = true, mixinStandardHelpOptions = true, description = "Load the everyday classes without writing anything (used by the launcher).")
public final class WarmupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;

  @Override
  public Integer call() {
    spec.root().commandLine().getUsageMessage();
    spec.commandLine().getOut().println(ClassWarmup.run(corpus.root()));
    return ExitCodes.OK;
  }
}
