package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quote;

/**
 * {@code export qdpx}, {@code export qdc} and {@code import qdc} end to end on the demo corpus:
 * every exported file validates against REFI's published schemas (javax.xml.validation), every
 * coded selection's offsets point at its quote, consent holds in every byte, and the codebook
 * round-trips through {@code import qdc} unchanged.
 */
class RefiQdaCommandTest {
  static final Path SCHEMAS = Path.of("..", "core", "src", "test", "resources", "refi-qda");
  static final String NS = "urn:QDA-XML:project:1.0";

  @TempDir Path temp;

  @Test
  void qdpxOfTheDemoValidatesAndEverySelectionPointsAtItsQuote() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, temp.resolve("demo"));
    Path out = temp.resolve("demo.qdpx");
    CliRun run = CliRun.run("export", "qdpx", "--corpus", corpus.toString(), out.toString()).exits(0).stderrEmpty();
    Map<String, byte[]> zip = unzip(Files.readAllBytes(out));
    assertThat(zip).containsKey("project.qde");
    validate(zip.get("project.qde"), "Project.xsd");

    Corpus demo = CorpusReader.read(corpus);
    Document doc = parse(zip.get("project.qde"));
    NodeList sources = doc.getElementsByTagNameNS(NS, "TextSource");
    List<Interview> completed = demo.interviews().stream().filter(Interview::isCompleted).toList();
    assertThat(sources.getLength()).isEqualTo(completed.size());
    assertThat(run.out).startsWith("wrote " + out + ": " + completed.size() + " interviews as sources, ");
    int selections = 0;
    for (int s = 0; s < sources.getLength(); s++) {
      Element src = (Element) sources.item(s);
      String opp = src.getAttribute("name");
      String path = src.getAttribute("plainTextPath");
      assertThat(path).startsWith("internal://");
      byte[] textBytes = zip.get("Sources/" + path.substring("internal://".length()));
      assertThat(textBytes).as("source file of %s", opp).isNotNull();
      String text = new String(textBytes, StandardCharsets.UTF_8);
      int[] cps = text.codePoints().toArray();
      Interview iv = demo.interview(opp).orElseThrow();
      Deal deal = demo.deal(opp).orElseThrow();
      NodeList sels = src.getElementsByTagNameNS(NS, "PlainTextSelection");
      assertThat(sels.getLength()).as("one selection per tagged quote of %s", opp).isEqualTo(iv.quotes().size());
      for (int k = 0; k < sels.getLength(); k++) {
        Element sel = (Element) sels.item(k);
        int start = Integer.parseInt(sel.getAttribute("startPosition"));
        int end = Integer.parseInt(sel.getAttribute("endPosition"));
        String selected = new String(cps, start, end - start);
        Quote q = iv.quotes().get(k);
        assertThat(sel.getAttribute("name")).isEqualTo(q.citation());
        String expected = iv.consent().attribute() ? q.text() : redact(q.text(), deal.account());
        assertThat(normalise(selected)).as("selection %s", q.citation()).isEqualTo(normalise(expected));
        assertThat(sel.getElementsByTagNameNS(NS, "Coding").getLength()).isEqualTo(q.tags().stream().distinct().count());
        selections++;
      }
      assertThat(src.getElementsByTagNameNS(NS, "Coding").getLength()).as("whole-source codings of %s", opp)
          .isGreaterThan(sels.getLength());
    }
    assertThat(selections).isPositive();
    assertThat(run.out).contains(selections + " coded selections");

    // consent: no non-consenting account is named anywhere in the archive
    String everything = allText(zip).toLowerCase(Locale.ROOT);
    int hidden = 0;
    for (Interview iv : completed) {
      Deal d = demo.deal(iv.opp()).orElseThrow();
      if (!iv.consent().attribute()) {
        assertThat(everything).as("account of %s", iv.opp()).doesNotContain(d.account().toLowerCase(Locale.ROOT));
        hidden++;
      }
    }
    assertThat(hidden).isPositive();

    // the same corpus gives the same bytes; an existing file needs --force
    CliRun.run("export", "qdpx", "--corpus", corpus.toString(), out.toString()).exits(2).stderrContains("already exists; pass --force");
    Path again = temp.resolve("again.qdpx");
    CliRun.run("export", "qdpx", "--corpus", corpus.toString(), again.toString()).exits(0);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
  }

  /** The project document and one source of the small fixture, byte for byte. */
  @Test
  void qdpxOfTheSmallFixtureMatchesGolden() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("small"));
    Path out = temp.resolve("small.qdpx");
    CliRun run = CliRun.run("export", "qdpx", "--corpus", corpus.toString(), out.toString()).exits(0).stderrEmpty();
    Map<String, byte[]> zip = unzip(Files.readAllBytes(out));
    validate(zip.get("project.qde"), "Project.xsd");
    Map<String, String> actual = new LinkedHashMap<>();
    actual.put("stdout", run.out.replace(out.toString(), "{out}"));
    zip.forEach((name, bytes) -> actual.put(name.replace('/', '_'), new String(bytes, StandardCharsets.UTF_8)));
    Path golden = Path.of("src", "test", "resources", "refi-qda-small");
    if (System.getenv("UPDATE_GOLDEN") != null) {
      Files.createDirectories(golden);
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Files.writeString(golden.resolve(e.getKey()), e.getValue());
      }
    }
    try (var files = Files.list(golden)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(actual.keySet().stream().sorted().toList());
    }
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertThat(e.getValue()).as("golden %s", e.getKey()).isEqualTo(Files.readString(golden.resolve(e.getKey())));
    }
  }

  @Test
  void aQuoteNamingItsNonConsentingAccountIsRedactedInTheSource() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("small"));
    Corpus c = CorpusReader.read(corpus);
    Interview iv = c.interviews().stream().filter(i -> i.isCompleted() && !i.consent().attribute() && !i.quotes().isEmpty())
        .findFirst().orElseThrow();
    Deal d = c.deal(iv.opp()).orElseThrow();
    Path file = corpus.resolve(iv.file());
    Quote q = iv.quotes().get(0);
    String text = Files.readString(file);
    String named = q.text().replaceFirst("^(\\S+)", "At " + d.account().toUpperCase(Locale.ROOT) + " $1");
    Files.writeString(file, text.replace(q.text(), named));
    Path out = temp.resolve("small.qdpx");
    CliRun.run("export", "qdpx", "--corpus", corpus.toString(), out.toString()).exits(0)
        .stdoutContains("account names redacted in", iv.opp());
    Map<String, byte[]> zip = unzip(Files.readAllBytes(out));
    String all = allText(zip);
    assertThat(all.toLowerCase(Locale.ROOT)).doesNotContain(d.account().toLowerCase(Locale.ROOT));
    assertThat(all).contains("At [account] ");
  }

  /** A lazily continued quote gets its exact span; an HTML comment never leaves the corpus. */
  @Test
  void lazyQuotesAreSelectedAndHtmlCommentsLeftOut() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("small"));
    Interview iv = CorpusReader.read(corpus).interviews().stream().filter(Interview::isCompleted).findFirst().orElseThrow();
    Path file = corpus.resolve(iv.file());
    Files.writeString(file, Files.readString(file)
        + "\n<!-- withdrawn: the buyer asked us not to keep this -->\n\n> We would sign again,\nno question about it. #price\n");
    Path out = temp.resolve("lazy.qdpx");
    CliRun.run("export", "qdpx", "--corpus", corpus.toString(), out.toString()).exits(0).stderrEmpty();
    Map<String, byte[]> zip = unzip(Files.readAllBytes(out));
    assertThat(allText(zip)).doesNotContain("withdrawn");
    Document doc = parse(zip.get("project.qde"));
    NodeList sources = doc.getElementsByTagNameNS(NS, "TextSource");
    for (int s = 0; s < sources.getLength(); s++) {
      Element src = (Element) sources.item(s);
      if (!src.getAttribute("name").equals(iv.opp())) {
        continue;
      }
      String path = src.getAttribute("plainTextPath").substring("internal://".length());
      int[] cps = new String(zip.get("Sources/" + path), StandardCharsets.UTF_8).codePoints().toArray();
      NodeList sels = src.getElementsByTagNameNS(NS, "PlainTextSelection");
      Element last = (Element) sels.item(sels.getLength() - 1);
      int start = Integer.parseInt(last.getAttribute("startPosition"));
      int end = Integer.parseInt(last.getAttribute("endPosition"));
      assertThat(new String(cps, start, end - start)).isEqualTo("We would sign again,\nno question about it.");
      return;
    }
    throw new AssertionError("no source for " + iv.opp());
  }

  @Test
  void qdcValidatesAndTheCodebookRoundTripsUnchanged() throws Exception {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, temp.resolve("demo"));
    Path qdc = temp.resolve("codebook.qdc");
    CliRun.run("export", "qdc", "--corpus", corpus.toString(), qdc.toString()).exits(0).stderrEmpty()
        .stdoutContains("wrote " + qdc + ": ");
    validate(Files.readAllBytes(qdc), "Codebook.xsd");
    Path schema = corpus.resolve("win-loss/schema.yaml");
    byte[] before = Files.readAllBytes(schema);

    // into the corpus it came from: nothing to add, not a byte changed
    CliRun.run("import", "qdc", qdc.toString(), "--corpus", corpus.toString()).exits(0).stderrEmpty()
        .stdoutContains("nothing to add: ").stdoutLacks("added ");
    assertThat(Files.readAllBytes(schema)).isEqualTo(before);
    // the project's codebook too
    Path qdpx = temp.resolve("demo.qdpx");
    CliRun.run("export", "qdpx", "--corpus", corpus.toString(), qdpx.toString()).exits(0);
    CliRun.run("import", "qdc", qdpx.toString(), "--corpus", corpus.toString()).exits(0).stdoutContains("nothing to add: ");
    assertThat(Files.readAllBytes(schema)).isEqualTo(before);

    // into a codebook holding one code per category (and comments): every code comes back as it was
    Codebook original = CorpusReader.read(corpus).codebook();
    String stripped = """
        version: 1
        # our codebook: keep this comment
        factors:
          integration-depth:        # the right-to-win claim
            label: Integration depth
            brief: right-to-win
            keywords: [integration, connector, api, snowflake, dbt, cdc, netsuite]
        loss_reasons:
          price: Price
        loss_types:
          better-product: They were better
        personas:
          economic-buyer: Economic buyer
        # flags and objections come later
        """;
    Files.writeString(schema, stripped);
    CliRun.run("import", "qdc", qdpx.toString(), "--corpus", corpus.toString()).exits(0).stderrEmpty()
        .stdoutContains("added factors.time-to-value: Time to value", "kept factors.integration-depth: already in the codebook");
    String merged = Files.readString(schema);
    assertThat(merged).startsWith("version: 1\n# our codebook: keep this comment\nfactors:\n  integration-depth:        # the right-to-win claim\n");
    assertThat(merged).contains("# flags and objections come later\n");
    Codebook back = CorpusReader.read(corpus).codebook();
    assertThat(strip(back)).isEqualTo(strip(original));
    assertThat(CliRun.run("check", "--corpus", corpus.toString()).out).contains("check: 0 errors");
  }

  @Test
  void theThirdPartyFixtureIsAValidCodebook() throws Exception {
    validate(Files.readAllBytes(Path.of("src/test/resources/golden/import-qdc-third-party/corpus/qualcoder-codes.qdc")), "Codebook.xsd");
  }

  @Test
  void importRefusesMalformedAndHostileFiles() throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("small"));
    Path schema = corpus.resolve("win-loss/schema.yaml");
    byte[] before = Files.readAllBytes(schema);
    Path bad = temp.resolve("bad.qdc");
    Files.writeString(bad, "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n</CodeBook>\n");
    CliRun.run("import", "qdc", bad.toString(), "--group", "factors", "--corpus", corpus.toString()).exits(2).noStackTrace()
        .stderrContains(bad + ":4: not well-formed XML");
    Path xxe = temp.resolve("xxe.qdc");
    Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
        + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"00000000-0000-0000-0000-000000000001\" name=\"&e;\""
        + " isCodable=\"true\"/></Codes></CodeBook>\n");
    CliRun.run("import", "qdc", xxe.toString(), "--group", "factors", "--corpus", corpus.toString()).exits(2).noStackTrace()
        .stderrContains("DOCTYPE").stdoutLacks("root:");
    Path project = temp.resolve("not-a-codebook.qdc");
    Files.writeString(project, "<?xml version=\"1.0\"?><Users/>\n");
    CliRun.run("import", "qdc", project.toString(), "--corpus", corpus.toString()).exits(2)
        .stderrContains("the root element is <Users>, not a REFI-QDA <CodeBook>");
    CliRun.run("import", "qdc", bad.toString(), "--group", "themes", "--corpus", corpus.toString()).exits(2)
        .stderrContains("--group themes is not a codebook category; use one of factors, loss_reasons");
    assertThat(Files.readAllBytes(schema)).isEqualTo(before);
  }

  @Test
  void anInlineCategoryIsRefusedNotRewritten() throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("small"));
    Path schema = corpus.resolve("win-loss/schema.yaml");
    String text = Files.readString(schema).replaceFirst("flags:\n  legal: Legal\n  security: Security\n  compliance: Compliance\n",
        "flags: {legal: Legal, security: Security}\n");
    Files.writeString(schema, text);
    Path qdc = Path.of("src/test/resources/golden/import-qdc-third-party/corpus/qualcoder-codes.qdc").toAbsolutePath();
    CliRun.run("import", "qdc", qdc.toString(), "--group", "flags", "--corpus", corpus.toString()).exits(2).noStackTrace()
        .stderrContains("win-loss/schema.yaml:" + (lineOf(text, "flags:") + 1) + ": 'flags:' holds its codes on one line");
    assertThat(Files.readString(schema)).isEqualTo(text);
  }

  private static int lineOf(String text, String prefix) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  /** Each category's codes without their schema.yaml line numbers. */
  private static Map<String, Object> strip(Codebook b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("factors", codes(b.factors()));
    m.put("loss_reasons", codes(b.lossReasons()));
    m.put("loss_types", codes(b.lossTypes()));
    m.put("personas", codes(b.personas()));
    m.put("objections", codes(b.objections()));
    m.put("flags", codes(b.flags()));
    return m;
  }

  private static Map<String, List<Object>> codes(Map<String, Code> m) {
    Map<String, List<Object>> out = new java.util.TreeMap<>();
    m.values().forEach(c -> out.put(c.id(), List.of(c.label(), c.brief(), c.keywords())));
    return out;
  }

  static void validate(byte[] xml, String xsd) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = f.newSchema(SCHEMAS.resolve(xsd).toFile());
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        m.put(e.getName(), z.readAllBytes());
      }
    }
    return m;
  }

  private static String allText(Map<String, byte[]> zip) {
    List<String> parts = new ArrayList<>();
    zip.values().forEach(b -> parts.add(new String(b, StandardCharsets.UTF_8)));
    return String.join("\n", parts);
  }

  /** The quote's words as the reader joins them: blockquote markers and line breaks are spaces. */
  private static String normalise(String s) {
    return s.replaceAll("\n {0,3}> ?", " ").strip().replaceAll("\\s+", " ");
  }

  private static String redact(String text, String account) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(account) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)
        .matcher(text).replaceAll("[account]");
  }
}
