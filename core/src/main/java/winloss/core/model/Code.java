package winloss.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A codebook entry. {@code brief} names the brief area a theme on this code updates
 * (right-to-win, personas, pricing, competitive, brand, product, sales-process); it may be empty
 * for simple {@code code: Label} entries.
 */
public record Code(String id, String label, String brief, List<String> keywords, int line) {
  public Code {
    Objects.requireNonNull(id, "id");
    label = Objects.requireNonNullElse(label, id);
    brief = Objects.requireNonNullElse(brief, "");
    keywords = List.copyOf(keywords);
  }
}
