package winloss.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --format md|json|csv}; each command says which of these it supports. */
public final class OutputMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "Output format: md (default), json, csv where the data is a table, html or pdf for a report.")
  String format;

  /** The chosen format, refused unless it is one of {@code supported}. */
  public String format(List<String> supported) {
    if (!supported.contains(format)) {
      throw new ParameterException(mixee.commandLine(), "--format " + format + " is not supported here; use one of " + String.join(", ", supported));
    }
    return format;
  }

  /** True when {@code --format} is {@code f} (before it is validated). */
  public boolean is(String f) {
    return f.equals(format);
  }
}
