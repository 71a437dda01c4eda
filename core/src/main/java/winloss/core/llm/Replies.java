package winloss.core.llm;

import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/** Reading a model's reply: JSON, perhaps inside a markdown code fence. */
public final class Replies {
  private Replies() {}

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
    try {
      return YamlReader.parse(s, 1);
    } catch (InputProblem | RuntimeException e) {
      throw new WinlossException("the reply of the model at " + where + " is not the JSON asked for: " + abbreviate(reply)
          + "; nothing was written");
    }
  }

  public static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return "'" + (one.length() > 160 ? one.substring(0, 157) + "..." : one) + "'";
  }
}
