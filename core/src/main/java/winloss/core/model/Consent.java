package winloss.core.model;

/** What the interviewee allowed: absent means false, so the default never names anyone. */
public record Consent(boolean attribute, boolean externalUse) {
  public static Consent none() {
    return new Consent(false, false);
  }
}
