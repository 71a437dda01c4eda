package winloss.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import winloss.core.diag.WinlossException;
import winloss.core.evidence.Accounts;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quarter;
import winloss.core.model.Quote;
import winloss.core.evidence.NaturalOrder;
import winloss.core.text.FrontMatter;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * REFI-QDA exchange out of winloss (REFI-QDA standard 1.5, QDA-XML 1.0 schemas Project.xsd and
 * Codebook.xsd): the codebook alone as a {@code .qdc}, or a whole project as a {@code .qdpx} (a
 * zip of {@code project.qde} and one plain-text file per interview under {@code Sources/}).
 *
 * <p>Everything is deterministic: name-based GUIDs (see {@link CodeTree#guid}), no timestamps in
 * the XML, fixed zip entry times. Consent is honored through the core's one redaction
 * ({@link Accounts}, the corpus format's v1.1 "Personal data in free text"): in the source text,
 * every account that may not be named is replaced by {@code [account]}; no account name appears
 * anywhere else.
 */
public final class RefiQdaExport {
  public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
  public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
  public static final String ORIGIN = "winloss";
  /** Zip entry times: fixed, so the same project gives the same bytes. */
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private RefiQdaExport() {}

  /** The codebook as a REFI-QDA {@code .qdc} document (UTF-8 XML). */
  public static byte[] codebook(Codebook book) {
    Document doc = Xml.newDocument();
    Element root = doc.createElementNS(CODEBOOK_NS, "CodeBook");
    root.setAttribute("origin", ORIGIN);
    doc.appendChild(root);
    codes(Xml.add(root, "Codes"), CodeTree.of(book));
    return Xml.bytes(doc);
  }

  private static void codes(Element parent, List<CodeTree.Node> nodes) {
    for (CodeTree.Node n : nodes) {
      Element c = Xml.add(parent, "Code");
      c.setAttribute("guid", n.guid());
      c.setAttribute("name", n.name());
      c.setAttribute("isCodable", Boolean.toString(n.codable()));
      Xml.addText(c, "Description", n.description());
      codes(c, n.children());
    }
  }

  /**
   * A project export.
   *
   * @param bytes the {@code .qdpx} zip
   * @param interviews the interviews exported as sources, in natural order
   * @param selections the coded selections (tagged quotes)
   * @param redacted the interviews whose text had the account's name replaced
   */
  public record Project(byte[] bytes, List<String> interviews, int selections, List<String> redacted) {}

  /** A source: the text and the selections of its tagged quotes. */
  record Source(String text, List<Selection> selections, boolean redacted) {}

  /**
   * One tagged quote in a source's text.
   *
   * @param start zero-based code-point offset of the quote's first character
   * @param end code-point offset just after its last character (exclusive)
   */
  record Selection(Quote quote, int start, int end) {}

  /**
   * The completed interviews of {@code corpus} (of deals closed in {@code quarter}, or all when
   * null) as a REFI-QDA project.
   *
   * @throws WinlossException (exit 1) when there is no completed interview to export
   */
  public static Project project(Corpus corpus, Quarter quarter) {
    List<Interview> chosen = new ArrayList<>();
    for (Interview i : corpus.interviews()) {
      Deal d = corpus.dealsById().get(i.opp());
      if (!i.isCompleted() || d == null) {
        continue;
      }
      if (quarter != null && !corpus.fiscal().quarterOf(d.closeDate()).equals(quarter)) {
        continue;
      }
      chosen.add(i);
    }
    chosen.sort((x, y) -> NaturalOrder.INSTANCE.compare(x.opp(), y.opp()));
    if (chosen.isEmpty()) {
      throw new WinlossException("no completed interview" + (quarter == null ? "" : " of a deal closed in " + quarter)
          + " to export", WinlossException.FINDINGS);
    }
    Codebook book = corpus.codebook();
    Document doc = Xml.newDocument();
    Element root = doc.createElementNS(PROJECT_NS, "Project");
    String company = corpus.brief().company().isBlank() ? "" : corpus.brief().company() + " ";
    root.setAttribute("name", company + "win/loss" + (quarter == null ? "" : " " + quarter));
    root.setAttribute("origin", ORIGIN);
    doc.appendChild(root);

    Set<String> interviewers = new TreeSet<>();
    chosen.forEach(i -> {
      if (!i.interviewer().isBlank()) {
        interviewers.add(i.interviewer());
      }
    });
    if (!interviewers.isEmpty()) {
      Element users = Xml.add(root, "Users");
      for (String name : interviewers) {
        Element u = Xml.add(users, "User");
        u.setAttribute("guid", CodeTree.guid("user:" + name));
        u.setAttribute("name", name);
      }
    }
    codes(Xml.add(Xml.add(root, "CodeBook"), "Codes"), CodeTree.of(book));

    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("outcome", "Text");
    variables.put("segment", "Text");
    variables.put("competitor", "Text");
    variables.put("acv", "Float");
    variables.put("quarter", "Text");
    variables.put("decisive", "Text");
    variables.put("almost", "Text");
    Element vars = Xml.add(root, "Variables");
    for (Map.Entry<String, String> v : variables.entrySet()) {
      Element e = Xml.add(vars, "Variable");
      e.setAttribute("guid", CodeTree.guid("variable:" + v.getKey()));
      e.setAttribute("name", v.getKey());
      e.setAttribute("typeOfVariable", v.getValue());
      Xml.addText(e, "Description", variableDescription(v.getKey()));
    }

    Element cases = Xml.add(root, "Cases");
    for (Interview i : chosen) {
      Deal d = corpus.dealsById().get(i.opp());
      Element c = Xml.add(cases, "Case");
      c.setAttribute("guid", CodeTree.guid("case:" + i.opp()));
      c.setAttribute("name", i.opp());
      value(c, "outcome", "TextValue", d.outcome().code());
      value(c, "segment", "TextValue", d.segment());
      value(c, "competitor", "TextValue", d.competitor());
      value(c, "acv", "FloatValue", d.acv().stripTrailingZeros().toPlainString());
      value(c, "quarter", "TextValue", corpus.fiscal().quarterOf(d.closeDate()).toString());
      value(c, "decisive", "TextValue", String.join(", ", i.codes().decisive()));
      value(c, "almost", "TextValue", String.join(", ", i.codes().almost()));
      Xml.add(c, "SourceRef").setAttribute("targetGUID", CodeTree.guid("source:" + i.opp()));
    }

    Element sources = Xml.add(root, "Sources");
    Map<String, byte[]> files = new LinkedHashMap<>();
    int selections = 0;
    List<String> redacted = new ArrayList<>();
    Accounts accounts = Accounts.of(corpus);
    for (Interview i : chosen) {
      Source s = source(corpus, i, accounts);
      if (s.redacted()) {
        redacted.add(i.opp());
      }
      String guid = CodeTree.guid("source:" + i.opp());
      Element src = Xml.add(sources, "TextSource");
      src.setAttribute("guid", guid);
      src.setAttribute("name", i.opp());
      src.setAttribute("plainTextPath", "internal://" + guid + ".txt");
      if (!i.interviewer().isBlank()) {
        src.setAttribute("creatingUser", CodeTree.guid("user:" + i.interviewer()));
      }
      files.put("Sources/" + guid + ".txt", s.text().getBytes(StandardCharsets.UTF_8));
      for (Selection sel : s.selections()) {
        Element e = Xml.add(src, "PlainTextSelection");
        String key = i.opp() + ":" + sel.quote().line();
        e.setAttribute("guid", CodeTree.guid("selection:" + key));
        e.setAttribute("name", sel.quote().citation());
        e.setAttribute("startPosition", Integer.toString(sel.start()));
        e.setAttribute("endPosition", Integer.toString(sel.end()));
        for (String tag : new LinkedHashSet<>(sel.quote().tags())) {
          String code = tagGuid(book, tag);
          if (code != null) {
            coding(e, "coding:" + key + ":" + tag, code);
          }
        }
        selections++;
      }
      for (String code : wholeSourceCodes(book, i)) {
        coding(src, "coding:" + i.opp() + ":" + code, code);
      }
    }
    return new Project(zip(Xml.bytes(doc), files), chosen.stream().map(Interview::opp).toList(), selections, redacted);
  }

  private static String variableDescription(String name) {
    return switch (name) {
      case "outcome" -> "won, lost or no-decision (deals.csv)";
      case "segment" -> "the deal's segment (deals.csv)";
      case "competitor" -> "the named competitor; for losses, the winner (deals.csv)";
      case "acv" -> "annual contract value in the program's currency (deals.csv)";
      case "quarter" -> "the fiscal quarter of the close date";
      case "decisive" -> "codes.decisive: the decisive factors, as coded";
      default -> "codes.almost: what almost flipped the decision, as coded";
    };
  }

  private static void value(Element caseElement, String variable, String kind, String value) {
    Element v = Xml.add(caseElement, "VariableValue");
    Xml.add(v, "VariableRef").setAttribute("targetGUID", CodeTree.guid("variable:" + variable));
    Xml.addText(v, kind, value);
  }

  private static void coding(Element parent, String key, String codeGuid) {
    Element c = Xml.add(parent, "Coding");
    c.setAttribute("guid", CodeTree.guid(key));
    Xml.add(c, "CodeRef").setAttribute("targetGUID", codeGuid);
  }

  /** The code a quote's {@code #tag} names: factors, then objections, loss reasons, personas, flags. */
  private static String tagGuid(Codebook book, String tag) {
    for (String cat : List.of("factors", "objections", "loss_reasons", "personas", "flags")) {
      if (CodeTree.category(book, cat).containsKey(tag)) {
        return CodeTree.codeGuid(cat, tag);
      }
    }
    return null;
  }

  /** The front matter's codes, coded on the whole source, each code once. */
  private static Set<String> wholeSourceCodes(Codebook book, Interview i) {
    Set<String> out = new LinkedHashSet<>();
    addAll(out, book, "factors", i.codes().decisive());
    addAll(out, book, "factors", i.codes().almost());
    addAll(out, book, "objections", i.codes().objections());
    addAll(out, book, "loss_reasons", List.of(i.codes().lossReason()));
    addAll(out, book, "loss_types", List.of(i.codes().lossType()));
    addAll(out, book, "personas", List.of(i.persona()));
    addAll(out, book, "personas", i.codes().committee());
    addAll(out, book, "flags", i.codes().flags());
    return out;
  }

  private static void addAll(Set<String> out, Codebook book, String category, List<String> codes) {
    for (String code : codes) {
      if (!code.isEmpty() && CodeTree.category(book, category).containsKey(code)) {
        out.add(CodeTree.codeGuid(category, code));
      }
    }
  }

  /**
   * The source text of a write-up: its body (below the front matter) as written, HTML comments
   * left out (what a person withdrew there never leaves the corpus) and the account's name
   * redacted; and where each tagged quote sits in it: from its first word to its last, found
   * from the quote's line on, whatever blockquote markers, list markers or line breaks stand
   * between the words (lazy, nested and list quotes included).
   */
  static Source source(Corpus corpus, Interview i, Accounts accounts) {
    FrontMatter fm;
    try {
      fm = FrontMatter.split(TextFiles.read(corpus.root().resolve(i.file()), TextFiles.MAX_DOCUMENT_BYTES));
    } catch (IOException | InputProblem e) {
      throw new WinlossException(i.file() + ": cannot read the write-up again: " + e.getMessage(), e);
    }
    Matcher comment = HTML_COMMENT.matcher(fm.body());
    StringBuilder uncommented = new StringBuilder();
    while (comment.find()) {
      comment.appendReplacement(uncommented, Matcher.quoteReplacement(comment.group().replaceAll("[^\n]", "")));
    }
    comment.appendTail(uncommented);
    String[] lines = uncommented.toString().split("\n", -1);
    int[] starts = new int[lines.length];
    StringBuilder sb = new StringBuilder();
    boolean redacted = false;
    for (int n = 0; n < lines.length; n++) {
      String shown = accounts.redact(lines[n]);
      redacted |= !shown.equals(lines[n]);
      starts[n] = sb.length();
      sb.append(shown);
      if (n < lines.length - 1) {
        sb.append('\n');
      }
    }
    String text = sb.toString();
    List<Selection> selections = new ArrayList<>();
    for (Quote q : i.quotes()) {
      int line = q.line() - fm.bodyFirstLine();
      String said = accounts.redact(q.text()).strip();
      if (line < 0 || line >= lines.length || said.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : said.split("\\s+")) {
        words.add(Pattern.quote(w));
      }
      Matcher m = Pattern.compile(String.join("[\\s>*+-]+", words)).matcher(text);
      if (m.find(starts[line])) {
        selections.add(new Selection(q, text.codePointCount(0, m.start()), text.codePointCount(0, m.end())));
      }
    }
    return new Source(text, selections, redacted);
  }

  private static byte[] zip(byte[] project, Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      entry(z, "project.qde", project);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        entry(z, f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing a zip to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream z, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ZIP_TIME);
    z.putNextEntry(e);
    z.write(content);
    z.closeEntry();
  }
}
