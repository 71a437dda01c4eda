package winloss.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.corpus.CodebookReader;
import winloss.core.diag.WinlossException;

/**
 * Adds codes to schema.yaml's text surgically: new entries go at the end of their category's
 * block, indented like the entries already there; every other byte (comments, blank lines, key
 * order, quoting) stays as the person who owns the file wrote it. A missing category is appended
 * at the end of the file. Nothing is ever removed or renamed.
 */
final class SchemaEditor {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ()/&+.'-]*");
  private static final List<String> RESERVED = List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private SchemaEditor() {}

  /** One entry to add: {@code id: label}, or {@code id: {label, brief, keywords}} when those are set. */
  record Entry(String id, String label, String brief, List<String> keywords) {
    String yaml() {
      if (brief.isEmpty() && keywords.isEmpty()) {
        return id + ": " + scalar(label, false);
      }
      StringBuilder sb = new StringBuilder(id).append(": {label: ").append(scalar(label, true));
      if (!brief.isEmpty()) {
        sb.append(", brief: ").append(scalar(brief, true));
      }
      if (!keywords.isEmpty()) {
        List<String> ks = new ArrayList<>();
        keywords.forEach(k -> ks.add(scalar(k, true)));
        sb.append(", keywords: [").append(String.join(", ", ks)).append(']');
      }
      return sb.append('}').toString();
    }
  }

  /**
   * {@code text} with {@code entries} added to {@code category}.
   *
   * @throws WinlossException (exit 2) when the category is written inline ({@code flags: {a: A}}),
   *     which cannot be extended without rewriting it
   */
  static String add(String text, String category, List<Entry> entries) {
    if (entries.isEmpty()) {
      return text;
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    Pattern key = Pattern.compile("^" + Pattern.quote(category) + "\\s*:(.*)$");
    int k = -1;
    for (int n = 0; n < lines.size(); n++) {
      Matcher m = key.matcher(lines.get(n));
      if (m.matches()) {
        k = n;
        String rest = m.group(1).replaceFirst("(^|\\s)#.*$", "").strip();
        if (!rest.isEmpty()) {
          throw new WinlossException(CodebookReader.FILE + ":" + (n + 1) + ": '" + category + ":' holds its codes on one line;"
              + " write them one per line below it (as the other categories are) and import again");
        }
        break;
      }
    }
    if (k < 0) {
      StringBuilder sb = new StringBuilder(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        sb.append('\n');
      }
      sb.append(category).append(":\n");
      for (Entry e : entries) {
        sb.append("  ").append(e.yaml()).append('\n');
      }
      return sb.toString();
    }
    int last = k;
    String indent = null;
    for (int n = k + 1; n < lines.size(); n++) {
      String l = lines.get(n);
      String stripped = l.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(l.charAt(0))) {
        break;
      }
      if (indent == null) {
        indent = l.substring(0, l.length() - l.stripLeading().length());
      }
      last = n;
    }
    if (indent == null) {
      indent = "  ";
    }
    List<String> added = new ArrayList<>();
    for (Entry e : entries) {
      added.add(indent + e.yaml());
    }
    lines.addAll(last + 1, added);
    return String.join("\n", lines);
  }

  /** A YAML scalar: plain when unambiguous, else double-quoted with escapes. */
  static String scalar(String s, boolean inFlow) {
    if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase(Locale.ROOT))
        && !(inFlow && s.contains(","))) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
