package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.corpus.CorpusReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Interview;

/**
 * {@code winloss agreement} on a real git repository made from the demo corpus: {@code main} as
 * committed, and {@code coder-b} recoding eight interviews differently. The figures are checked
 * against a second implementation here (units assembled from the files of each branch as they
 * were on disk, Krippendorff's alpha by the full coincidence matrix, Cohen's kappa by the
 * confusion matrix), and every output format against golden files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementCommandTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "agreement");
  private static final PersonIdent WHO = new PersonIdent("Test Coder", "coder@example.com", 1_780_000_000_000L, 0);

  /** coder-b's recoding: file, text on main, text on coder-b. Eight interviews. */
  static final String[][] RECODING = {
    {"OPP-1003", "  decisive: [time-to-value, integration-depth]", "  decisive: [time-to-value]"},
    {"OPP-1003", "#integration-depth #relationship", "#relationship"},
    // coder-b's copy of a quote names the (non-consenting) account: never shown
    {"OPP-1003", "> When your rep went around me to the COO", "> When your rep went around me at Corvid Freight to the COO"},
    {"OPP-1007", "  loss_reason: incumbent", "  loss_reason: price"},
    {"OPP-1007", "  loss_type: structural", "  loss_type: better-product"},
    {"OPP-1011", "  almost: [price]", "  almost: [price, time-to-value]"},
    {"OPP-1011", "  persona: champion", "  persona: technical-evaluator"},
    {"OPP-1016", "  decisive: [incumbent-inertia, relationship]", "  decisive: [incumbent-inertia, security-review]"},
    {"OPP-1016", "  fixable: false", "  fixable: true"},
    {"OPP-1022", "  price_factor: decisive", "  price_factor: partly"},
    {"OPP-1022", "  objections: [pricing-model]", "  objections: [pricing-model, vendor-size]"},
    {"OPP-1027", "  decisive: [time-to-value, reference-customers]", "  decisive: [time-to-value, price]"},
    {"OPP-1027", "#price #economic-buyer", "#price"},
    {"OPP-1055", "  decisive: [price, sales-process]", "  decisive: [price]"},
    {"OPP-1055", "  loss_type: execution", "  loss_type: structural"},
    {"OPP-1055", "  flags: []", "  flags: [legal]"},
    {"OPP-1066", "  loss_reason: fit", "  loss_reason: other"},
    {"OPP-1066", "  decisive: [sales-process, performance]", "  decisive: [performance, sales-process]"},
    {"OPP-1066", "  almost: [integration-depth]", "  almost: []"},
  };

  Path temp;
  Path repo;
  Map<String, Interview> onMain;
  Map<String, Interview> onCoderB;

  @BeforeAll
  void makeRepository(@TempDir Path dir) throws Exception {
    temp = dir;
    repo = TestCorpus.copy(TestCorpus.DEMO, Files.createDirectories(temp.resolve("corpus")));
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("demo corpus").setAuthor(WHO).setCommitter(WHO).call();
      onMain = interviewsOnDisk();
      git.checkout().setCreateBranch(true).setName("coder-b").call();
      for (String[] edit : RECODING) {
        Path f = repo.resolve("win-loss/interviews/" + edit[0] + ".md");
        String text = Files.readString(f);
        assertThat(text).as("recoding of %s", edit[0]).contains(edit[1]);
        Files.writeString(f, text.replace(edit[1], edit[2]));
      }
      onCoderB = interviewsOnDisk();
      git.add().addFilepattern(".").call();
      git.commit().setMessage("coder b's coding").setAuthor(WHO).setCommitter(WHO).call();
      git.checkout().setName("main").call();
    }
  }

  private Map<String, Interview> interviewsOnDisk() {
    Map<String, Interview> m = new TreeMap<>();
    for (Interview i : CorpusReader.readInterviews(repo, new Diagnostics())) {
      if (i.isCompleted()) {
        m.put(i.opp(), i);
      }
    }
    return m;
  }

  @Test
  void markdownMatchesGolden() throws IOException {
    golden("main-coder-b.md", CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString()).exits(0).stderrEmpty());
  }

  @Test
  void jsonMatchesGolden() throws IOException {
    golden("main-coder-b.json", CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString(), "--format", "json")
        .exits(0).stderrEmpty());
  }

  @Test
  void csvMatchesGolden() throws IOException {
    golden("main-coder-b.csv", CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString(), "--format", "csv")
        .exits(0).stderrEmpty());
  }

  @Test
  void eightInterviewsAreNotMeaningfulAndTheGateFails() throws IOException {
    CliRun run = CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString(), "--min-alpha", "0.8",
        "--interviews", "OPP-1003,OPP-1007,OPP-1011,OPP-1016,OPP-1022,OPP-1027,OPP-1055,OPP-1066").exits(1);
    golden("eight-min-alpha.md", run);
    assertThat(run.err).isEqualTo("winloss: agreement: Krippendorff's alpha for decisive is 0.720, under --min-alpha 0.8;"
        + " reconcile the worklist and run it again\n");
    assertThat(run.out).contains("rests on 8 interviews: under 10, the figure is not meaningful");
  }

  @Test
  void aNonConsentingAccountIsRedactedInTheWorklist() {
    CliRun run = CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString()).exits(0);
    assertThat(run.out).doesNotContainIgnoringCase("Corvid")
        .contains("coder-b OPP-1003:L39 (redacted): \"When your rep went around me at [account] to the COO");
  }

  @Test
  void gatePassesOnTheWholeCorpusAtALowerThreshold() {
    CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString(), "--min-alpha", "0.8").exits(0).stderrEmpty()
        .stdoutContains("Gate: alpha for decisive is at least --min-alpha 0.800.");
  }

  @Test
  void quarterNarrowsTheInterviewsByCloseDate() throws IOException {
    CliRun run = CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString(), "--quarter", "2026-Q1", "--format", "csv")
        .exits(0).stderrEmpty();
    winloss.core.model.Corpus c = CorpusReader.read(repo);
    long inQ1 = onMain.keySet().stream().filter(id -> c.deal(id).orElseThrow().closeDate().getMonthValue() <= 3).count();
    assertThat(inQ1).isBetween(1L, 46L);
    assertThat(run.out).contains("\npersona,,," + inQ1 + ",");
  }

  @Test
  void sameRevisionAgreesEverywhere() {
    CliRun.run("agreement", "main", "main", "--corpus", repo.toString()).exits(0).stderrEmpty()
        .stdoutContains("No disagreements: the two codings agree everywhere.", "1.000");
  }

  @Test
  void unknownRevisionIsAUsageError() {
    CliRun.run("agreement", "main", "coder-c", "--corpus", repo.toString()).exits(2).noStackTrace()
        .stderrContains("unknown revision 'coder-c'; name a branch, tag or commit");
  }

  @Test
  void notAGitRepositoryIsAUsageError() {
    Path plain = TestCorpus.copy(TestCorpus.SMALL, temp.resolve("plain"));
    CliRun.run("agreement", "main", "coder-b", "--corpus", plain.toString()).exits(2).noStackTrace()
        .stderrContains("is not in a git repository");
  }

  @Test
  void nothingIsCheckedOut() throws Exception {
    CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString()).exits(0);
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("main");
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  /** The CSV's figures equal the second implementation's, to the three decimals printed. */
  @Test
  void figuresMatchTheSecondImplementation() {
    CliRun run = CliRun.run("agreement", "main", "coder-b", "--corpus", repo.toString(), "--format", "csv").exits(0);
    Map<String, CSVRecord> rows = new HashMap<>();
    try {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(run.out))) {
        rows.put(r.get("field") + "|" + r.get("code"), r);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<String> units = new ArrayList<>(onMain.keySet());
    units.retainAll(onCoderB.keySet());
    assertThat(units).hasSize(47);
    int checked = 0;
    for (String field : List.of("loss_reason", "loss_type", "price_factor", "fixable", "persona")) {
      List<String[]> pairs = new ArrayList<>();
      for (String id : units) {
        String x = single(onMain.get(id), field);
        String y = single(onCoderB.get(id), field);
        if (!x.isEmpty() || !y.isEmpty()) {
          pairs.add(new String[] {x.isEmpty() ? "(none)" : x, y.isEmpty() ? "(none)" : y});
        }
      }
      checked += compare(rows.get(field + "|"), pairs);
    }
    List<String[]> everything = new ArrayList<>();
    for (String field : List.of("decisive", "almost", "objections", "flags")) {
      TreeSet<String> codes = new TreeSet<>();
      for (String id : units) {
        codes.addAll(multi(onMain.get(id), field));
        codes.addAll(multi(onCoderB.get(id), field));
      }
      List<String[]> pooled = new ArrayList<>();
      for (String code : codes) {
        List<String[]> pairs = new ArrayList<>();
        for (String id : units) {
          pairs.add(new String[] {
            multi(onMain.get(id), field).contains(code) ? "1" : "0", multi(onCoderB.get(id), field).contains(code) ? "1" : "0"});
        }
        checked += compare(rows.get(field + "|" + code), pairs);
        pooled.addAll(pairs);
      }
      checked += compare(rows.get(field + "|"), pooled);
      everything.addAll(pooled);
    }
    checked += compare(rows.get("all multi-valued|"), everything);
    assertThat(checked).isEqualTo(rows.size() - 1); // every row but quote tags
    assertThat(rows.get("decisive|").get("alpha")).isNotEmpty();
  }

  /** The second implementation itself reproduces Krippendorff's published nominal example (alpha = 0.743). */
  @Test
  void secondImplementationReproducesKrippendorffsExample() {
    String[][] observers = {
      {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
      {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
      {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
      {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null}};
    List<String[]> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add(new String[] {observers[0][u], observers[1][u], observers[2][u], observers[3][u]});
    }
    assertThat(alphaByCoincidenceMatrix(units)).isCloseTo(0.743, within(0.0005));
  }

  private static int compare(CSVRecord row, List<String[]> pairs) {
    assertThat(row).as("a CSV row for every variable").isNotNull();
    String what = row.get("field") + " " + row.get("code");
    assertThat(Integer.parseInt(row.get("units"))).as(what).isEqualTo(pairs.size());
    long agreed = pairs.stream().filter(p -> p[0].equals(p[1])).count();
    assertThat(Long.parseLong(row.get("agreed"))).as(what).isEqualTo(agreed);
    assertThat(Double.parseDouble(row.get("percent"))).as(what).isCloseTo((double) agreed / pairs.size(), within(0.0005));
    Double kappa = kappaByConfusionMatrix(pairs);
    Double alpha = alphaByCoincidenceMatrix(pairs);
    if (kappa == null) {
      assertThat(row.get("kappa")).as(what).isEmpty();
    } else {
      assertThat(Double.parseDouble(row.get("kappa"))).as(what + " kappa").isCloseTo(kappa, within(0.0005));
    }
    if (alpha == null) {
      assertThat(row.get("alpha")).as(what).isEmpty();
    } else {
      assertThat(Double.parseDouble(row.get("alpha"))).as(what + " alpha").isCloseTo(alpha, within(0.0005));
    }
    return 1;
  }

  /** Cohen's kappa from the confusion matrix of the two coders: (po - pe) / (1 - pe). */
  static Double kappaByConfusionMatrix(List<String[]> pairs) {
    TreeSet<String> cats = new TreeSet<>();
    pairs.forEach(p -> {
      cats.add(p[0]);
      cats.add(p[1]);
    });
    List<String> c = new ArrayList<>(cats);
    double[][] m = new double[c.size()][c.size()];
    for (String[] p : pairs) {
      m[c.indexOf(p[0])][c.indexOf(p[1])]++;
    }
    double n = pairs.size();
    double po = 0;
    double pe = 0;
    for (int i = 0; i < c.size(); i++) {
      po += m[i][i] / n;
      double row = 0;
      double col = 0;
      for (int j = 0; j < c.size(); j++) {
        row += m[i][j];
        col += m[j][i];
      }
      pe += (row / n) * (col / n);
    }
    return pe == 1 ? null : (po - pe) / (1 - pe);
  }

  /**
   * Krippendorff's alpha by its definition: the coincidence matrix o_ck (each unit's m_u values
   * giving m_u(m_u - 1) ordered pairs, each weighted 1/(m_u - 1)), then alpha = 1 - D_o / D_e
   * with the nominal metric. Missing values are null.
   */
  static Double alphaByCoincidenceMatrix(List<String[]> units) {
    TreeSet<String> cats = new TreeSet<>();
    for (String[] u : units) {
      for (String v : u) {
        if (v != null) {
          cats.add(v);
        }
      }
    }
    List<String> c = new ArrayList<>(cats);
    double[][] o = new double[c.size()][c.size()];
    for (String[] u : units) {
      List<String> vals = new ArrayList<>();
      for (String v : u) {
        if (v != null) {
          vals.add(v);
        }
      }
      int m = vals.size();
      if (m < 2) {
        continue;
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            o[c.indexOf(vals.get(i))][c.indexOf(vals.get(j))] += 1.0 / (m - 1);
          }
        }
      }
    }
    double[] nc = new double[c.size()];
    double n = 0;
    for (int i = 0; i < c.size(); i++) {
      for (int k = 0; k < c.size(); k++) {
        nc[i] += o[i][k];
      }
      n += nc[i];
    }
    double dObserved = 0;
    double dExpected = 0;
    for (int i = 0; i < c.size(); i++) {
      for (int k = 0; k < c.size(); k++) {
        if (i != k) {
          dObserved += o[i][k];
          dExpected += nc[i] * nc[k];
        }
      }
    }
    if (n == 0 || dExpected == 0) {
      return null;
    }
    dObserved /= n;
    dExpected /= n * (n - 1);
    return 1 - dObserved / dExpected;
  }

  private static String single(Interview i, String field) {
    return switch (field) {
      case "loss_reason" -> i.codes().lossReason();
      case "loss_type" -> i.codes().lossType();
      case "price_factor" -> i.codes().priceFactor();
      case "fixable" -> i.codes().fixable() == null ? "" : i.codes().fixable().toString();
      case "persona" -> i.persona();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static List<String> multi(Interview i, String field) {
    return switch (field) {
      case "decisive" -> i.codes().decisive();
      case "almost" -> i.codes().almost();
      case "objections" -> i.codes().objections();
      case "flags" -> i.codes().flags();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private void golden(String name, CliRun run) throws IOException {
    Path expected = GOLDEN.resolve(name);
    String actual = run.out.replace(repo.toString(), "{corpus}");
    try (Git git = Git.open(repo.toFile())) {
      for (String branch : List.of("main", "coder-b")) {
        actual = actual.replace(git.getRepository().resolve(branch).abbreviate(7).name(), "{" + branch + "}");
      }
    }
    if (System.getenv("UPDATE_GOLDEN") != null) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as("golden " + expected).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
