package winloss.cli;

import java.io.PrintWriter;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;

/**
 * {@code winloss complete opp|competitor|quarter}: the values shell completion offers for
 * {@code --opp}, {@code --competitor} and {@code --quarter}, one a line, from the corpus found
 * from the working directory. Hidden: the completion scripts call it, people do not.
 */
@Command(name = "complete", hidden = true, mixinStandardHelpOptions = true, description = "Print completion candidates for --opp, --competitor or --quarter.")
public final class CompleteCommand implements Callable<Integer> {
  /** What to complete. */
  enum Kind { opp, competitor, quarter }

  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;

  @Parameters(index = "0", paramLabel = "KIND", description = "opp, competitor or quarter")
  Kind kind;

  @Override
  public Integer call() {
    Corpus c = corpus.read();
    TreeSet<String> values = new TreeSet<>();
    for (Deal d : c.deals()) {
      switch (kind) {
        case opp -> values.add(d.oppId());
        case competitor -> {
          if (d.hasCompetitor()) {
            values.add(d.competitor().strip());
          }
        }
        case quarter -> values.add(c.fiscal().quarterOf(d.closeDate()).toString());
      }
    }
    if (kind == Kind.competitor) {
      values.addAll(c.brief().program().topCompetitors());
    }
    PrintWriter out = spec.commandLine().getOut();
    values.forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
