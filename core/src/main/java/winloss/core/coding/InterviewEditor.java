package winloss.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;
import winloss.core.corpus.BodyLayout;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.transcript.RawDocument;

/**
 * Applies a {@link CodingPlan} to a write-up surgically: only the front-matter lines of the
 * lists that change, and new quote text in the body, are touched; every other byte (comments,
 * key order, CRLF, a BOM) stays as it was. The body is read as CommonMark, the way the reports
 * read it ({@link BodyLayout}): a sentence that is already a quote gets the new tags at the end of
 * the quote; otherwise a {@code > sentence #code} quote is added after the top-level block that
 * holds it. Nothing inside an HTML comment, an HTML block, a code block or a fence is ever edited.
 */
public final class InterviewEditor {
  private static final Pattern KEY = Pattern.compile("^(\\s*)([A-Za-z0-9_-]+)\\s*:(.*)$");

  private InterviewEditor() {}

  public static String apply(RawDocument doc, CodingPlan plan, String shown) {
    if (!doc.hasFrontMatter()) {
      throw new WinlossException(shown + " has no front matter to write codes into");
    }
    String cr = doc.newline().equals("\r\n") ? "\r" : "";
    List<String> front = new ArrayList<>(List.of(doc.front().split("\n", -1)));
    front.remove(front.size() - 1); // the front ends with a newline: drop the empty tail
    String body = tagBody(doc.body(), front.size() + 1, plan.tags(), doc.newline(), shown);
    editFront(front, plan, cr, shown);
    return String.join("\n", front) + "\n" + body;
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

  /**
   * Adds the plan's tags to the body, as CommonMark (flexmark, through {@link BodyLayout}): a
   * quote the reader counts (a block quote paragraph, lazily continued, nested or in a list item
   * included; never one inside an HTML comment, an HTML block, a code block or a fence) whose text
   * is the sentence gets the missing tags after its last character; otherwise a {@code > sentence
   * #code} quote is inserted after the top-level block (paragraph, block quote or list) that holds
   * the sentence. Only those insertions change the text: every other byte stays.
   */
  private static String tagBody(String body, int bodyFirstLine, Map<CodingPlan.Tag, List<String>> tags, String nl, String shown) {
    BodyLayout layout;
    try {
      layout = BodyLayout.of(body);
    } catch (InputProblem p) {
      throw new WinlossException(shown + ":" + (bodyFirstLine + p.line() - 1) + ": " + p.getMessage(), p);
    }
    // insertions by offset, in the plan's order at one offset; applied from the end
    TreeMap<Integer, StringBuilder> inserts = new TreeMap<>();
    for (Map.Entry<CodingPlan.Tag, List<String>> e : tags.entrySet()) {
      BodyLayout.Section section = layout.section(e.getKey().question());
      if (section == null) {
        throw new WinlossException(shown + ": no '## " + e.getKey().question() + ".' heading to tag a quote under");
      }
      String quote = e.getKey().quote();
      BodyLayout.Block existing = existingQuote(section, quote);
      if (existing != null) {
        List<String> have = existing.codes();
        StringBuilder add = new StringBuilder();
        for (String c : e.getValue()) {
          if (!have.contains(c)) {
            add.append(" #").append(c);
          }
        }
        inserts.computeIfAbsent(existing.textEnd(), k -> new StringBuilder()).append(add);
        continue;
      }
      BodyLayout.Block holder = null;
      for (BodyLayout.Block b : section.paragraphs()) {
        if (Sentences.squash(b.text()).contains(quote)) {
          holder = b;
          break;
        }
      }
      if (holder == null) {
        throw new WinlossException(shown + ": cannot find the sentence \"" + quote + "\" under question " + e.getKey().question()
            + " any more; was the file edited meanwhile? Rerun winloss code");
      }
      StringBuilder q = new StringBuilder(nl).append(nl).append("> ").append(quote);
      for (String c : e.getValue()) {
        q.append(" #").append(c);
      }
      if (!blankAfter(body, holder.blockEnd())) {
        q.append(nl); // the line after would otherwise continue the new quote lazily
      }
      inserts.computeIfAbsent(holder.blockEnd(), k -> new StringBuilder()).append(q);
    }
    StringBuilder out = new StringBuilder(body);
    for (Map.Entry<Integer, StringBuilder> e : inserts.descendingMap().entrySet()) {
      out.insert(e.getKey(), e.getValue());
    }
    return out.toString();
  }

  /** True when the line after the line break at {@code at} is blank or there is none. */
  private static boolean blankAfter(String body, int at) {
    int i = at;
    if (i < body.length() && body.charAt(i) == '\r') {
      i++;
    }
    if (i < body.length() && body.charAt(i) == '\n') {
      i++;
    }
    while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
      i++;
    }
    return i >= body.length() || body.charAt(i) == '\n' || body.charAt(i) == '\r';
  }

  /** The quote of the section whose text, without its trailing tags, is {@code quote}. */
  private static BodyLayout.Block existingQuote(BodyLayout.Section section, String quote) {
    for (BodyLayout.Block b : section.paragraphs()) {
      if (b.quote() && Sentences.squash(b.said()).equals(quote)) {
        return b;
      }
    }
    return null;
  }
}
