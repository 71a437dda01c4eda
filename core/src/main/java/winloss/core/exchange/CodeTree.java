package winloss.core.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import winloss.core.model.Code;
import winloss.core.model.Codebook;

/**
 * The codebook as a REFI-QDA code tree: one top-level, non-codable code per category (factors,
 * loss reasons, loss types, personas, objections, flags), each code of the category a codable
 * child named by its label. A code's {@code Description} carries what REFI-QDA has no field for,
 * one {@code key: value} per line, so that {@code import qdc} reads the codebook back unchanged:
 *
 * <pre>
 *   winloss code: integration-depth
 *   brief: right-to-win
 *   keywords: integration, connector, api
 * </pre>
 *
 * A category's description is {@code winloss category: factors}. GUIDs are name-based (UUID v3 of
 * {@code winloss:<category>:<code>}), so the same codebook always exports the same bytes and a
 * code keeps its GUID across exports.
 */
public final class CodeTree {
  /** Categories in schema.yaml order, with the names shown in QDA tools. */
  public static final Map<String, String> CATEGORIES = categories();
  static final String CODE_PREFIX = "winloss code: ";
  static final String CATEGORY_PREFIX = "winloss category: ";

  /** One code of the tree; {@code codable} false for the category codes. */
  public record Node(String guid, String name, boolean codable, String description, String category, String id,
      List<Node> children) {}

  private CodeTree() {}

  private static Map<String, String> categories() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("factors", "Factors");
    m.put("loss_reasons", "Loss reasons");
    m.put("loss_types", "Loss types");
    m.put("personas", "Personas");
    m.put("objections", "Objections");
    m.put("flags", "Flags");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The codes of one category of {@code book}, by schema.yaml key. */
  public static Map<String, Code> category(Codebook book, String key) {
    Function<Codebook, Map<String, Code>> f = switch (key) {
      case "factors" -> Codebook::factors;
      case "loss_reasons" -> Codebook::lossReasons;
      case "loss_types" -> Codebook::lossTypes;
      case "personas" -> Codebook::personas;
      case "objections" -> Codebook::objections;
      case "flags" -> Codebook::flags;
      default -> throw new IllegalArgumentException("not a codebook category: " + key);
    };
    return f.apply(book);
  }

  /** The tree of {@code book}: the six categories in order, codes in schema.yaml order. */
  public static List<Node> of(Codebook book) {
    List<Node> roots = new ArrayList<>();
    for (Map.Entry<String, String> cat : CATEGORIES.entrySet()) {
      List<Node> children = new ArrayList<>();
      for (Code c : category(book, cat.getKey()).values()) {
        children.add(new Node(guid(cat.getKey() + ":" + c.id()), c.label(), true, description(c), cat.getKey(), c.id(), List.of()));
      }
      roots.add(new Node(guid(cat.getKey()), cat.getValue(), false, CATEGORY_PREFIX + cat.getKey(), cat.getKey(), "", children));
    }
    return roots;
  }

  /** The GUID of the code {@code id} of {@code category} in {@link #of}'s tree. */
  public static String codeGuid(String category, String id) {
    return guid(category + ":" + id);
  }

  static String description(Code c) {
    StringBuilder sb = new StringBuilder(CODE_PREFIX).append(c.id());
    if (!c.brief().isEmpty()) {
      sb.append("\nbrief: ").append(c.brief());
    }
    if (!c.keywords().isEmpty()) {
      sb.append("\nkeywords: ").append(String.join(", ", c.keywords()));
    }
    return sb.toString();
  }

  /** A name-based GUID in REFI-QDA's form (upper-case hex, 8-4-4-4-12). */
  public static String guid(String name) {
    return UUID.nameUUIDFromBytes(("winloss:" + name).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
  }
}
