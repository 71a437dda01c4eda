package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent sweep (issue 11): every command, in every format, on a corpus whose accounts
 * without consent are named in quotes, answers, AE notes, champion titles, interviewee titles and
 * success criteria (and one declined interview saying {@code attribute: true}); none of their
 * names, with or without the legal suffix, may appear in stdout, stderr or any file a command
 * writes. The corpus's own records (deals.csv and the write-ups under interviews/, which hold the
 * names by nature) are the only files exempt, and only when a command did not write them for
 * output's sake.
 */
class ConsentSweepTest {
  /** Every form of every name that may not appear: full names and their suffix-less forms. */
  static final List<String> HIDDEN = List.of("Secret Corp", "Secret", "Hidden LLC", "Hidden", "Quiet Inc", "Quiet",
      "Declined Partners GmbH", "Declined Partners", "Stringy Labs");
  static final Pattern ANY = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|",
      HIDDEN.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");

  @TempDir Path temp;
  HttpServer server;
  String reply = "# Draft\n\nA buyer said \"At [account], Rival beat your price by a third.\" (D-2:L20, redacted)\n";

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void noCommandInAnyFormatNamesAnAccountWithoutConsent() throws IOException {
    startModel();
    Path root = TestCorpus.copy(AccountsFixture.CONSENT, temp.resolve("corpus"));
    Files.writeString(root.resolve("win-loss/winloss.yaml"), modelSettings());
    Files.createDirectories(root.resolve("incoming"));
    Files.writeString(root.resolve("incoming/call.txt"), "Pat Lee: Why did you choose Rival?\n"
        + "Buyer: At Quiet Inc the budget was the thing, and Rival was cheaper.\n");
    Files.writeString(root.resolve("incoming/export.csv"), "Opportunity ID,Account Name,Stage,Close Date,Amount,Owner\n"
        + "D-7,Secret Corp,Closed Lost,2026-09-20,30000,Al Rep\n");
    Map<String, byte[]> inputs = snapshot(root);

    String c = root.toString();
    List<List<String>> runs = new ArrayList<>();
    for (String f : List.of("md", "json", "csv")) {
      runs.add(List.of("check", "--corpus", c, "--format", f));
      runs.add(List.of("due", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("synthesize", "--corpus", c, "--quarter", "2026-Q3", "--format", f));
      runs.add(List.of("themes", "--corpus", c, "--month", "2026-09", "--format", f));
      runs.add(List.of("teardown", "--corpus", c, "--competitor", "Rival", "--format", f));
      runs.add(List.of("kpis", "--corpus", c, "--quarter", "2026-Q3", "--format", f));
      runs.add(List.of("alerts", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("plays", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("plays", "--corpus", c, "--as-of", "2026-10-01", "--segment", "--format", f));
      for (String opp : List.of("D-1", "D-2", "D-3", "D-6")) {
        runs.add(List.of("code", "--corpus", c, "--opp", opp, "--format", f));
      }
    }
    for (String opp : List.of("D-1", "D-2", "D-3", "D-4", "D-5", "D-6")) {
      runs.add(List.of("request", "--corpus", c, "--opp", opp));
      runs.add(List.of("script", "--corpus", c, "--opp", opp));
      runs.add(List.of("prompt", "--corpus", c, opp.equals("D-1") || opp.equals("D-6") ? "win-script" : "loss-script", "--opp", opp));
    }
    runs.add(List.of("new", "--corpus", c, "--opp", "D-4", "--dry-run"));
    runs.add(List.of("digest", "--corpus", c, "--week", "2026-W38"));
    runs.add(List.of("actions", "--corpus", c, "--as-of", "2026-10-01"));
    for (String name : List.of("themes", "readout")) {
      runs.add(List.of("prompt", "--corpus", c, name, "--quarter", "2026-Q3"));
      runs.add(List.of("prompt", "--corpus", c, name, "--quarter", "2026-Q3", "--run"));
    }
    runs.add(List.of("prompt", "--corpus", c, "teardown", "--competitor", "Rival"));
    runs.add(List.of("prompt", "--corpus", c, "teardown", "--competitor", "Rival", "--run"));
    runs.add(List.of("prompt", "--corpus", c, "loss-script", "--opp", "D-3", "--run"));
    runs.add(List.of("synthesize", "--corpus", c, "--quarter", "2026-Q3"));
    runs.add(List.of("themes", "--corpus", c, "--month", "2026-09"));
    runs.add(List.of("teardown", "--corpus", c, "--competitor", "Rival"));
    runs.add(List.of("code", "--corpus", c, "--opp", "D-2", "--assist", "llm"));
    runs.add(List.of("code", "--corpus", c, "--opp", "D-3", "--apply"));
    runs.add(List.of("ingest", "--corpus", c, "--opp", "D-4", "--dry-run", root.resolve("incoming/call.txt").toString()));
    runs.add(List.of("import", "crm", "--corpus", c, "--from", "salesforce", "--dry-run", root.resolve("incoming/export.csv").toString()));
    runs.add(List.of("templates", "list"));
    for (String kind : List.of("opp", "competitor", "quarter")) {
      runs.add(List.of("complete", "--corpus", c, kind));
    }
    for (String f : List.of("md", "json", "csv")) {
      runs.add(List.of("fixes", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
      runs.add(List.of("hygiene", "--corpus", c, "--as-of", "2026-10-01", "--format", f));
    }
    for (String f : List.of("html", "pdf")) {
      runs.add(List.of("synthesize", "--corpus", c, "--quarter", "2026-Q3", "--format", f));
      runs.add(List.of("themes", "--corpus", c, "--month", "2026-09", "--format", f));
      runs.add(List.of("teardown", "--corpus", c, "--competitor", "Rival", "--format", f));
    }
    runs.add(List.of("publish", "--corpus", c, "--quarter", "2026-Q3"));
    Path exports = Files.createDirectories(temp.resolve("exports"));
    runs.add(List.of("export", "qdpx", "--corpus", c, exports.resolve("all.qdpx").toString()));
    runs.add(List.of("export", "qdc", "--corpus", c, exports.resolve("codebook.qdc").toString()));
    runs.add(List.of("import", "qdc", "--corpus", c, "--dry-run", "--group", "objections", exports.resolve("codebook.qdc").toString()));
    runs.add(List.of("templates", "eject", "--corpus", c, "--dry-run"));
    runs.add(List.of("templates", "eject", "--corpus", c));

    List<String> leaks = new ArrayList<>();
    int ran = 0;
    for (List<String> args : runs) {
      CliRun r = CliRun.run(args.toArray(String[]::new));
      ran++;
      assertThat(r.exit).as("winloss %s: %s", String.join(" ", args), r.err).isNotEqualTo(3);
      find("stdout of winloss " + String.join(" ", args), r.out, leaks);
      find("stderr of winloss " + String.join(" ", args), r.err, leaks);
    }
    Map<String, byte[]> after = snapshot(root);
    int written = 0;
    for (Map.Entry<String, byte[]> e : after.entrySet()) {
      if (Arrays.equals(inputs.get(e.getKey()), e.getValue())) {
        continue;
      }
      written++;
      if (e.getKey().startsWith("win-loss/interviews/")) {
        // code --apply tags the buyer's own words in the write-up (the corpus's record, as written)
        assertThat(e.getKey()).isEqualTo("win-loss/interviews/D-3.md");
        continue;
      }
      findInFile("file " + e.getKey(), root.resolve(e.getKey()), leaks);
    }
    for (Path f : List.of(exports.resolve("all.qdpx"), exports.resolve("codebook.qdc"))) {
      assertThat(f).exists();
      findInFile("export " + f.getFileName(), f, leaks);
    }
    assertThat(ran).isGreaterThan(90);
    assertThat(written).as("the sweep wrote documents to look into").isGreaterThanOrEqualTo(8);
    assertThat(leaks).as("names of accounts without consent").isEmpty();
  }

  /**
   * The {@code --commit} paths on a real git repository, and {@code init}: every committed file
   * and every commit message is as free of the names as stdout; the corpus's own records
   * (deals.csv after {@code import crm}, the write-up {@code code --apply} tags) are the exception.
   */
  @Test
  void committedFilesAndCommitMessagesNameNoAccountWithoutConsent() throws Exception {
    startModel();
    Path root = TestCorpus.copy(AccountsFixture.CONSENT, temp.resolve("repo"));
    Files.writeString(root.resolve("win-loss/winloss.yaml"), modelSettings());
    Path incoming = Files.createDirectories(temp.resolve("incoming"));
    Files.writeString(incoming.resolve("Secret Corp export.csv"), "Opportunity ID,Account Name,Stage,Close Date,Amount,Owner\n"
        + "D-7,Secret Corp,Closed Lost,2026-09-20,30000,Al Rep\n");
    Files.writeString(incoming.resolve("call.txt"), "Pat Lee: Why did you choose Rival?\n"
        + "Buyer: At Quiet Inc the budget was the thing, and Rival was cheaper.\n");
    String c = root.toString();
    List<String> leaks = new ArrayList<>();
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Pat Operator");
      config.setString("user", null, "email", "pat@example.com");
      config.save();
      git.add().addFilepattern(".").call();
      org.eclipse.jgit.revwalk.RevCommit initial = git.commit().setMessage("corpus").call();

      List<List<String>> runs = new ArrayList<>();
      runs.add(List.of("synthesize", "--quarter", "2026-Q3"));
      runs.add(List.of("synthesize", "--quarter", "2026-Q3", "--format", "html"));
      runs.add(List.of("publish", "--quarter", "2026-Q3"));
      runs.add(List.of("themes", "--month", "2026-09"));
      runs.add(List.of("teardown", "--competitor", "Rival"));
      for (String opp : List.of("D-1", "D-2", "D-3", "D-4", "D-5", "D-6")) {
        runs.add(List.of("request", "--opp", opp));
        runs.add(List.of("script", "--opp", opp));
      }
      runs.add(List.of("new", "--opp", "D-4"));
      runs.add(List.of("digest", "--week", "2026-W38"));
      runs.add(List.of("actions", "--as-of", "2026-10-01"));
      runs.add(List.of("plays", "--as-of", "2026-10-01", "--write"));
      runs.add(List.of("hygiene", "--as-of", "2026-10-01", "--write"));
      runs.add(List.of("request", "--due", "--as-of", "2026-10-01"));
      runs.add(List.of("prompt", "readout", "--quarter", "2026-Q3", "--run"));
      runs.add(List.of("prompt", "loss-script", "--opp", "D-3", "--run"));
      runs.add(List.of("code", "--opp", "D-3", "--apply"));
      runs.add(List.of("ingest", "--opp", "D-5", incoming.resolve("call.txt").toString()));
      runs.add(List.of("templates", "eject"));
      runs.add(List.of("export", "qdc", temp.resolve("codebook.qdc").toString()));
      runs.add(List.of("import", "qdc", "--group", "objections", temp.resolve("codebook.qdc").toString()));
      runs.add(List.of("import", "crm", "--from", "salesforce", incoming.resolve("Secret Corp export.csv").toString()));
      int committed = 0;
      for (List<String> run : runs) {
        List<String> args = new ArrayList<>(run);
        args.addAll(List.of("--corpus", c));
        if (!run.get(0).equals("export")) {
          args.add("--commit");
        }
        CliRun r = CliRun.run(args.toArray(String[]::new));
        String shown = "winloss " + String.join(" ", run) + " --commit";
        assertThat(r.exit).as("%s: %s", shown, r.err).isNotEqualTo(3);
        // the export's path is the user's own argument, echoed in the import report: not generated text
        find("stdout of " + shown, r.out.replace(incoming.resolve("Secret Corp export.csv").toString(), "<export>"), leaks);
        find("stderr of " + shown, r.err, leaks);
        committed += r.out.contains("committed ") ? 1 : 0;
      }
      // a second coder recodes D-2 (its quote names Secret Corp): agreement's worklist quotes it, in every format
      Path d2 = root.resolve("win-loss/interviews/D-2.md");
      Files.writeString(d2, Files.readString(d2).replace("by a third. #price", "by a third. #speed")
          .replace("decisive: [price]", "decisive: [speed]"));
      git.commit().setAll(true).setMessage("recoded D-2").call();
      for (String f : List.of("md", "json", "csv")) {
        CliRun r = CliRun.run("agreement", initial.getName(), "HEAD", "--corpus", c, "--format", f);
        assertThat(r.exit).as("agreement --format %s: %s", f, r.err).isIn(0, 1);
        if (!f.equals("csv")) {
          assertThat(r.out).as("agreement --format %s quotes the recoded quote", f).contains("At [account], Rival beat your price");
        }
        find("stdout of agreement --format " + f, r.out, leaks);
        find("stderr of agreement --format " + f, r.err, leaks);
      }
      // the file name of the CRM export names the account: the commit message says "import crm" and no more than that
      List<org.eclipse.jgit.revwalk.RevCommit> log = new ArrayList<>();
      git.log().call().forEach(log::add);
      assertThat(log.size() - 2).as("commits made (besides the first and the recoding)").isEqualTo(committed)
          .isGreaterThanOrEqualTo(15);
      for (org.eclipse.jgit.revwalk.RevCommit commit : log) {
        find("message of commit " + commit.getName().substring(0, 8), commit.getFullMessage(), leaks);
      }
      org.eclipse.jgit.lib.ObjectReader reader = git.getRepository().newObjectReader();
      int files = 0;
      try (org.eclipse.jgit.treewalk.TreeWalk walk = new org.eclipse.jgit.treewalk.TreeWalk(git.getRepository())) {
        walk.addTree(initial.getTree());
        walk.addTree(log.get(0).getTree());
        walk.setRecursive(true);
        walk.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
        while (walk.next()) {
          String path = walk.getPathString();
          if (walk.getObjectId(1).equals(org.eclipse.jgit.lib.ObjectId.zeroId())) {
            continue;
          }
          files++;
          if (List.of("win-loss/deals.csv", "win-loss/interviews/D-2.md", "win-loss/interviews/D-3.md", "win-loss/interviews/D-5.md")
              .contains(path)) {
            continue; // the corpus's own records (imported, recoded by hand, tagged, ingested), which hold the names by nature
          }
          Path copy = temp.resolve("committed").resolve(path);
          Files.createDirectories(copy.getParent());
          Files.write(copy, reader.open(walk.getObjectId(1)).getBytes());
          findInFile("committed file " + path, copy, leaks);
        }
      }
      assertThat(files).as("committed files to look into").isGreaterThanOrEqualTo(20);
    }

    // init writes a corpus of its own: its files and output name no account either (it has none yet)
    Path fresh = temp.resolve("fresh");
    CliRun init = CliRun.run("init", fresh.toString(), "--company", "Acme Test Co", "--competitors", "Rival");
    assertThat(init.exit).as(init.err).isZero();
    find("stdout of init", init.out, leaks);
    find("stderr of init", init.err, leaks);
    try (Stream<Path> s = Files.walk(fresh)) {
      for (Path f : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.git/")).toList()) {
        findInFile("init's " + fresh.relativize(f), f, leaks);
      }
    }
    assertThat(leaks).as("names of accounts without consent").isEmpty();
  }

  /** A canned OpenAI-compatible model answering every request with {@link #reply}. */
  private void startModel() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", ex -> {
      ex.getRequestBody().readAllBytes();
      byte[] body = CodeLlmTest.completion(reply).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
  }

  private String modelSettings() {
    return "model:\n  base_url: http://127.0.0.1:" + server.getAddress().getPort() + "/v1\n  name: canned\n  timeout_seconds: 10\n";
  }

  /** A written file's text: a zip's (.qdpx) every entry, a PDF's text as its reader extracts it. */
  static void findInFile(String where, Path f, List<String> leaks) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    String name = f.getFileName().toString();
    if (name.endsWith(".qdpx")) {
      try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
        for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          find(where + "!" + e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8), leaks);
        }
      }
    } else if (name.endsWith(".pdf")) {
      try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
        find(where, new org.apache.pdfbox.text.PDFTextStripper().getText(pdf), leaks);
      }
    } else {
      find(where, new String(bytes, StandardCharsets.UTF_8), leaks);
    }
  }

  private static void find(String where, String text, List<String> leaks) {
    Matcher m = ANY.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      leaks.add(where + ": ..." + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "...");
    }
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".git/")) {
          out.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

}
