package winloss.core.output;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * Output templates: logic-less Mustache (jmustache) so users edit them without Java. The
 * defaults ship in the jar under {@code winloss/templates/}; a file of the same relative path
 * in the corpus's {@code templates/} folder overrides one. Markdown is not HTML: nothing is
 * escaped.
 *
 * <p>Rules kept whatever a template says (docs/templates.md):
 * <ul>
 *   <li>a partial ({@code {{> name}}}) is another template, found like any template: the
 *       corpus's {@code templates/name} (or {@code name.mustache}), then the built-in one. A
 *       name that is absolute, holds {@code ..}, or resolves (links followed) outside {@code
 *       templates/} is an error, as is a partial that includes itself, directly or not;
 *   <li>a name in a template of the corpus that winloss never provides (not in the data, and
 *       not used by the built-in template of the same name) is an error naming the file and
 *       line, even in a section that is empty this time;
 *   <li>a value the template names but the data lacks when rendering is an error, not a blank.
 * </ul>
 */
public final class Templates {
  public static final String RESOURCE_DIR = "winloss/templates/";
  public static final Path OVERRIDE_DIR = Path.of("templates");
  private static final Pattern LINE = Pattern.compile("(?:@ line|on line|line) (\\d+)");
  private static final Set<String> SPECIAL = Set.of(".", "this", "-first", "-last", "-index");

  private final Path root;

  private Templates(Path root) {
    this.root = root;
  }

  /** Templates for the corpus at {@code root}, honouring its {@code templates/} overrides. */
  public static Templates forCorpus(Path root) {
    return new Templates(root);
  }

  /** The built-in templates only: for files written before a corpus exists ({@code init}). */
  public static Templates builtIn() {
    return new Templates(null);
  }

  /** Renders template {@code name} (e.g. {@code script.md.mustache}) with {@code data}. */
  public String render(String name, Object data) {
    Source source = source(name, null);
    Map<String, Source> partials = new LinkedHashMap<>();
    includes(source, new ArrayList<>(List.of(name)), partials);
    List<Source> all = new ArrayList<>(List.of(source));
    all.addAll(partials.values());
    Mustache.Compiler compiler = Mustache.compiler()
        .escapeHTML(false)
        .nullValue("")
        .withLoader(partial -> new StringReader(
            (partials.containsKey(partial) ? partials.get(partial) : source(partial.trim(), source.where())).text()));
    Template t = null;
    for (Source s : all) {
      try {
        Template compiled = compiler.compile(new StringReader(s.text()));
        t = t == null ? compiled : t;
      } catch (MustacheException e) {
        throw new WinlossException(s.where() + ":" + line(e) + ": template syntax error: " + oneLine(e.getMessage())
            + "; fix the template or delete it to use the default", e);
      }
    }
    if (all.stream().anyMatch(Source::user)) {
      Set<String> known = new HashSet<>(SPECIAL);
      known.addAll(builtInNames(name));
      collectKeys(data, known, new IdentityHashMap<>(), 0);
      for (Source s : all) {
        if (s.user()) {
          checkNames(s, known);
        }
      }
    }
    try {
      return t.execute(data);
    } catch (MustacheException e) {
      throw new WinlossException(source.where() + ":" + line(e) + ": " + oneLine(e.getMessage())
          + "; the template names a value winloss does not provide (see docs/templates.md)", e);
    }
  }

  /** A template's text, where it came from (for messages), and whether the corpus provides it. */
  private record Source(String name, String text, String where, boolean user) {}

  /**
   * The template {@code name} names: the corpus's override, else the built-in one.
   *
   * @param from the template and line that include it, for messages (null for the one rendered)
   */
  private Source source(String name, String from) {
    String problem = invalidName(name);
    if (problem != null) {
      throw new WinlossException((from == null ? "" : from + ": ") + "template name '" + name + "' " + problem
          + "; a template names other templates by their path inside templates/, such as prompts/footer.md.mustache");
    }
    List<String> candidates = from == null ? List.of(name) : List.of(name, name + ".mustache");
    if (root != null) {
      Path dir = root.resolve(OVERRIDE_DIR);
      for (String n : candidates) {
        Path override = dir.resolve(n);
        if (Files.isRegularFile(override)) {
          String shown = OVERRIDE_DIR.resolve(n).toString().replace('\\', '/');
          if (!OutputWriter.realPath(override).startsWith(OutputWriter.realPath(dir))) {
            throw new WinlossException((from == null ? "" : from + ": ") + shown + " is a link to "
                + OutputWriter.realPath(override) + ", outside templates/; winloss reads templates only from templates/"
                + " and its own built-ins. Copy the file into templates/ instead");
          }
          try {
            return new Source(n, TextFiles.read(override, TextFiles.MAX_DOCUMENT_BYTES), shown, true);
          } catch (IOException | InputProblem e) {
            throw new WinlossException(shown + ": cannot read the template: " + e.getMessage(), e);
          }
        }
      }
    }
    for (String n : candidates) {
      if (Templates.class.getClassLoader().getResource(RESOURCE_DIR + n) != null) {
        return new Source(n, defaultText(n), "(built-in) templates/" + n, false);
      }
    }
    if (from == null) {
      return new Source(name, defaultText(name), "(built-in) templates/" + name, false);
    }
    throw new WinlossException(from + ": no template named '" + name + "' to include: neither templates/" + name
        + " nor a built-in one (winloss templates list shows the built-ins)");
  }

