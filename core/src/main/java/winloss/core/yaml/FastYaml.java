package winloss.core.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast parser for the small block subset of YAML that front matter and corpus files use: block
 * mappings and sequences by indentation, single-line plain scalars, single-line quoted scalars
 * without escapes ({@code "CV-0042"}, {@code 'none'}: tools and people quote values), one-line
 * flow sequences {@code [a, "b"]} and flow mappings {@code {k: v}} of such scalars, {@code - item} and
 * {@code - key: value} items, comments and empty values.
 *
 * <p>It builds exactly the {@link YNode} tree that {@link YamlReader}'s snakeyaml-engine path
 * builds (values, kinds, YAML 1.2 core-schema nulls, lines and columns) and returns null - "ask
 * the full parser" - for anything outside the subset or anything that might be an error: quoted
 * scalars with escapes or over several lines, anchors, aliases, tags, block scalars, multi-line scalars, tabs, complex keys, documents
 * markers, duplicate keys, odd indentation. When in doubt it gives up, so every error message
 * still comes from the full parser.
 */
final class FastYaml {
  /** Inputs larger than this go to the full parser (which enforces its own limits). */
  static final int MAX_CHARS = 1 << 20;

  /** Thrown internally to abandon the fast path; carries no stack trace. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private final String s;
  private final int firstLine;
  /** Per content line (blank and comment-only lines skipped): start offset, end offset, indent, line index. */
  private int[] starts;
  private int[] ends;
  private int[] indents;
  private int[] lineNos;
  private int count;
  /** The next content line to consume. */
  private int ci;
  private int nodes;

  private FastYaml(String s, int firstLine) {
    this.s = s;
    this.firstLine = firstLine;
  }

  /** The parsed tree, or null when the input needs the full parser. */
  static YNode parse(String yaml, int firstLine) {
    if (yaml.length() > MAX_CHARS) {
      return null;
    }
    try {
      FastYaml p = new FastYaml(yaml, firstLine);
      p.scanLines();
      return p.document();
    } catch (GiveUp e) {
      return null;
    }
  }

