package winloss.cli;

/**
 * A command whose printed report may come from the corpus cache's derived layer
 * ({@link winloss.core.cache.ResultCache}) when the corpus is unchanged: one that writes nothing
 * and reads nothing but the corpus and the clock with the options it was given.
 */
interface CachedReport {
  /** True when, with the options parsed, the run only prints (no file, commit, notification). */
  boolean cacheable();
}
