package winloss.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A recommended action from actions.yaml, owned by a named person in a named function. */
public record Action(
    String id,
    String quarter,
    String theme,
    String action,
    String function,
    String owner,
    LocalDate due,
    Status status,
    LocalDate doneOn,
    int line) {

  public enum Status {
    OPEN,
    DONE,
    DROPPED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Status> parse(String s) {
      for (Status v : values()) {
        if (v.code().equals(s == null ? "" : s.trim())) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  /** This action with {@code f} applied to its free text (the action itself): the consent redaction. */
  public Action withFreeText(java.util.function.UnaryOperator<String> f) {
    return new Action(id, quarter, theme, f.apply(action), function, owner, due, status, doneOn, line);
  }

  public Action {
    Objects.requireNonNull(id, "id");
    quarter = Objects.requireNonNullElse(quarter, "");
    theme = Objects.requireNonNullElse(theme, "");
    action = Objects.requireNonNullElse(action, "");
    function = Objects.requireNonNullElse(function, "");
    owner = Objects.requireNonNullElse(owner, "");
    status = Objects.requireNonNullElse(status, Status.OPEN);
  }
}
