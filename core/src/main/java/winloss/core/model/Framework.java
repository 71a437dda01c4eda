package winloss.core.model;

import java.util.List;

/** win-loss/eight-questions.md: the versioned win and loss interview questions. */
public record Framework(String version, List<Question> win, List<Question> loss) {
  public Framework {
    win = List.copyOf(win);
    loss = List.copyOf(loss);
  }

  public static Framework empty() {
    return new Framework("", List.of(), List.of());
  }

  public List<Question> forOutcome(Outcome outcome) {
    return outcome.usesLossQuestions() ? loss : win;
  }
}
