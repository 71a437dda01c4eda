package winloss.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.transcript.RawDocument;

/**
 * Applies a {@link CodingPlan} to a write-up surgically: only the front-matter lines of the
 * lists that change, and new quote lines in the body, are touched; every other byte (comments,
 * key order, CRLF, a BOM) stays as it was. A sentence already in a blockquote gets the new tags
 * at the end of the quote; otherwise a {@code > sentence #code} quote is added after the
 * paragraph that holds it.
 */
public final class InterviewEditor {
  private static final Pattern KEY = Pattern.compile("^(\\s*)([A-Za-z0-9_-]+)\\s*:(.*)$");
  private static final Pattern QUOTE_LINE = Pattern.compile("^ {0,3}>\\s?(.*)$");
  private static final Pattern HEADING = Pattern.compile("^##\\s+(\\d+)[.)]?\\s.*$|^##\\s.*$");

  private InterviewEditor() {}

  public static String apply(RawDocument doc, CodingPlan plan, String shown) {
    if (!doc.hasFrontMatter()) {
      throw new WinlossException(shown + " has no front matter to write codes into");
    }
    String cr = doc.newline().equals("\r\n") ? "\r" : "";
    List<String> front = new ArrayList<>(List.of(doc.front().split("\n", -1)));
    front.remove(front.size() - 1); // the front ends with a newline: drop the empty tail
    List<String> body = new ArrayList<>(List.of(doc.body().split("\n", -1)));
    tagBody(body, plan.tags(), cr, shown);
    editFront(front, plan, cr, shown);
    return String.join("\n", front) + "\n" + String.join("\n", body);
  }

  // ---- front matter ----

  private static void editFront(List<String> lines, CodingPlan plan, String cr, String shown) {
    boolean any = plan.lossReason() != null || plan.additions().values().stream().anyMatch(l -> !l.isEmpty());
    if (!any) {
      return;
    }
    int close = lines.size() - 1; // the closing --- line
    int codes = -1;
    for (int i = 1; i < close; i++) {
      Matcher m = KEY.matcher(strip(lines.get(i)));
      if (m.matches() && m.group(1).isEmpty() && m.group(2).equals("codes")) {
        codes = i;
        break;
      }
    }
    if (codes < 0) {
      lines.add(close, "codes:" + cr);
      codes = close;
      close++;
    } else {
      String rest = valueOf(strip(lines.get(codes)));
      if (rest.equals("{}")) {
        lines.set(codes, "codes:" + comment(strip(lines.get(codes))) + cr);
      } else if (!rest.isEmpty()) {
        throw new WinlossException(shown + ":" + (codes + 1) + ": codes: is written inline; write it as a block"
            + " (one key per line) so winloss can add codes, or add them by hand");
      }
    }
    int end = codes + 1;
    String childIndent = null;
    while (end < close) {
      String l = strip(lines.get(end));
      if (!l.isBlank() && !l.strip().startsWith("#") && indent(l) == 0) {
        break;
      }
      if (childIndent == null && !l.isBlank() && !l.strip().startsWith("#") && !l.strip().startsWith("-")) {
        childIndent = l.substring(0, indent(l));
      }
      end++;
    }
    if (childIndent == null) {
      childIndent = "  ";
    }
    for (Map.Entry<String, List<String>> e : plan.additions().entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      end = addToList(lines, codes, end, childIndent, e.getKey(), e.getValue(), cr, shown);
    }
    if (plan.lossReason() != null) {
      int at = findKey(lines, codes + 1, end, childIndent, "loss_reason");
      if (at < 0) {
        lines.add(end, childIndent + "loss_reason: " + plan.lossReason() + cr);
      } else if (valueOf(strip(lines.get(at))).isEmpty()) {
        String l = strip(lines.get(at));
        lines.set(at, childIndent + "loss_reason: " + plan.lossReason() + comment(l) + cr);
      }
    }
  }

  /** Adds codes to the list {@code key} under codes:, returning the (maybe moved) end of the block. */
  private static int addToList(List<String> lines, int codes, int end, String childIndent, String key, List<String> add,
      String cr, String shown) {
    int at = findKey(lines, codes + 1, end, childIndent, key);
    if (at < 0) {
      lines.add(end, childIndent + key + ": [" + String.join(", ", add) + "]" + cr);
      return end + 1;
    }
    String l = strip(lines.get(at));
    String value = valueOf(l);
    if (value.isEmpty()) {
      // a block list below, or nothing
      int last = at;
      String itemIndent = null;
      for (int i = at + 1; i < end; i++) {
        String li = strip(lines.get(i));
        if (li.strip().startsWith("- ") || li.strip().equals("-")) {
          last = i;
          if (itemIndent == null) {
            itemIndent = li.substring(0, li.indexOf('-'));
          }
        } else if (!li.isBlank() && !li.strip().startsWith("#")) {
          break;
        }
      }
      if (itemIndent == null) {
        lines.set(at, childIndent + key + ": [" + String.join(", ", add) + "]" + comment(l) + cr);
        return end;
      }
      for (int k = 0; k < add.size(); k++) {
        lines.add(last + 1 + k, itemIndent + "- " + add.get(k) + cr);
      }
      return end + add.size();
    }
    if (value.startsWith("[") && value.contains("]")) {
      int close = l.indexOf(']', l.indexOf('['));
      String inside = l.substring(l.indexOf('[') + 1, close);
      String joined = (inside.isBlank() ? "" : inside.stripTrailing() + ", ") + String.join(", ", add);
      lines.set(at, l.substring(0, l.indexOf('[') + 1) + joined + l.substring(close) + cr);
      return end;
    }
    throw new WinlossException(shown + ":" + (at + 1) + ": codes." + key + " is not a list winloss can extend;"
        + " write it as [a, b] or as - items, or add " + String.join(", ", add) + " by hand");
  }

