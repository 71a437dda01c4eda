package winloss.core.model;

import java.util.Optional;

/** Where an interview request stands; only completed interviews are coded and counted. */
public enum InterviewStatus {
  REQUESTED("requested"),
  BOOKED("booked"),
  COMPLETED("completed"),
  DECLINED("declined"),
  NO_RESPONSE("no-response");

  private final String code;

  InterviewStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<InterviewStatus> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (InterviewStatus v : values()) {
      if (v.code.equals(s.trim())) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
