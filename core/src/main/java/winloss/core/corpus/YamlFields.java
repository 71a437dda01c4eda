package winloss.core.corpus;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import winloss.core.diag.Diagnostics;
import winloss.core.text.IsoDates;
import winloss.core.yaml.YNode;

/**
 * Typed reads from a YAML mapping that report a wrong value as a diagnostic at its line and
 * carry on with a fallback, so one run of {@code check} shows every problem at once.
 */
final class YamlFields {
  private final Path file;
  private final Diagnostics out;

  YamlFields(Path file, Diagnostics out) {
    this.file = file;
    this.out = out;
  }

  Path file() {
    return file;
  }

  void error(int line, String message) {
    out.error(file, line, message);
  }

  void warning(int line, String message) {
    out.warning(file, line, message);
  }

  String string(YNode map, String key, String where) {
    YNode n = map.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isScalar()) {
      error(n.line(), where + key + " should be a single value, not " + n.describeKind());
      return null;
    }
    String t = n.text().trim();
    return t.isEmpty() ? null : t;
  }

  String required(YNode map, String key, String where) {
    String s = string(map, key, where);
    if (s == null) {
      error(map.keyLine(key), "missing " + where + key + "; add it");
    }
    return s;
  }

  LocalDate date(YNode map, String key, String where) {
    String s = string(map, key, where);
    if (s == null) {
      return null;
    }
    try {
      return IsoDates.parse(s);
    } catch (DateTimeParseException e) {
      error(map.keyLine(key), where + key + " '" + s + "' is not an ISO date; write it as YYYY-MM-DD");
      return null;
    }
  }

  /**
   * A YAML boolean: an unquoted {@code true} or {@code false}. A quoted {@code "true"} is text, not
   * a yes: it is an error and reads as absent, so consent (corpus-format.md v1.1, "Personal data in
   * free text") is never given by a string.
   */
  Boolean bool(YNode map, String key, String where) {
    String s = string(map, key, where);
    if (s == null) {
      return null;
    }
    if (map.get(key).bool() == null && (s.equals("true") || s.equals("false"))) {
      error(map.keyLine(key), where + key + " is the text \"" + s + "\" (in quotes), not a yes/no value; write " + key + ": " + s
          + " without quotes");
      return null;
    }
    return switch (s) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        error(map.keyLine(key), where + key + " '" + s + "' should be true or false");
        yield null;
      }
    };
  }

  Integer integer(YNode map, String key, String where, int min) {
    String s = string(map, key, where);
    if (s == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(s);
      if (v < min) {
        error(map.keyLine(key), where + key + " is " + v + "; it must be at least " + min);
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      error(map.keyLine(key), where + key + " '" + s + "' should be a whole number");
      return null;
    }
  }

  BigDecimal decimal(YNode map, String key, String where) {
    String s = string(map, key, where);
    if (s == null) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(s.replace("_", ""));
      if (v.signum() < 0) {
        error(map.keyLine(key), where + key + " is negative; it must be 0 or more");
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      error(map.keyLine(key), where + key + " '" + s + "' should be a number");
      return null;
    }
  }

  Double fraction(YNode map, String key, String where) {
    BigDecimal v = decimal(map, key, where);
    if (v == null) {
      return null;
    }
    if (v.compareTo(BigDecimal.ONE) > 0) {
      error(map.keyLine(key), where + key + " is " + v.toPlainString() + "; a rate is between 0 and 1");
      return null;
    }
    return v.doubleValue();
  }

  /**
   * A list of plain values; a single value is read as a one-item list. Records each item's line
   * under {@code linePrefix.<i>} in {@code lines}.
   */
  List<String> strings(YNode map, String key, String where, Map<String, Integer> lines, String linePrefix) {
    YNode n = map.get(key);
    List<String> result = new ArrayList<>();
    if (n == null || n.isNull()) {
      return result;
    }
    List<YNode> items = n.isSeq() ? n.items() : List.of(n);
    for (YNode item : items) {
      if (!item.isScalar() || item.isNull() || item.text().isBlank()) {
        error(item.line(), where + key + " should be a list of plain values");
        continue;
      }
      if (lines != null) {
        lines.put(linePrefix + "." + result.size(), item.line());
      }
      result.add(item.text().trim());
    }
    return result;
  }

  YNode mapping(YNode map, String key, String where) {
    YNode n = map.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isMap()) {
      error(n.line(), where + key + " should be a mapping (key: value lines), not " + n.describeKind());
      return null;
    }
    return n;
  }
}
