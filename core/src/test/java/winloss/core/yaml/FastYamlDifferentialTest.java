package winloss.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import winloss.core.text.FrontMatter;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * Proves that {@link YamlReader#parse} (fast path first) gives exactly what the snakeyaml-engine
 * path gives: the same tree with the same lines and columns, or the same error at the same line.
 */
class FastYamlDifferentialTest {

  /** The tree as text: kind, line, col, value, keys with their lines, in file order. */
  static String describe(YNode n) {
    StringBuilder b = new StringBuilder();
    describe(n, b);
    return b.toString();
  }

  private static void describe(YNode n, StringBuilder b) {
    b.append(n.kind()).append('@').append(n.line()).append(':').append(n.col());
    switch (n.kind()) {
      case SCALAR -> b.append(n.text() == null ? "<null>" : "'" + n.text() + "'").append(n.isPlain() ? "" : "(quoted)");
      case SEQ -> {
        b.append('[');
        for (YNode item : n.items()) {
          describe(item, b);
          b.append(", ");
        }
        b.append(']');
      }
      case MAP -> {
        b.append('{');
        for (Map.Entry<String, YNode> e : n.entries().entrySet()) {
          b.append('\'').append(e.getKey()).append("'@").append(n.keyLine(e.getKey())).append(": ");
          describe(e.getValue(), b);
          b.append(", ");
        }
        b.append('}');
      }
    }
  }

  private static String outcome(Parser p, String yaml, int firstLine) {
    try {
      return describe(p.parse(yaml, firstLine));
    } catch (InputProblem e) {
      return "error at " + e.line() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      return "crash: " + e;
    }
  }

  interface Parser {
    YNode parse(String yaml, int firstLine) throws InputProblem;
  }

  /** Asserts both paths agree; returns whether the fast path handled it on its own. */
  static boolean assertSame(String yaml, int firstLine) {
    String engine = outcome(YamlReader::parseWithEngine, yaml, firstLine);
    String routed = outcome(YamlReader::parse, yaml, firstLine);
    assertThat(routed).as("YAML:\n%s", yaml).isEqualTo(engine);
    YNode fast = FastYaml.parse(yaml, firstLine);
    if (fast != null) {
      assertThat(describe(fast)).as("fast path on YAML:\n%s", yaml).isEqualTo(engine);
    }
    return fast != null;
  }

  @Test
  void everyYamlAndFrontMatterInTheRepositoryParsesTheSameBothWays() throws IOException {
    Path repo = Path.of("").toAbsolutePath().getParent();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("core/src/test/resources", "cli/src/test/resources", "core/src/main/resources",
        "cli/src/main/resources", "templates", "bench/src")) {
      Path d = repo.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.walk(d)) {
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(md|yaml|yml)$"))
              .forEach(files::add);
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(20);
    int fastCount = 0;
    int yamlCount = 0;
    for (Path f : files) {
      String text;
      try {
        text = TextFiles.decode(Files.readAllBytes(f));
      } catch (InputProblem e) {
        continue; // the invalid UTF-8 fixture
      }
      String yaml = text;
      int first = 1;
      if (f.toString().endsWith(".md")) {
        try {
          FrontMatter fm = FrontMatter.split(text);
          if (fm.yaml() == null) {
            continue;
          }
          yaml = fm.yaml();
          first = fm.yamlFirstLine();
        } catch (InputProblem e) {
          continue;
        }
      }
      yamlCount++;
      if (assertSame(yaml, first)) {
        fastCount++;
      }
    }
    assertThat(yamlCount).isGreaterThan(20);
    // the clean fixtures take the fast path; only the deliberately odd ones fall back
    assertThat(fastCount).isGreaterThan(yamlCount / 2);
  }

  @Test
  void aSyntheticCorpusOfFrontMatterTakesTheFastPathWithTheSameTree() {
    SplittableRandom r = new SplittableRandom(7);
    String[] factors = {"integration-depth", "time-to-value", "price", "sales-process", "security-review"};
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      // real write-ups quote values half the time (issue 15): the fast path must still take them
      String q = r.nextBoolean() ? "\"" : r.nextBoolean() ? "'" : "";
      s.append("opp: ").append(q).append("OPP-").append(i).append(q).append("\noutcome: ").append(r.nextBoolean() ? "won" : "lost")
          .append("\nstatus: completed\nrequested: 2026-04-0").append(1 + r.nextInt(9))
          .append("\nbooked:\ninterviewed: 2026-05-1").append(r.nextInt(10)).append('\n')
          .append("interviewer: Priya Shah\ninterviewee:\n  title: VP, Data [EMEA] & Ops\n  persona: champion\n")
          .append("consent:\n  attribute: ").append(r.nextBoolean()).append("\n  external_use: ~\n")
          .append("codes:\n  decisive: [").append(q).append(factors[r.nextInt(5)]).append(q).append(", ").append(factors[r.nextInt(5)])
          .append("]\n  winner: ").append(q).append(r.nextBoolean() ? "Helix" : "none").append(q)
          .append(" # the buyer said so\n  fixable: false\n  almost: []\n  flags: [ ]\n")
          .append("  committee:\n    - economic-buyer\n    - {name: Ann Lee, role: cfo}\n    - name: Bo\n      role: cto\n")
          .append("# trailing comment\n");
      if (i % 2 == 0 && factors[0].equals(factors[r.nextInt(5)])) {
        s.append("extra: it's 10:30 now\n");
      }
      assertThat(assertSame(s.toString(), 2)).as("fast path taken for %s", s).isTrue();
    }
  }

  @Test
  void trickySnippetsParseTheSameBothWays() {
    List<String> snippets = List.of(
        "", "\n", "# only a comment\n", "a: 1\n", "a: 1", "a:\n", "a:", "a:  \n", "a: # comment\nb: 2\n",
        "a: ~\nb: null\nc: Null\nd: NULL\ne: nul\nf: ''\n", "a: 'quoted'\n", "a: \"dq\"\n", "a: it's\n",
        "a: b: c\n", "a: b:\n", "a: b:c\n", "a:b\n", "a:b: c\n", "a #x: b\n", "a#x: b\n", "a : b\n",
        "a: 1\na: 2\n", "a: {k: 1, k: 2}\n", "a: [x, y]\n", "a: [x,y]\n", "a: [ x , y ]\n", "a: []\n", "a: [ ]\n",
        "a: {}\n", "a: { }\n", "a: [x, ]\n", "a: [x,, y]\n", "a: [,]\n", "a: [x, [y]]\n", "a: [x\n", "a: [x,\n  y]\n",
        "a: [x] # c\n", "a: [x]#c\n", "a: [x] y\n", "a: {k: v}\n", "a: {k:v}\n", "a: {k: }\n", "a: {k}\n",
        "a: {k: v, k2: [x]}\n", "a: {k: v # c}\n", "a: [a: b]\n", "a: [a:b]\n", "a: [~, null, x]\n",
        "a: [-x]\n", "a: [x y z, 'q']\n", "a: {k: 'q'}\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n",
        "a: >\n  text\n", "a: hello\n  world\n", "a: hello\n  # c\nb: 2\n", "a: hello\n# c\nb: 2\n",
        "a:\n  b: 1\n  c: 2\nd: 3\n", "a:\n  b: 1\n   c: 2\n", "a:\n    b: 1\n  c: 2\n", "a:\n  b: 1\n c: 2\n",
        "a:\n- x\n- y\n", "a:\n  - x\n  - y\nb: 1\n", "a:\n  - x\n   - y\n", "a:\n  - x\n    y\n",
        "- a\n- b\n", "- a\n-\n", "- \n", "-\n  a: 1\n", "- - a\n", "- a: 1\n  b: 2\n- c: 3\n",
        "- a: 1\n   b: 2\n", "- a: 1\n b: 2\n", "-   a: 1\n    b: 2\n", "- {name: x, role: y}\n- [a]\n",
        "- a\nb: 1\n", "a: 1\n- b\n", "  a: 1\n  b: 2\n", "  a: 1\nb: 2\n", "a:\tb\n", "\ta: b\n",
        "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "? a\n: b\n",
        "a: -1\n", "a: - b\n", "a: ?x\n", "a: @x\n", "a: `x\n", "a: %x\n", "a: x # c # d\n", "a: x#y\n",
        "null: 1\n", "~: 1\n", "true: 1\n", "1: 2\n", "é: ü ß 東京\n", "a: caf\u00e9\u00a0x\n", "a: x\u0085y\n",
        "a: x\u2028y\n", "a: \ud83d\ude00\n", "a: \ufeffx\n", "\ufeffa: 1\n", "a: x\r\n", "a: x\u0007\n",
        "a: 1\n\n\nb: 2\n\n", "a:\n\n  b: 1\n", "a:\n  # c\n  b: 1\n", "a:\n# c\n  b: 1\n",
        "a: 2026-04-14\nb: 012\nc: 0x1F\nd: .inf\ne: yes\n", "a: [x, y]\nb: {k: v}\nc:\n  - {n: 1}\n",
        "key with spaces: value with spaces  \n", "a: x  # c\n", "a: 'x' y\n", "a: x 'y'\n", "a: x\"y\n",
        "a: {k: v}, b\n", "a: [x], [y]\n", "a:\n  [x, y]\n", "a:\n  {k: v}\n", "a:\n  x\n", "[a, b]\n",
        "{a: 1}\n", "scalar\n", "a: b\n  c: d\n", "a:\n  b:\n    c:\n      d: 1\n  e: 2\nf: 3\n",
        "a:\n  b:\n    - x\n    - y: 1\n      z: 2\n  c: 3\n", "a: x\n b\n", "a: [x]\n  b: 1\n",
        "a: {k: v}\n  b: 1\n", "- a\n  - b\n", "- [a]\n  b\n", "- a: 1\n  - b\n", "a:\n  - b\n  c: 1\n",
        "factors:\n  price: {label: Price, brief: pricing, keywords: [price, budget, discount, cost]}\n",
        "loss_types: {better-product: They were better, execution: We didn't execute, structural: \"Structural, can't fix\"}\n",
        "a: [[x, y], [z]]\n", "a: {b: {c: {d: {e: 1}}}}\n", "a: [x, {y: [z]}] # c\n", "a: [x, {y: [z]}]z\n");
    int fast = 0;
    for (String y : snippets) {
      if (assertSame(y, 2)) {
        fast++;
      }
    }
    assertThat(fast).isGreaterThan(20);
  }

  @Test
  void randomlyGeneratedYamlParsesTheSameBothWays() {
    SplittableRandom r = new SplittableRandom(2026);
    int fast = 0;
    for (int i = 0; i < 6000; i++) {
      StringBuilder b = new StringBuilder();
      block(r, b, 0, 0);
      if (assertSame(b.toString(), 1 + r.nextInt(3))) {
        fast++;
      }
    }
    assertThat(fast).isGreaterThan(500);
  }

  private static final String[] KEYS = {"a", "b", "c", "opp", "Sales Enablement", "x-y_z", "é", "k1", "null", "~",
      "x:y", "a#b", "-k", "k ", "?k", "'q'", "true", "1", "a,b", "a[0]"};
  private static final String[] VALUES = {"x", "hello world", "~", "null", "no", "2026-04-14", "[a, b]", "[]", "[ ]",
      "{}", "{k: v}", "{k: v, k2: ~}", "{k: v, k: w}", "[a, [b]]", "[a,]", "'q'", "\"q\"", "a: b", "a:", "a:b",
      "x # c", "x#c", "# c", "&a x", "*a", "!!str x", "|", ">", "- a", "-1", "[a, b] # c", "[a, b]x", "{k:v}",
      "{k: v", "[a: b]", "a, b", "a [b]", "it's", "@x", "? x", ": x", "{k: }", "[~, null]", "x  ", "VP, Data",
      "10:30", "a b c d e", "\"CV-0042\"", "'none'", "\"null\"", "'~'", "\"true\"", "\"2026-01-01\"", "\"\"",
      "''", "\"a: b\"", "\"x # y\"", "'it''s'", "\"a\\\"b\"", "[\"x\", 'y']", "{k: \"v\"}", "[\"a, b\"]", "\"x\" y",
      "\"caf\u00e9\"", "'\u6771\u4eac'",
      // nested flow collections, as codebooks write them, and quotes inside plain flow scalars
      "{label: Integration depth, brief: right-to-win, keywords: [integration, connector, api]}",
      "{k: [a, {b: c}]}", "[[a], [b, c]]", "{k: didn't, j: \"x, y\"}", "[it's, x]", "[a, \"b\" ]",
      "[[[[[a]]]]]", "{k: [a, b], k: c}", "[a, [b, ]]", "{k: {j: v}}", "[x'y, \"z\"]", "['a' b]", "[[a] b]",
      "{k: [a]x}", "[{}, []]", "{k: [~, null], j: {}}", "[a, [b # c]]", "{k: 'it''s'}", "[x\"y]", "{a: [b], c: d}"};

  private static void block(SplittableRandom r, StringBuilder b, int indent, int depth) {
    boolean seq = r.nextInt(4) == 0;
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      decorate(r, b);
      int ind = indent;
      if (r.nextInt(25) == 0) {
        ind = Math.max(0, indent + r.nextInt(5) - 2);
      }
      b.append(" ".repeat(ind));
      if (seq) {
        b.append("- ");
        int kind = r.nextInt(5);
        if (kind == 0 && depth < 3) {
          // compact mapping in a sequence item
          b.append(pick(r, KEYS)).append(": ").append(pick(r, VALUES)).append('\n');
          if (r.nextBoolean()) {
            b.append(" ".repeat(ind + 2 + (r.nextInt(12) == 0 ? 1 : 0))).append(pick(r, KEYS)).append(": ")
                .append(pick(r, VALUES)).append('\n');
          }
        } else if (kind == 1 && depth < 3) {
          b.append('\n');
          block(r, b, indent + 2, depth + 1);
        } else {
          b.append(pick(r, VALUES)).append('\n');
        }
      } else {
        b.append(pick(r, KEYS)).append(':');
        int kind = r.nextInt(6);
        if (kind == 0 && depth < 3) {
          b.append(r.nextInt(4) == 0 ? "  # c" : "").append('\n');
          block(r, b, indent + (r.nextInt(6) == 0 ? 0 : 2 + r.nextInt(2) * 2), depth + 1);
        } else if (kind == 1) {
          b.append('\n');
        } else {
          b.append(' ').append(pick(r, VALUES)).append('\n');
        }
      }
    }
  }

  private static void decorate(SplittableRandom r, StringBuilder b) {
    switch (r.nextInt(30)) {
      case 0 -> b.append('\n');
      case 1 -> b.append(" ".repeat(r.nextInt(6))).append("# comment\n");
      case 2 -> b.append("---\n");
      case 3 -> b.append("  \n");
      case 4 -> b.append("\t");
      default -> { }
    }
  }

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
