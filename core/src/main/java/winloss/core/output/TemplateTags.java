package winloss.core.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The tags of a Mustache template with their lines, read without rendering: what {@link
 * Templates} checks before it renders a template (names winloss never provides, partials that
 * would leave the templates folder or include themselves). Follows the Mustache spec's tag
 * kinds, including set-delimiter tags ({@code {{=<% %>=}}}).
 */
final class TemplateTags {
  /** One tag: {@code kind} is the sigil ('#', '^', '/', '>', '&', '{', '!', or ' ' for a variable). */
  record Tag(char kind, String name, int line) {}

  private TemplateTags() {}

  static List<Tag> scan(String text) {
    List<Tag> tags = new ArrayList<>();
    String open = "{{";
    String close = "}}";
    int i = 0;
    while (true) {
      int start = text.indexOf(open, i);
      if (start < 0) {
        return tags;
      }
      int line = lineOf(text, start);
      int from = start + open.length();
      char kind = from < text.length() ? text.charAt(from) : ' ';
      String closing = close;
      if (kind == '{' && open.equals("{{")) {
        closing = "}" + close;
      }
      int end = text.indexOf(closing, from);
      if (end < 0) {
        return tags; // jmustache reports the unclosed tag with its line
      }
      String body = text.substring(from, end);
      i = end + closing.length();
      if (kind == '=') {
        String spec = body.substring(1, body.length() - (body.endsWith("=") ? 1 : 0)).trim();
        String[] d = spec.split("\\s+");
        if (d.length == 2) {
          open = d[0];
          close = d[1];
        }
        continue;
      }
      if ("#^/>&{!".indexOf(kind) >= 0) {
        tags.add(new Tag(kind, body.substring(1).trim(), line));
      } else {
        tags.add(new Tag(' ', body.trim(), line));
      }
    }
  }

  static int lineOf(String text, int offset) {
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }
}
