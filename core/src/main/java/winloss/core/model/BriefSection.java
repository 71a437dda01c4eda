package winloss.core.model;

/** A numbered {@code ##} section of the operator brief's body. */
public record BriefSection(int number, String title, String text, int line) {}
