package winloss.core.model;

import java.util.Objects;

/** A person or firm on the brief's roster. {@code reviewer} is required for junior roles. */
public record Interviewer(String name, String role, String reviewer, int line) {
  public Interviewer {
    Objects.requireNonNull(name, "name");
    role = Objects.requireNonNullElse(role, "");
  }

  /** {@code ae} and {@code csm} are a bad fit: they have a stake in what the buyer says. */
  public boolean roleRefused() {
    return role.equals("ae") || role.equals("csm");
  }

  public boolean needsReviewer() {
    return role.startsWith("junior");
  }

  public String fit() {
    return switch (role) {
      case "pmm-lead" -> "strong";
      case "head-of-marketing", "external" -> "good";
      case "junior-pmm" -> "workable";
      case "ae", "csm" -> "bad";
      default -> "unknown";
    };
  }
}
