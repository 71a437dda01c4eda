package winloss.core.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import winloss.core.text.InputProblem;

/**
 * Parses YAML 1.2 with safe limits: at most 50 aliases to collections, no recursive keys, a
 * bounded size, duplicate keys refused. It composes the node tree and never constructs Java
 * objects from tags, so a global tag such as {@code !!java.io.File} cannot run anything.
 */
public final class YamlReader {
  /** A generous ceiling on nodes after alias expansion; a hand-written file has a few hundred. */
  static final int MAX_NODES = 200_000;
  /**
   * The deepest nesting of lists and mappings accepted: corpus files nest three or four levels;
   * 10,000 nested brackets would otherwise exhaust the parser's stack (a stack overflow, not an
   * error naming the file).
   */
  static final int MAX_DEPTH = 100;

  private YamlReader() {}

  /** One immutable settings object for every parse (building one per file cost a measurable share). */
  private static final LoadSettings SETTINGS = settings();

  private static LoadSettings settings() {
    return LoadSettings.builder()
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(50)
        .setCodePointLimit(3 * 1024 * 1024)
        .setUseMarks(true)
        .build();
  }

  /**
   * Parses one YAML document. The simple block subset that front matter uses goes through
   * {@link FastYaml}, which builds the same tree; anything else goes through snakeyaml-engine.
   *
   * @param firstLine the file line of the first YAML line, so node lines are file lines
   * @return the root node; an empty document is an empty mapping
   */
  public static YNode parse(String yaml, int firstLine) throws InputProblem {
    try {
      YNode fast = FastYaml.parse(yaml, firstLine);
      return fast != null ? fast : parseWithEngine(yaml, firstLine);
    } catch (StackOverflowError deep) {
      throw tooDeep(firstLine);
    }
  }

  private static InputProblem tooDeep(int line) {
    return InputProblem.unreadable(line, "YAML nests lists or mappings more than " + MAX_DEPTH + " levels deep; a win/loss file needs"
        + " a few: check the brackets and indentation from this line");
  }

  /** Refuses flow collections ({@code [ {}) nested deeper than {@link #MAX_DEPTH}, at the line they pass it. */
  static void requireShallow(String yaml, int firstLine) throws InputProblem {
    int depth = 0;
    int line = firstLine;
    char quote = 0;
    boolean comment = false;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\n') {
        line++;
        comment = false;
        if (quote == '\'') {
          continue;
        }
        continue;
      }
      if (comment) {
        continue;
      }
      if (quote != 0) {
        if (quote == '"' && c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if ((c == '"' || c == '\'') && (i == 0 || " \t[{,:-".indexOf(yaml.charAt(i - 1)) >= 0 || yaml.charAt(i - 1) == '\n')) {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(yaml.charAt(i - 1)))) {
        comment = true;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          throw tooDeep(line);
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
  }

  /** The full snakeyaml-engine path: everything outside {@link FastYaml}'s subset, and every error. */
  static YNode parseWithEngine(String yaml, int firstLine) throws InputProblem {
    LoadSettings settings = SETTINGS;
    requireShallow(yaml, firstLine);
    Node root;
    try {
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
      Optional<Node> single = composer.getSingleNode();
      if (single.isEmpty()) {
        return YNode.map(firstLine, 1, new LinkedHashMap<>(), Map.of());
      }
      root = single.get();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
      String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
      if (problem.contains("aliases")) {
        throw InputProblem.unreadable(line, "YAML uses more than 50 aliases to lists or mappings (an alias bomb?); write the values out", e);
      }
      throw new InputProblem(line, "malformed YAML: " + problem + "; check the quoting, brackets and indentation near this line", e);
    } catch (YamlEngineException e) {
      if (String.valueOf(e.getMessage()).contains("aliases")) {
        throw InputProblem.unreadable(firstLine, "YAML uses more than 50 aliases to lists or mappings (an alias bomb?); write the values out", e);
      }
      throw new InputProblem(firstLine, "malformed YAML: " + oneLine(e.getMessage()) + "; check the quoting, brackets and indentation", e);
    }
    return new Converter(firstLine).convert(root);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "cannot be parsed";
    }
    return s.replaceAll("\\s+", " ").trim();
  }

  private static final class Converter {
    private final int firstLine;
    private int nodes;
    private final Map<Node, Boolean> active = new IdentityHashMap<>();

    Converter(int firstLine) {
      this.firstLine = firstLine;
    }

    private int line(Node n) {
      return n.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    private int col(Node n) {
      return n.getStartMark().map(Mark::getColumn).orElse(0) + 1;
    }

    private int depth;

    YNode convert(Node n) throws InputProblem {
      if (++depth > MAX_DEPTH) {
        throw tooDeep(line(n));
      }
      try {
        return convertNode(n);
      } finally {
        depth--;
      }
    }

    YNode convertNode(Node n) throws InputProblem {
      if (++nodes > MAX_NODES) {
        throw InputProblem.unreadable(line(n), "YAML expands to more than " + MAX_NODES + " values (an alias bomb?); remove the aliases");
      }
      if (active.put(n, Boolean.TRUE) != null) {
        throw InputProblem.unreadable(line(n), "YAML refers to itself through an alias; remove the recursive alias");
      }
      try {
        if (n instanceof ScalarNode s) {
          String value = Tag.NULL.equals(s.getTag()) ? null : s.getValue();
          return YNode.scalar(line(n), col(n), value, s.isPlain());
        }
        if (n instanceof SequenceNode s) {
          List<YNode> items = new ArrayList<>();
          for (Node item : s.getValue()) {
            items.add(convert(item));
          }
          return YNode.seq(line(n), col(n), items);
        }
        MappingNode m = (MappingNode) n;
        LinkedHashMap<String, YNode> map = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
          Node k = t.getKeyNode();
          if (!(k instanceof ScalarNode ks) || Tag.NULL.equals(ks.getTag())) {
            throw new InputProblem(line(k), "a YAML key must be a plain name");
          }
          String key = ks.getValue();
          if (map.containsKey(key)) {
            throw new InputProblem(line(k), "duplicate key '" + key + "' (first at line " + keyLines.get(key) + "); keep only one");
          }
          keyLines.put(key, line(k));
          map.put(key, convert(t.getValueNode()));
        }
        return YNode.map(line(n), col(n), map, keyLines);
      } finally {
        active.remove(n);
      }
    }
  }
}
