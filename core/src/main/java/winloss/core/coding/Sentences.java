package winloss.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits answer text into sentences that are verbatim spans of it (whitespace collapsed). */
public final class Sentences {
  private static final Pattern SPEAKER = Pattern.compile("^\\*\\*[^*]{1,80}:\\*\\*\\s*");
  private static final Pattern END = Pattern.compile("(?<=[.!?])[\"”’)]*\\s+(?=[\"“(]?[A-Z0-9])");

  private Sentences() {}

  /** Collapses every whitespace run to one space. */
  public static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  public static List<String> of(String answer) {
    List<String> out = new ArrayList<>();
    for (String para : answer.split("\\n\\s*\\n")) {
      String p = squash(para);
      Matcher sp = SPEAKER.matcher(p);
      if (sp.find()) {
        p = p.substring(sp.end());
      }
      if (p.isEmpty() || p.startsWith("#") || p.startsWith("<!--")) {
        continue;
      }
      int start = 0;
      Matcher m = END.matcher(p);
      while (m.find()) {
        add(out, p.substring(start, m.end()));
        start = m.end();
      }
      add(out, p.substring(start));
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
