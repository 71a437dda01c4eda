package winloss.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import winloss.core.cache.CorpusCache;
import winloss.core.diag.WinlossException;

/** {@code winloss cache clear|path}: the corpus cache (see docs/performance.md). */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = "The corpus cache: unchanged files are taken from it instead of being parsed again.",
    subcommands = {CacheCommand.ClearCommand.class, CacheCommand.PathCommand.class})
public final class CacheCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static CorpusCache cache() {
    return CorpusCache.fromEnvironment(System.getenv(), System.getProperty("user.home"));
  }

  @Command(name = "clear", mixinStandardHelpOptions = true, description = "Empty the cache of every corpus.")
  static final class ClearCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      CorpusCache cache = cache();
      PrintWriter out = spec.commandLine().getOut();
      if (!cache.enabled()) {
        out.println("the cache is off (WINLOSS_CACHE=off); nothing to clear");
        return ExitCodes.OK;
      }
      try {
        int n = cache.clear();
        out.println("cleared " + n + " cache file" + (n == 1 ? "" : "s") + " under " + cache.base());
      } catch (IOException e) {
        throw new WinlossException("cannot clear the cache under " + cache.base() + ": " + e.getMessage()
            + "; remove the folder by hand", ExitCodes.USAGE, e);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "path", mixinStandardHelpOptions = true, description = "Print the folder the cache lives in.")
  static final class PathCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      CorpusCache cache = cache();
      spec.commandLine().getOut().println(cache.enabled() ? cache.base().toString() : "off");
      return ExitCodes.OK;
    }
  }
}
