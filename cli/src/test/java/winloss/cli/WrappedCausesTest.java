package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "keep the cause of every wrapped exception": a scan of the main sources of core and
 * cli for {@code throw new X(...)} inside a {@code catch (T e)} block whose arguments do not pass
 * {@code e} (or {@code e.getCause()}) on, so {@code --stacktrace} always shows the chain. The
 * few that drop it on purpose are listed in {@link #ALLOWED} with the reason.
 */
class WrappedCausesTest {
  static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"), Path.of("..", "core", "src", "main", "java"));

  /** File name and a piece of the throw's arguments, with why the cause is left out. */
  static final Map<String, String> ALLOWED = Map.of(
      "Notifier.java: is not a URL", "the cause's message holds the webhook URL, a secret",
      "Notifier.java: cannot reach the ", "the cause's message may hold the webhook URL, a secret");

  static final Pattern CATCH = Pattern.compile("catch\\s*\\(\\s*(?:final\\s+)?[\\w.|\\s]+?\\s+(\\w+)\\s*\\)\\s*\\{");
  static final Pattern THROW = Pattern.compile("throw\\s+new\\s+[\\w.]+\\s*\\(");

  @Test
  void everyExceptionThrownInACatchBlockKeepsTheCaughtOneAsItsCause() throws IOException {
    List<String> dropped = new ArrayList<>();
    int throwsInCatch = 0;
    for (Path dir : SOURCES) {
      assertThat(dir).isDirectory();
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          String src = Files.readString(f, StandardCharsets.UTF_8);
          for (Finding x : scan(src)) {
            throwsInCatch++;
            if (x.keepsCause()) {
              continue;
            }
            String name = f.getFileName().toString();
            boolean allowed = ALLOWED.keySet().stream().anyMatch(k -> k.startsWith(name + ": ") && x.args().contains(k.substring(name.length() + 2)));
            if (!allowed) {
              dropped.add(f + ":" + x.line() + ": throw new ...(" + x.args().replaceAll("\\s+", " ") + ") drops '" + x.var() + "'");
            }
          }
        }
      }
    }
    assertThat(throwsInCatch).as("the scan found the throws in catch blocks").isGreaterThan(50);
    assertThat(dropped).as("wrap with the cause: new X(message, %s)", "e").isEmpty();
  }

  @Test
  void theScanSeesADroppedCauseAndAKeptOne() {
    String src = "class A { void f() { try { g(); } catch (IOException e) {\n"
        + " if (x) { throw new WinlossException(\"no: \" + e.getMessage()); }\n"
        + " throw new WinlossException(\"yes: \" + e.getMessage(), e); } } }";
    List<Finding> found = scan(src);
    assertThat(found).extracting(Finding::keepsCause).containsExactly(false, true);
    assertThat(found.get(0).line()).isEqualTo(2);
  }

  record Finding(int line, String var, String args, boolean keepsCause) {}

  /** Each {@code throw new} inside a catch block: its line, the caught variable, its arguments. */
  static List<Finding> scan(String src) {
    List<Finding> out = new ArrayList<>();
    Matcher c = CATCH.matcher(src);
    while (c.find()) {
      String var = c.group(1);
      int end = close(src, c.end(), '{', '}');
      String body = src.substring(c.end(), end);
      Matcher t = THROW.matcher(body);
      Pattern passed = Pattern.compile("(?<![\\w.])" + Pattern.quote(var) + "(?:\\.getCause\\(\\))?(?![\\w.])");
      while (t.find()) {
        String args = body.substring(t.end(), close(body, t.end(), '(', ')'));
        int line = (int) src.substring(0, c.end() + t.start()).chars().filter(ch -> ch == '\n').count() + 1;
        out.add(new Finding(line, var, args, passed.matcher(args).find()));
      }
    }
    return out;
  }

  /** The index of the bracket closing the one opened just before {@code from}. */
  private static int close(String s, int from, char open, char shut) {
    int depth = 1;
    int i = from;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '"') {
        i = s.indexOf('"', i + 1);
        while (i > 0 && s.charAt(i - 1) == '\\' && s.charAt(i - 2) != '\\') {
          i = s.indexOf('"', i + 1);
        }
        if (i < 0) {
          return s.length();
        }
      } else if (ch == open) {
        depth++;
      } else if (ch == shut && --depth == 0) {
        return i;
      }
      i++;
    }
    return s.length();
  }
}