  private static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  private void scanLines() {
    int n = s.length();
    int cap = 16;
    starts = new int[cap];
    ends = new int[cap];
    indents = new int[cap];
    lineNos = new int[cap];
    int lineStart = 0;
    int lineNo = 0;
    while (lineStart <= n) {
      int end = lineStart;
      int indent = -1;
      boolean comment = false;
      for (; end < n; end++) {
        char c = s.charAt(end);
        if (c == '\n') {
          break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF) || c == 0x2028 || c == 0x2029
            || c >= 0xFEFF) {
          // tabs, CR, control characters, NEL, line separators, surrogates, BOM and non-characters
          throw giveUp();
        }
        if (indent < 0 && c != ' ') {
          indent = end - lineStart;
          comment = c == '#';
        }
      }
      if (indent >= 0 && !comment) {
        if (indent == 0 && (s.startsWith("---", lineStart) || s.startsWith("...", lineStart))) {
          throw giveUp();
        }
        if (count == cap) {
          cap *= 2;
          starts = java.util.Arrays.copyOf(starts, cap);
          ends = java.util.Arrays.copyOf(ends, cap);
          indents = java.util.Arrays.copyOf(indents, cap);
          lineNos = java.util.Arrays.copyOf(lineNos, cap);
        }
        starts[count] = lineStart;
        ends[count] = end;
        indents[count] = indent;
        lineNos[count] = lineNo;
        count++;
      }
      if (end >= n) {
        break;
      }
      lineStart = end + 1;
      lineNo++;
    }
  }

  private YNode document() {
    if (count == 0) {
      return YNode.map(firstLine, 1, new LinkedHashMap<>(), Map.of());
    }
    YNode root = blockNode(starts[0] + indents[0], indents[0]);
    if (ci < count) {
      throw giveUp();
    }
    return root;
  }

  /** A block mapping or sequence whose first line is the current content line, starting at {@code pos}. */
  private YNode blockNode(int pos, int col) {
    int end = ends[ci];
    if (isDash(pos, end)) {
      return sequence(col);
    }
    if (keyColon(pos, end) < 0) {
      throw giveUp();
    }
    return mapping(pos, col);
  }

  private boolean isDash(int pos, int end) {
    return s.charAt(pos) == '-' && (pos + 1 == end || s.charAt(pos + 1) == ' ');
  }

  private YNode mapping(int pos, int col) {
    LinkedHashMap<String, YNode> map = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    int line = -1;
    while (true) {
      int li = ci;
      int lineStart = starts[li];
      int end = ends[li];
      int colon = keyColon(pos, end);
      if (colon < 0) {
        throw giveUp();
      }
      String key = s.substring(pos, colon);
      checkKey(key);
      int keyLine = lineNos[li] + firstLine;
      if (line < 0) {
        line = keyLine;
      }
      if (map.containsKey(key)) {
        throw giveUp();
      }
      count();
      int v = colon + 1;
      while (v < end && s.charAt(v) == ' ') {
        v++;
      }
      ci++;
      YNode value;
      if (v == end || s.charAt(v) == '#') {
        if (ci < count && indents[ci] > col) {
          value = blockNode(starts[ci] + indents[ci], indents[ci]);
        } else {
          if (ci < count && indents[ci] == col && isDash(starts[ci] + col, ends[ci])) {
            throw giveUp();
          }
          value = scalar(keyLine, colon + 1 - lineStart + 1, "");
        }
      } else {
        value = inline(v, end, li);
        if (ci < count && indents[ci] > col) {
          throw giveUp();
        }
      }
      map.put(key, value);
      keyLines.put(key, keyLine);
      if (ci >= count || indents[ci] < col) {
        break;
      }
      if (indents[ci] > col) {
        throw giveUp();
      }
      pos = starts[ci] + col;
    }
    count();
    return YNode.map(line, col + 1, map, keyLines);
  }

  private YNode sequence(int col) {
    List<YNode> items = new ArrayList<>();
    int line = lineNos[ci] + firstLine;
    while (true) {
      int li = ci;
      int lineStart = starts[li];
      int end = ends[li];
      int pos = lineStart + col;
      if (!isDash(pos, end)) {
        throw giveUp();
      }
      int p = pos + 1;
      while (p < end && s.charAt(p) == ' ') {
        p++;
      }
      if (p == end || s.charAt(p) == '#' || s.charAt(p) == '-') {
        throw giveUp();
      }
      char c = s.charAt(p);
      if (c != '[' && c != '{' && keyColon(p, end) >= 0) {
        items.add(mapping(p, p - lineStart));
      } else {
        ci++;
        items.add(inline(p, end, li));
        if (ci < count && indents[ci] > col) {
          throw giveUp();
        }
      }
      if (ci >= count || indents[ci] < col) {
        break;
      }
      if (indents[ci] > col) {
        throw giveUp();
      }
    }
    count();
    return YNode.seq(line, col + 1, items);
  }

  /** A value that sits on one line after {@code key: } or {@code - }. */
  private YNode inline(int v, int end, int li) {
    int lineStart = starts[li];
    int line = lineNos[li] + firstLine;
    char c = s.charAt(v);
    if (c == '[' || c == '{') {
      YNode node = flow(v, end, line, lineStart, c == '{', 0);
      afterValue(flowEnd, end);
      return node;
    }
    if (c == '"' || c == '\'') {
      int close = quotedEnd(v, end);
      afterValue(close + 1, end);
      return quoted(line, v - lineStart + 1, s.substring(v + 1, close));
    }
    int stop = end;
    for (int i = v; i < end; i++) {
      if (s.charAt(i) == '#' && s.charAt(i - 1) == ' ') {
        stop = i;
        break;
      }
    }
    while (stop > v && s.charAt(stop - 1) == ' ') {
      stop--;
    }
    checkPlain(v, stop, false);
    return scalar(line, v - lineStart + 1, s.substring(v, stop));
  }

  /**
   * The offset of the quote closing the one-line quoted scalar opened at {@code open}. Gives up on
   * anything that needs the full parser: escapes ({@code \\} in double quotes, {@code ''} in
   * single quotes) and a scalar that continues on the next line.
   */
  private int quotedEnd(int open, int end) {
    char q = s.charAt(open);
    for (int i = open + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == q) {
        if (q == '\'' && i + 1 < end && s.charAt(i + 1) == '\'') {
          throw giveUp();
        }
        return i;
      }
      if (c == '\\' && q == '"') {
        throw giveUp();
      }
    }
    throw giveUp();
  }

  /** After a block value ending before {@code from}: nothing, or spaces and a comment. */
  private void afterValue(int from, int end) {
    if (from == end) {
      return;
    }
    if (s.charAt(from) != ' ') {
      throw giveUp();
    }
    while (from < end && s.charAt(from) == ' ') {
      from++;
    }
    if (from < end && s.charAt(from) != '#') {
      throw giveUp();
    }
  }

  /** Where the flow collection {@link #flow} parsed last ends: the offset after its closing bracket. */
  private int flowEnd;

  /** Flow collections nest at most this deep on the fast path (a codebook nests two). */
  private static final int MAX_FLOW_DEPTH = 4;

  /**
   * The one-line flow collection opened at {@code open}; sets {@link #flowEnd} after its closing
   * bracket. Nested flow collections ({@code {label: X, keywords: [a, b]}}) are read the same way.
   */
  private YNode flow(int open, int end, int line, int lineStart, boolean isMap, int depth) {
    if (depth >= MAX_FLOW_DEPTH) {
      throw giveUp();
    }
    char close = isMap ? '}' : ']';
    int col = open - lineStart + 1;
    List<YNode> items = new ArrayList<>();
    LinkedHashMap<String, YNode> map = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    int i = skipSpaces(open + 1, end);
    if (i < end && s.charAt(i) == close) {
      // [] or { }
      flowEnd = i + 1;
      count();
      return isMap ? YNode.map(line, col, map, keyLines) : YNode.seq(line, col, items);
    }
    while (true) {
      String key = null;
      if (isMap) {
        int colon = i;
        while (colon < end && s.charAt(colon) != ':' && s.charAt(colon) != ',' && s.charAt(colon) != close) {
          colon++;
        }
        if (colon + 1 >= end || s.charAt(colon) != ':' || s.charAt(colon + 1) != ' ') {
          throw giveUp();
        }
        int kb = colon;
        while (kb > i && s.charAt(kb - 1) == ' ') {
          kb--;
        }
        key = s.substring(i, kb);
        checkKey(key);
        checkFlowPlain(i, kb);
        if (map.containsKey(key)) {
          throw giveUp();
        }
        count();
        i = skipSpaces(colon + 1, end);
      }
      if (i >= end) {
        throw giveUp();
      }
      YNode value;
      int valueCol = i - lineStart + 1;
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int q = quotedEnd(i, end);
        value = quoted(line, valueCol, s.substring(i + 1, q));
        i = skipSpaces(q + 1, end);
      } else if (c == '[' || c == '{') {
        value = flow(i, end, line, lineStart, c == '{', depth + 1);
        i = skipSpaces(flowEnd, end);
      } else {
        int a = i;
        while (i < end && s.charAt(i) != ',' && s.charAt(i) != close) {
          i++;
        }
        int b = i;
        while (b > a && s.charAt(b - 1) == ' ') {
          b--;
        }
        checkPlain(a, b, true);
        checkFlowPlain(a, b);
        value = scalar(line, valueCol, s.substring(a, b));
      }
      if (isMap) {
        map.put(key, value);
        keyLines.put(key, line);
      } else {
        items.add(value);
      }
      if (i >= end) {
        throw giveUp();
      }
      char sep = s.charAt(i);
      if (sep == close) {
        flowEnd = i + 1;
        break;
      }
      if (sep != ',') {
        throw giveUp();
      }
      i = skipSpaces(i + 1, end);
      if (i >= end || s.charAt(i) == close || s.charAt(i) == ',') {
        throw giveUp(); // [a, ] or [a,, b]
      }
    }
    count();
    return isMap ? YNode.map(line, col, map, keyLines) : YNode.seq(line, col, items);
  }

  private int skipSpaces(int i, int end) {
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * A plain scalar inside a flow collection: nothing that could nest or comment, and no quote
   * first ({@code didn't} is plain; {@code 'x} opens a quoted scalar).
   */
  private void checkFlowPlain(int a, int b) {
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#' || ((c == '"' || c == '\'') && i == a)) {
        throw giveUp();
      }
    }
  }

  /** The offset of the {@code :} that ends a plain block key starting at {@code pos}, or -1. */
  private int keyColon(int pos, int end) {
    for (int i = pos; i < end; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i + 1 == end || s.charAt(i + 1) == ' ' ? i : -1;
      }
      if (c == '#') {
        return -1;
      }
    }
    return -1;
  }

  private void checkKey(String key) {
    if (key.isEmpty() || key.charAt(key.length() - 1) == ' ' || isNullText(key) || indicator(key.charAt(0))
        || key.indexOf(':') >= 0 || key.indexOf('#') >= 0) {
      throw giveUp();
    }
  }

  /** A one-line plain scalar in {@code [a, b)}: no indicator first, nothing that could end or nest it. */
  private void checkPlain(int a, int b, boolean inFlow) {
    if (a >= b) {
      throw giveUp();
    }
    if (indicator(s.charAt(a))) {
      throw giveUp();
    }
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == ':' && (inFlow || i + 1 == b || s.charAt(i + 1) == ' ')) {
        throw giveUp();
      }
    }
  }

  private static boolean indicator(char c) {
    return switch (c) {
      case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ' -> true;
      default -> false;
    };
  }

  private static boolean isNullText(String t) {
    return t.isEmpty() || t.equals("~") || t.equals("null") || t.equals("Null") || t.equals("NULL");
  }

  private YNode scalar(int line, int col, String text) {
    count();
    return YNode.scalar(line, col, isNullText(text) ? null : text, true);
  }

  /** A quoted scalar: always a string, even {@code "null"}, {@code '~'} or {@code ""}. */
  private YNode quoted(int line, int col, String text) {
    count();
    return YNode.scalar(line, col, text, false);
  }

  private void count() {
    if (++nodes > YamlReader.MAX_NODES) {
      throw giveUp();
    }
  }
}
