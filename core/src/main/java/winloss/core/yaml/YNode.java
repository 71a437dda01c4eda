package winloss.core.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it stood in the file, so every finding about the
 * corpus can name its line. Scalars stay strings (YAML 1.2 core schema: {@code no} and
 * {@code 2026-04-14} are text); a null value is a scalar whose {@link #text()} is null.
 */
public final class YNode {
  public enum Kind {
    MAP,
    SEQ,
    SCALAR
  }

  private final Kind kind;
  private final int line;
  private final int col;
  private final String text;
  private final Map<String, YNode> map;
  private final Map<String, Integer> keyLines;
  private final List<YNode> seq;
  private final boolean plain;

  private YNode(Kind kind, int line, int col, String text, Map<String, YNode> map,
      Map<String, Integer> keyLines, List<YNode> seq, boolean plain) {
    this.kind = kind;
    this.plain = plain;
    this.line = line;
    this.col = col;
    this.text = text;
    this.map = map;
    this.keyLines = keyLines;
    this.seq = seq;
  }

  /**
   * A scalar.
   *
   * @param plain true for a plain (unquoted) scalar, false for a quoted or block scalar: only a
   *     plain {@code true} is the YAML 1.2 boolean, {@code "true"} is the string
   */
  static YNode scalar(int line, int col, String text, boolean plain) {
    return new YNode(Kind.SCALAR, line, col, text, Map.of(), Map.of(), List.of(), plain);
  }

  static YNode map(int line, int col, LinkedHashMap<String, YNode> map, Map<String, Integer> keyLines) {
    return new YNode(Kind.MAP, line, col, null, Collections.unmodifiableMap(map),
        Collections.unmodifiableMap(keyLines), List.of(), false);
  }

  static YNode seq(int line, int col, List<YNode> items) {
    return new YNode(Kind.SEQ, line, col, null, Map.of(), Map.of(), List.copyOf(items), false);
  }

  public Kind kind() {
    return kind;
  }

  /** 1-based line in the file this YAML came from. */
  public int line() {
    return line;
  }

  public int col() {
    return col;
  }

  public boolean isMap() {
    return kind == Kind.MAP;
  }

  public boolean isSeq() {
    return kind == Kind.SEQ;
  }

  public boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  public boolean isNull() {
    return kind == Kind.SCALAR && text == null;
  }

  /** The scalar's text, or null for a YAML null (or a non-scalar). */
  public String text() {
    return text;
  }

  /** Whether this is a plain (unquoted, non-block) scalar; false for every other node. */
  public boolean isPlain() {
    return plain;
  }

  /**
   * The YAML 1.2 core-schema boolean of this node: {@code TRUE} or {@code FALSE} for a plain
   * {@code true|True|TRUE|false|False|FALSE}, null for anything else (a quoted {@code "true"} is
   * a string, not a boolean).
   */
  public Boolean bool() {
    if (kind != Kind.SCALAR || !plain || text == null) {
      return null;
    }
    return switch (text) {
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Entries of a mapping in file order; empty for other kinds. */
  public Map<String, YNode> entries() {
    return map;
  }

  public List<YNode> items() {
    return seq;
  }

  /** The value under {@code key}, or null when absent (or this is not a mapping). */
  public YNode get(String key) {
    return map.get(key);
  }

  public boolean has(String key) {
    return map.containsKey(key);
  }

  /** The line of {@code key} itself, or this node's line when the key is absent. */
  public int keyLine(String key) {
    return keyLines.getOrDefault(key, line);
  }

  /** The scalar text under {@code key}, trimmed; null when absent, null or not a scalar. */
  public String str(String key) {
    YNode n = get(key);
    if (n == null || !n.isScalar() || n.text == null) {
      return null;
    }
    String t = n.text.trim();
    return t.isEmpty() ? null : t;
  }

  public String describeKind() {
    return switch (kind) {
      case MAP -> "a mapping";
      case SEQ -> "a list";
      case SCALAR -> text == null ? "empty" : "a single value";
    };
  }
}