  private static int findKey(List<String> lines, int from, int to, String childIndent, String key) {
    for (int i = from; i < to; i++) {
      Matcher m = KEY.matcher(strip(lines.get(i)));
      if (m.matches() && m.group(1).equals(childIndent) && m.group(2).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static String valueOf(String line) {
    Matcher m = KEY.matcher(line);
    if (!m.matches()) {
      return "";
    }
    String v = m.group(3);
    int hash = v.indexOf(" #");
    if (v.strip().startsWith("#")) {
      return "";
    }
    return (hash >= 0 ? v.substring(0, hash) : v).strip();
  }

  private static String comment(String line) {
    Matcher m = KEY.matcher(line);
    if (!m.matches()) {
      return "";
    }
    String v = m.group(3);
    int hash = v.strip().startsWith("#") ? v.indexOf('#') : v.indexOf(" #");
    return hash >= 0 ? "  " + v.substring(hash).strip() : "";
  }

  private static int indent(String l) {
    int i = 0;
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String strip(String l) {
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }

  // ---- body ----

  private static void tagBody(List<String> body, Map<CodingPlan.Tag, List<String>> tags, String cr, String shown) {
    // insertions per paragraph end, applied bottom-up; tags added in place to existing quotes
    java.util.TreeMap<Integer, List<String>> inserts = new java.util.TreeMap<>();
    for (Map.Entry<CodingPlan.Tag, List<String>> e : tags.entrySet()) {
      int[] section = section(body, e.getKey().question());
      if (section == null) {
        throw new WinlossException(shown + ": no '## " + e.getKey().question() + ".' heading to tag a quote under");
      }
      String quote = e.getKey().quote();
      int existing = existingQuote(body, section, quote);
      if (existing >= 0) {
        String l = strip(body.get(existing));
        StringBuilder sb = new StringBuilder(l.stripTrailing());
        for (String c : e.getValue()) {
          if (!l.matches(".*#" + Pattern.quote(c) + "(\\s.*|$)")) {
            sb.append(" #").append(c);
          }
        }
        body.set(existing, sb + cr);
        continue;
      }
      int last = paragraphEnd(body, section, quote);
      if (last < 0) {
        throw new WinlossException(shown + ": cannot find the sentence \"" + quote + "\" under question " + e.getKey().question()
            + " any more; was the file edited meanwhile? Rerun winloss code");
      }
      StringBuilder q = new StringBuilder("> ").append(quote);
      for (String c : e.getValue()) {
        q.append(" #").append(c);
      }
      List<String> add = inserts.computeIfAbsent(last, k -> new ArrayList<>());
      add.add(cr);
      add.add(q + cr);
    }
    for (Map.Entry<Integer, List<String>> e : inserts.descendingMap().entrySet()) {
      body.addAll(e.getKey() + 1, e.getValue());
    }
  }

  /** [first line after the heading, end exclusive] of answer {@code number}. */
  private static int[] section(List<String> body, int number) {
    int start = -1;
    for (int i = 0; i < body.size(); i++) {
      String l = strip(body.get(i));
      if (l.startsWith("## ")) {
        if (start >= 0) {
          return new int[] {start, i};
        }
        Matcher m = HEADING.matcher(l);
        if (m.matches() && m.group(1) != null && Integer.parseInt(m.group(1)) == number) {
          start = i + 1;
        }
      }
    }
    return start >= 0 ? new int[] {start, body.size()} : null;
  }

  private static int existingQuote(List<String> body, int[] section, String quote) {
    for (int i = section[0]; i < section[1]; i++) {
      if (!QUOTE_LINE.matcher(strip(body.get(i))).matches()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int j = i;
      while (j < section[1]) {
        Matcher m = QUOTE_LINE.matcher(strip(body.get(j)));
        if (!m.matches() || m.group(1).isBlank()) {
          break;
        }
        text.append(m.group(1)).append(' ');
        j++;
      }
      String said = Sentences.squash(text.toString()).replaceAll("(\\s*#[A-Za-z0-9_-]+)+$", "");
      if (said.equals(quote)) {
        return j - 1;
      }
      i = j;
    }
    return -1;
  }

  private static int paragraphEnd(List<String> body, int[] section, String quote) {
    int i = section[0];
    while (i < section[1]) {
      if (strip(body.get(i)).isBlank()) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      while (i < section[1] && !strip(body.get(i)).isBlank()) {
        String l = strip(body.get(i));
        Matcher q = QUOTE_LINE.matcher(l);
        text.append(q.matches() ? q.group(1) : l).append(' ');
        i++;
      }
      if (Sentences.squash(text.toString()).contains(quote) && start <= i - 1) {
        return i - 1;
      }
    }
    return -1;
  }
}
