package winloss.core.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import winloss.core.corpus.CodebookReader;
import winloss.core.diag.Diagnostic;
import winloss.core.diag.Diagnostics;
import winloss.core.diag.WinlossException;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.output.PlannedFile;
import winloss.core.text.TextFiles;

/**
 * {@code winloss import qdc}: merges the codes of a REFI-QDA codebook ({@code .qdc}, from NVivo,
 * ATLAS.ti, MAXQDA, QualCoder or {@code winloss export qdc}) into win-loss/schema.yaml.
 *
 * <ul>
 *   <li>A top-level code that is one of winloss's categories (by its {@code winloss category:}
 *       description, or its name: "Factors", "Loss reasons", ...) brings its codes into that
 *       category; every other code goes into the category the user names ({@code --group}).
 *   <li>A code's id is its {@code winloss code:} description line, else its name made a code
 *       (lower case, hyphens: "Vendor lock-in" is {@code vendor-lock-in}); its label is its
 *       name. A code that is not codable (a folder) only carries its children.
 *   <li>A code already in the category is kept as it is, even when the file's label differs:
 *       nothing is ever deleted or renamed. Only new codes are added, surgically (see
 *       {@link SchemaEditor}).
 * </ul>
 */
public final class QdcImport {
  private static final long MAX_BYTES = 8L * 1024 * 1024;

  private QdcImport() {}

  /** A code the import adds. */
  public record Added(String category, String id, String label) {}

  /** A code of the file left as schema.yaml has it, or not imported, and why. */
  public record Skipped(String category, String id, String name, String reason) {}

  /**
   * What the import does.
   *
   * @param file schema.yaml's new content, or null when there is nothing to add
   */
  public record Plan(PlannedFile file, List<Added> added, List<Skipped> kept, List<Skipped> skipped) {}

  /**
   * Plans the import of {@code qdc} into the corpus at {@code root}.
   *
   * @param shown how to name {@code qdc} in messages
   * @param group the schema.yaml category for codes outside winloss's categories, or null
   * @throws WinlossException (exit 2) when the file is not a readable codebook, a group is needed
   *     but not given or not a category, or schema.yaml cannot be extended
   */
  public static Plan plan(Path root, Path qdc, String shown, String group) {
    if (group != null && !CodeTree.CATEGORIES.containsKey(group)) {
      throw new WinlossException("--group " + group + " is not a codebook category; use one of "
          + String.join(", ", CodeTree.CATEGORIES.keySet()));
    }
    Element codes = codesElement(qdc, shown);
    List<Candidate> candidates = new ArrayList<>();
    List<Element> outside = new ArrayList<>();
    for (Element top : children(codes, "Code")) {
      String category = recognisedCategory(top);
      if (category != null) {
        collect(top, category, true, candidates);
      } else {
        outside.add(top);
      }
    }
    if (!outside.isEmpty() && group == null) {
      throw new WinlossException(shown + ": " + outside.size() + " top-level code" + (outside.size() == 1 ? "" : "s")
          + " (" + names(outside) + ") are not winloss categories; name the category they go to with --group"
          + " (one of " + String.join(", ", CodeTree.CATEGORIES.keySet()) + ")");
    }
    for (Element top : outside) {
      collect(top, group, false, candidates);
    }

    Path schema = root.resolve(CodebookReader.FILE);
    String raw;
    try {
      raw = Files.readString(schema, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new WinlossException(CodebookReader.FILE + " is missing; create it (see docs/corpus-format.md) and import again", e);
    } catch (IOException e) {
      throw new WinlossException(CodebookReader.FILE + ": cannot read it: " + e.getMessage(), e);
    }
    String text = TextFiles.normalize(raw);
    Diagnostics problems = new Diagnostics();
    Codebook book = CodebookReader.parse(text, problems).orElse(null);
    if (book == null || problems.hasErrors()) {
      Diagnostic first = problems.sorted().stream().filter(Diagnostic::isError).findFirst().orElse(null);
      throw new WinlossException(CodebookReader.FILE + (first == null ? "" : ":" + first.line() + ": " + first.message())
          + "; fix the codebook (winloss check) before importing into it");
    }

    List<Added> added = new ArrayList<>();
    List<Skipped> kept = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Map<String, List<SchemaEditor.Entry>> byCategory = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      if (c.id().isEmpty()) {
        skipped.add(new Skipped(c.category(), "", c.name(), "its name has no letters or digits to make a code from"));
        continue;
      }
      if (!seen.add(c.category() + ":" + c.id())) {
        skipped.add(new Skipped(c.category(), c.id(), c.name(), "the file holds this code twice; the first is used"));
        continue;
      }
      Code existing = CodeTree.category(book, c.category()).get(c.id());
      if (existing != null) {
        String reason = existing.label().equals(c.name()) ? "already in the codebook"
            : "already in the codebook as '" + existing.label() + "' (the file says '" + c.name() + "'; winloss never renames)";
        kept.add(new Skipped(c.category(), c.id(), c.name(), reason));
        continue;
      }
      boolean described = c.category().equals("factors") || c.category().equals("objections");
      String brief = described && Codebook.BRIEF_AREAS.contains(c.brief()) ? c.brief() : "";
      List<String> keywords = described ? c.keywords() : List.of();
      byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(new SchemaEditor.Entry(c.id(), c.name(), brief, keywords));
      added.add(new Added(c.category(), c.id(), c.name()));
    }
    if (added.isEmpty()) {
      return new Plan(null, added, kept, skipped);
    }
    String edited = text;
    for (String category : CodeTree.CATEGORIES.keySet()) {
      edited = SchemaEditor.add(edited, category, byCategory.getOrDefault(category, List.of()));
    }
    verify(book, edited, added);
    String out = raw.contains("\r\n") ? edited.replace("\n", "\r\n") : edited;
    if (raw.startsWith("\uFEFF")) {
      out = "\uFEFF" + out;
    }
    return new Plan(PlannedFile.replacing(CodebookReader.FILE, out), added, kept, skipped);
  }

