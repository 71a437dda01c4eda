package winloss.core.diag;

/** How serious a finding is; warnings fail a check only under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
