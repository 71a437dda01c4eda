package winloss.core.model;

/** The body text under one {@code ## N. question} heading of a write-up. */
public record Answer(int number, String heading, int line, String text) {}
