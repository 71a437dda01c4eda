package winloss.core.llm;

import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * Reading a model's reply: JSON, perhaps inside a markdown code fence. A reply nesting deeper than
 * {@value #MAX_DEPTH} brackets is refused before it is parsed (no answer asked for nests beyond 4).
 */
public final class Replies {
  static final int MAX_DEPTH = 64;

  private Replies() {}

  /** The deepest nesting of brackets and braces outside JSON strings. */
  static int depth(String s) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  public static YNode json(String reply, String where) {
    String s = reply.strip();
    if (s.startsWith("```")) {
      int nl = s.indexOf('\n');
      int end = s.lastIndexOf("```");
      s = nl > 0 && end > nl ? s.substring(nl + 1, end) : s;
    }
    int brace = s.indexOf('{');
    if (brace > 0 && s.indexOf('[') != 0) {
      s = s.substring(brace);
    }
    if (depth(s) > MAX_DEPTH) {
      throw new WinlossException("the reply of the model at " + where + " is not the JSON asked for: it nests more than "
          + MAX_DEPTH + " levels deep: " + abbreviate(reply) + "; nothing was written");
    }
    try {
      return YamlReader.parse(s, 1);
    } catch (InputProblem | RuntimeException | StackOverflowError e) {
      throw new WinlossException("the reply of the model at " + where + " is not the JSON asked for: " + abbreviate(reply)
          + "; nothing was written", e);
    }
  }

  public static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return "'" + (one.length() > 160 ? one.substring(0, 157) + "..." : one) + "'";
  }
}
