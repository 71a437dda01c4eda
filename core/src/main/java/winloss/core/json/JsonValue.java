package winloss.core.json;

/** A type that knows its JSON shape (a map, list or scalar {@link Json} can write). */
public interface JsonValue {
  Object toJson();
}