  /** Why {@code name} cannot name a template inside templates/, or null when it can. */
  private static String invalidName(String name) {
    if (name.isBlank()) {
      return "is empty";
    }
    if (name.startsWith("/") || name.contains("\\") || name.contains(":") || name.contains("\u0000")) {
      return "is not a path inside templates/";
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return "is not a path inside templates/ (no '..', '.' or empty parts)";
      }
    }
    return null;
  }

  /** Resolves every partial {@code s} includes, depth first, refusing a cycle. */
  private void includes(Source s, List<String> chain, Map<String, Source> partials) {
    for (TemplateTags.Tag tag : TemplateTags.scan(s.text())) {
      if (tag.kind() != '>') {
        continue;
      }
      String at = s.where() + ":" + tag.line();
      if (chain.contains(tag.name()) || chain.contains(tag.name() + ".mustache")) {
        List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(chain.contains(tag.name()) ? tag.name()
            : tag.name() + ".mustache"), chain.size()));
        loop.add(tag.name());
        throw new WinlossException(at + ": the partial '" + tag.name() + "' includes itself (" + String.join(" -> ", loop)
            + "); a template cannot include itself, directly or through others. Remove the {{> " + tag.name() + "}}");
      }
      if (partials.containsKey(tag.name())) {
        continue;
      }
      Source p = source(tag.name(), at);
      partials.put(tag.name(), p);
      chain.add(p.name());
      includes(p, chain, partials);
      chain.remove(chain.size() - 1);
    }
  }

  private static void checkNames(Source s, Set<String> known) {
    for (TemplateTags.Tag tag : TemplateTags.scan(s.text())) {
      if ("#^ &{".indexOf(tag.kind()) < 0 || tag.name().isEmpty() || SPECIAL.contains(tag.name())) {
        continue;
      }
      for (String part : tag.name().split("\\.")) {
        if (!part.isEmpty() && !known.contains(part)) {
          throw new WinlossException(s.where() + ":" + tag.line() + ": unknown name '" + tag.name() + "': winloss gives"
              + " this template no value of that name; fix the spelling (the built-in template shows the names it uses:"
              + " winloss templates eject, see docs/templates.md), or delete the override to use the default");
        }
      }
    }
  }

  /** The names the built-in template {@code name} (and the built-ins it includes) use. */
  private static Set<String> builtInNames(String name) {
    Set<String> names = new HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(name));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (!seen.add(n) || Templates.class.getClassLoader().getResource(RESOURCE_DIR + n) == null) {
        continue;
      }
      for (TemplateTags.Tag tag : TemplateTags.scan(defaultText(n))) {
        if (tag.kind() == '>') {
          todo.push(tag.name());
          todo.push(tag.name() + ".mustache");
        } else if (tag.kind() != '!') {
          names.addAll(List.of(tag.name().split("\\.")));
        }
      }
    }
    return names;
  }

  /** Every key of every map (and component of every record) in the data. */
  private static void collectKeys(Object o, Set<String> into, IdentityHashMap<Object, Boolean> seen, int depth) {
    if (o == null || depth > 50 || o instanceof CharSequence || o instanceof Number || o instanceof Boolean
        || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    if (o instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        into.add(String.valueOf(e.getKey()));
        collectKeys(e.getValue(), into, seen, depth + 1);
      }
    } else if (o instanceof Iterable<?> it) {
      for (Object x : it) {
        collectKeys(x, into, seen, depth + 1);
      }
    } else if (o instanceof Object[] arr) {
      for (Object x : arr) {
        collectKeys(x, into, seen, depth + 1);
      }
    } else if (o.getClass().isRecord()) {
      for (var c : o.getClass().getRecordComponents()) {
        into.add(c.getName());
        try {
          collectKeys(c.getAccessor().invoke(o), into, seen, depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // a component we cannot read is still a known name
        }
      }
    }
  }

  /**
   * Files under the corpus's {@code templates/} that winloss never reads: no built-in template
   * of that path (a misspelt override, a leftover) and not included as a partial by another file
   * there. Relative to {@code templates/}, '/'-separated, sorted. {@code check} warns on each.
   */
  public static List<String> unusedOverrides(Path root) {
    Path dir = root.resolve(OVERRIDE_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Map<String, Path> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
    } catch (IOException e) {
      return List.of();
    }
    Set<String> builtIns = new HashSet<>(TemplateCatalog.names());
    Set<String> included = new HashSet<>();
    for (Path p : files.values()) {
      try {
        for (TemplateTags.Tag tag : TemplateTags.scan(TextFiles.read(p, TextFiles.MAX_DOCUMENT_BYTES))) {
          if (tag.kind() == '>') {
            included.add(tag.name());
            included.add(tag.name() + ".mustache");
          }
        }
      } catch (IOException | InputProblem e) {
        // an unreadable template is reported when a command renders it
      }
    }
    return files.keySet().stream()
        .filter(n -> !builtIns.contains(n) && !included.contains(n) && !n.startsWith(".") && !n.contains("/."))
        .toList();
  }

  /** The built-in template's text. */
  public static String defaultText(String name) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new WinlossException("no built-in template " + name + "; this is a winloss bug");
      }
      return TextFiles.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WinlossException("cannot read built-in template " + name + ": " + e.getMessage(), e);
    }
  }

  private static int line(MustacheException e) {
    Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
