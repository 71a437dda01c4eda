package winloss.core.output;

/** How a command writes: {@code force} overwrites edited generated files; {@code dryRun} writes nothing. */
public record WriteOptions(boolean force, boolean dryRun) {
  public static WriteOptions defaults() {
    return new WriteOptions(false, false);
  }
}
