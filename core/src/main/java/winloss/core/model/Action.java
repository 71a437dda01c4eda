package winloss.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recommended action from actions.yaml, owned by a named person in a named function. A fix may
 * name the losses it answers ({@code opps}), its {@code kind} (one of {@link #KINDS}, or empty) and
 * the {@code competitor} it targets (empty when none).
 */
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
    List<String> opps,
    String kind,
    String competitor,
    int line) {

  /** The kinds of fix the spec names (v1.1 "Fixes per loss and repeat losses"). */
  public static final List<String> KINDS = List.of("talk-track", "battlecard", "discovery-question", "pricing", "product", "process");

  /** An action without the v1.1 fix fields ({@code opps}, {@code kind}, {@code competitor}). */
  public Action(String id, String quarter, String theme, String action, String function, String owner, LocalDate due,
      Status status, LocalDate doneOn, int line) {
    this(id, quarter, theme, action, function, owner, due, status, doneOn, List.of(), "", "", line);
  }

  /** True once the fix shipped: status done with a {@code done_on} date. */
  public boolean shipped() {
    return status == Status.DONE && doneOn != null;
  }

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
    return new Action(id, quarter, theme, f.apply(action), function, owner, due, status, doneOn, opps, kind, competitor, line);
  }

  public Action {
    Objects.requireNonNull(id, "id");
    quarter = Objects.requireNonNullElse(quarter, "");
    theme = Objects.requireNonNullElse(theme, "");
    action = Objects.requireNonNullElse(action, "");
    function = Objects.requireNonNullElse(function, "");
    owner = Objects.requireNonNullElse(owner, "");
    status = Objects.requireNonNullElse(status, Status.OPEN);
    opps = List.copyOf(Objects.requireNonNullElse(opps, List.of()));
    kind = Objects.requireNonNullElse(kind, "");
    competitor = Objects.requireNonNullElse(competitor, "");
  }
}