  /** The edited codebook reads cleanly, keeps every code as it was, and holds the added ones. */
  private static void verify(Codebook before, String edited, List<Added> added) {
    Diagnostics problems = new Diagnostics();
    Codebook after = CodebookReader.parse(edited, problems).orElse(null);
    if (after == null || problems.hasErrors()) {
      throw new IllegalStateException("the edited schema.yaml does not read back: " + problems.sorted());
    }
    for (String cat : CodeTree.CATEGORIES.keySet()) {
      Map<String, Code> was = CodeTree.category(before, cat);
      Map<String, Code> now = CodeTree.category(after, cat);
      for (Code c : was.values()) {
        Code n = now.get(c.id());
        if (n == null || !n.label().equals(c.label()) || !n.brief().equals(c.brief()) || !n.keywords().equals(c.keywords())) {
          throw new IllegalStateException("the edited schema.yaml changed " + cat + "." + c.id());
        }
      }
    }
    for (Added a : added) {
      Code n = CodeTree.category(after, a.category()).get(a.id());
      if (n == null || !n.label().equals(a.label())) {
        throw new IllegalStateException("the edited schema.yaml lacks " + a.category() + "." + a.id());
      }
    }
  }

  private record Candidate(String category, String id, String name, String brief, List<String> keywords) {}

