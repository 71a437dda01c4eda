package winloss.core.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The brief's numbered sections, parsed on first use: most commands never look at them, and
 * the markdown parser is a noticeable part of a short command's start-up. Equal when the
 * sections are.
 */
public final class LazySections {
  private Supplier<List<BriefSection>> source;
  private List<BriefSection> sections;

  public LazySections(Supplier<List<BriefSection>> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  public static LazySections of(List<BriefSection> sections) {
    List<BriefSection> copy = List.copyOf(sections);
    return new LazySections(() -> copy);
  }

  public synchronized List<BriefSection> get() {
    if (sections == null) {
      sections = List.copyOf(source.get());
      source = null;
    }
    return sections;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LazySections other && get().equals(other.get());
  }

  @Override
  public int hashCode() {
    return get().hashCode();
  }

  @Override
  public String toString() {
    return get().toString();
  }
}
