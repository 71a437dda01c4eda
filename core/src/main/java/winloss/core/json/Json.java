package winloss.core.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * A small JSON writer for the report commands' {@code --format json}. Maps keep their
 * insertion order so output is stable; values are maps, collections, strings, numbers,
 * booleans, records of those (via {@link JsonValue}) or null.
 */
public final class Json {
  private Json() {}

  /** Pretty-printed with two-space indentation and a final newline. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, int indent) {
    if (v instanceof JsonValue j) {
      v = j.toJson();
    }
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Boolean b) {
      sb.append(b);
    } else if (v instanceof Double d) {
      sb.append(number(d));
    } else if (v instanceof Float f) {
      sb.append(number(f.doubleValue()));
    } else if (v instanceof BigDecimal d) {
      sb.append(d.stripTrailingZeros().toPlainString());
    } else if (v instanceof Number n) {
      sb.append(n);
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        pad(sb, indent + 1);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), indent + 1);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      int i = 0;
      for (Object o : c) {
        pad(sb, indent + 1);
        write(sb, o, indent + 1);
        sb.append(++i < c.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append(']');
    } else {
      string(sb, v.toString());
    }
  }

  /** Rounded to four decimals so that output does not depend on floating-point noise. */
  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    return BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static void pad(StringBuilder sb, int indent) {
    sb.append("  ".repeat(indent));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
