package winloss.core.model;

/** One of the framework's eight questions; {@code text} may hold {@code {competitor}}. */
public record Question(int number, String text, String probe, String signal, int line) {
  public static final String COMPETITOR = "{competitor}";

  /** The question with the competitor filled in, or a neutral wording when there is none. */
  public String render(String competitor, String neutral) {
    if (!text.contains(COMPETITOR)) {
      return text;
    }
    return text.replace(COMPETITOR, competitor == null || competitor.isBlank() ? neutral : competitor);
  }
}
