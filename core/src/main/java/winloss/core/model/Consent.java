package winloss.core.model;

/** What the interviewee allowed: absent means false, so the default never names anyone. */
public record Consent(boolean attribute, boolean externalUse) {
  /** What a non-consenting account's name becomes where free text is shown (spec v1.1). */
  public static final String STAND_IN = "[account]";

  public static Consent none() {
    return new Consent(false, false);
  }

  /** May outputs name the account of this deal's interview? Only a completed interview with attribute: true. */
  public static boolean mayName(java.util.Optional<Interview> iv) {
    return iv.isPresent() && iv.get().status() == InterviewStatus.COMPLETED && iv.get().consent().attribute();
  }
}
