package winloss.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import winloss.core.health.PlayReview;
import winloss.core.health.Plays;
import winloss.core.model.Corpus;
import winloss.core.json.Json;

/** {@code winloss plays}: win rate per play, with intervals, small samples and declines. */
@Command(
    name = "plays",
    mixinStandardHelpOptions = true,
    description = "Win rate per play (deals.csv's plays column) with the 95%% Wilson interval and the number of decided deals;"
        + " plays under the minimum sample are marked; plays whose last-30-day win rate fell below 80%% of their rate"
        + " 60-90 days before --as-of (default: the latest close date) are flagged as declining (from 5 decided deals in each"
        + " window). Each play gets a verdict (promote, retire, keep, or not enough data) with its numbers, from the brief's"
        + " plays: criteria, and each segment a recommended play with its probability of being the best.",
    footer = {"%nExit: 0 report printed; 1 a corpus with check errors (see --allow-errors); 2 usage error."})
public final class PlaysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusMixin corpus;
  @Mixin ReportMixin report;
  @Mixin OutputMixin output;
  @Mixin AsOfMixin asOf;
  @Mixin WriteMixin write;

  @Option(names = "--write", description = "Also write the weekly review win-loss/plays/<YYYY>-W<ww>.md (the ISO week of the as-of date).")
  boolean writeReview;

  @Option(names = "--segment", description = "Break the table down by segment.")
  boolean segment;

  @Option(names = "--min-sample", paramLabel = "N", defaultValue = "10", description = "Decided deals a play needs before its rate is read as a finding (default 10).")
  int minSample;

  @Override
  public Integer call() {
    String format = output.format(List.of("md", "json", "csv"));
    if (minSample < 1) {
      throw new ParameterException(spec.commandLine(), "--min-sample must be 1 or more");
    }
    Corpus c = report.read(corpus);
    Plays.Report r = Plays.compute(c.deals(), asOf.asOfOrNull(), minSample, segment);
    Plays.Report bySegment = segment ? r : Plays.compute(c.deals(), asOf.asOfOrNull(), minSample, true);
    PlayReview.Report review = PlayReview.review(c.deals(), r, bySegment, c.brief().plays(), corpus.root());
    PrintWriter out = spec.commandLine().getOut();
    if (writeReview) {
      if (r.asOf() == null) {
        throw new ParameterException(spec.commandLine(), "--write needs a deal in deals.csv or --as-of to name the week");
      }
      String words = "plays --write" + (segment ? " --segment" : "") + " --as-of " + r.asOf() + (minSample != 10 ? " --min-sample " + minSample : "");
      write.publish(out, corpus.root(), List.of(PlayReview.plan(corpus.root(), review, words)), "plays review " + PlayReview.week(r.asOf()));
      out.flush();
      return ExitCodes.OK;
    }
    out.print(switch (format) {
      case "json" -> Json.write(PlayReview.json(review));
      case "csv" -> Plays.csv(r);
      default -> PlayReview.markdown(corpus.root(), review);
    });
    out.flush();
    return ExitCodes.OK;
  }
}