  private static Element codesElement(Path qdc, String shown) {
    byte[] bytes;
    try {
      if (Files.size(qdc) > MAX_BYTES) {
        throw new WinlossException(shown + ": over 8 MiB; a codebook is much smaller, is it the right file?");
      }
      bytes = Files.readAllBytes(qdc);
    } catch (NoSuchFileException e) {
      throw new WinlossException(shown + ": no such file", e);
    } catch (IOException e) {
      throw new WinlossException(shown + ": cannot read it: " + e.getMessage(), e);
    }
    if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
      bytes = projectEntry(bytes, shown);
    }
    org.w3c.dom.Document doc;
    try {
      doc = Xml.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new WinlossException(shown + ":" + e.getLineNumber() + ": not well-formed XML: " + e.getMessage()
          + "; export the codebook again as a REFI-QDA .qdc", e);
    } catch (SAXException | IOException e) {
      throw new WinlossException(shown + ": not readable XML: " + e.getMessage() + "; export the codebook again as a REFI-QDA .qdc", e);
    }
    Element root = doc.getDocumentElement();
    if ("Project".equals(local(root)) && !children(root, "CodeBook").isEmpty()) {
      root = children(root, "CodeBook").get(0); // a .qdpx project's codebook
    }
    if (!"CodeBook".equals(local(root))) {
      throw new WinlossException(shown + ": the root element is <" + local(root) + ">, not a REFI-QDA <CodeBook>;"
          + " export the codebook (not the project) as .qdc");
    }
    List<Element> codes = children(root, "Codes");
    if (codes.isEmpty()) {
      throw new WinlossException(shown + ": the <CodeBook> has no <Codes>; there is nothing to import");
    }
    return codes.get(0);
  }

  /** The project.qde of a .qdpx (a zip), read with a size limit. */
  private static byte[] projectEntry(byte[] zip, String shown) {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals("project.qde")) {
          byte[] b = z.readNBytes((int) MAX_BYTES + 1);
          if (b.length > MAX_BYTES) {
            throw new WinlossException(shown + ": its project.qde is over 8 MiB; import a .qdc of the codebook instead");
          }
          return b;
        }
      }
    } catch (IOException e) {
      throw new WinlossException(shown + ": not a readable .qdpx (zip): " + e.getMessage(), e);
    }
    throw new WinlossException(shown + ": a zip without project.qde is not a REFI-QDA .qdpx; export the codebook as .qdc");
  }

  private static String recognisedCategory(Element code) {
    Map<String, String> d = description(code);
    String declared = d.get("winloss category");
    if (declared != null && CodeTree.CATEGORIES.containsKey(declared)) {
      return declared;
    }
    String name = code.getAttribute("name").strip();
    for (Map.Entry<String, String> c : CodeTree.CATEGORIES.entrySet()) {
      if (name.equalsIgnoreCase(c.getValue()) || name.equalsIgnoreCase(c.getKey())) {
        return c.getKey();
      }
    }
    return null;
  }

  /** Adds {@code code} (unless it is a category or a folder) and its descendants. */
  private static void collect(Element code, String category, boolean isCategory, List<Candidate> out) {
    if (!isCategory && !"false".equalsIgnoreCase(code.getAttribute("isCodable").strip())) {
      Map<String, String> d = description(code);
      String name = code.getAttribute("name").strip();
      String id = d.containsKey("winloss code") ? d.get("winloss code") : slug(name);
      if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
        id = slug(id);
      }
      List<String> keywords = d.containsKey("keywords")
          ? Arrays.stream(d.get("keywords").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
      out.add(new Candidate(category, id, name.isEmpty() ? id : name, d.getOrDefault("brief", ""), keywords));
    }
    for (Element child : children(code, "Code")) {
      collect(child, category, false, out);
    }
  }

  /** The {@code key: value} lines of a winloss description; empty for anyone else's. */
  private static Map<String, String> description(Element code) {
    Map<String, String> m = new LinkedHashMap<>();
    List<Element> ds = children(code, "Description");
    if (ds.isEmpty()) {
      return m;
    }
    String text = ds.get(0).getTextContent().strip();
    if (!text.startsWith(CodeTree.CODE_PREFIX) && !text.startsWith(CodeTree.CATEGORY_PREFIX)) {
      return m;
    }
    for (String line : text.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        m.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return m;
  }

  /** A name as a code: ASCII lower case, runs of anything else one hyphen ("Vendor lock-in" is vendor-lock-in). */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(local(e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static String local(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }

  private static String names(List<Element> codes) {
    List<String> n = new ArrayList<>();
    for (Element e : codes) {
      n.add("'" + e.getAttribute("name") + "'");
      if (n.size() == 3 && codes.size() > 3) {
        n.add("...");
        break;
      }
    }
    return String.join(", ", n);
  }
}
