package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.diag.Diagnostic;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Outcome;
import winloss.core.model.Quote;

class CorpusReaderTest {
  static final Path SMALL = Path.of("src/test/resources/fixtures/small");

  @TempDir Path temp;

  @Test
  void readsEveryFileOfTheSmallFixture() {
    Corpus c = CorpusReader.read(SMALL);
    assertThat(c.problems().sorted()).isEmpty();
    assertThat(c.brief().company()).isEqualTo("Fixture Corp");
    assertThat(c.brief().program().topCompetitors()).containsExactly("Lumen", "Quarry", "Helix");
    assertThat(c.brief().program().minThemeInterviews()).isEqualTo(2);
    assertThat(c.brief().interviewer("sam ortiz")).get().extracting(i -> i.reviewer()).isEqualTo("Priya Shah");
    assertThat(c.brief().owners()).containsEntry("Sales Enablement", "Dana Lee");
    assertThat(c.brief().voice().forbidden()).containsExactly("world-class", "synergy");
    assertThat(c.brief().sections()).extracting(s -> s.number() + " " + s.title())
        .containsExactly("2 Ideal customer profile", "3 Personas", "4 Right-to-Win", "5 Competitive intel", "6 Pricing and brand");
    assertThat(c.brief().section(5)).get().extracting(s -> s.text()).asString().contains("Lumen sells on breadth");
    assertThat(c.codebook().factors()).containsKeys("integration-depth", "price");
    assertThat(c.codebook().factors().get("time-to-value").keywords()).contains("onboarding");
    assertThat(c.codebook().lossReasons().get("other").label()).isEqualTo("Other");
    assertThat(c.framework().version()).isEqualTo("2026.1");
    assertThat(c.framework().win()).hasSize(8);
    assertThat(c.framework().loss().get(0).text()).isEqualTo("When did you make the decision to go with {competitor}?");
    assertThat(c.framework().loss().get(0).probe()).isEqualTo("What happened just before that?");
    assertThat(c.deals()).hasSize(9);
    Deal d = c.deal("OPP-1").orElseThrow();
    assertThat(d.aeReason()).isEqualTo("Connector depth, and the POC went well");
    assertThat(d.plays()).containsExactly("bc-lumen", "seq-cfo");
    assertThat(d.line()).isEqualTo(2);
    assertThat(c.actions()).hasSize(2);
    assertThat(c.interviews()).extracting(Interview::opp).containsExactly("OPP-1", "OPP-2", "OPP-3", "OPP-4", "OPP-6", "OPP-7");
  }

  @Test
  void readsInterviewFieldsQuotesAndTheirLines() {
    Interview iv = CorpusReader.read(SMALL).interview("OPP-1").orElseThrow();
    assertThat(iv.outcome()).isEqualTo(Outcome.WON);
    assertThat(iv.status()).isEqualTo(InterviewStatus.COMPLETED);
    assertThat(iv.interviewed()).hasToString("2026-04-20");
    assertThat(iv.consent().attribute()).isTrue();
    assertThat(iv.codes().decisive()).containsExactly("integration-depth");
    assertThat(iv.codes().committee()).containsExactly("economic-buyer", "technical-evaluator");
    assertThat(iv.codes().successCriteria()).isEqualTo("Cut nightly pipeline time in half");
    assertThat(iv.quotes()).extracting(Quote::citation).containsExactly("OPP-1:L27", "OPP-1:L35");
    Quote q = iv.quotes().get(0);
    assertThat(q.text()).isEqualTo("Your engineer built the Snowflake connector live while we watched, and that was it.");
    assertThat(q.tags()).containsExactly("integration-depth");
    assertThat(q.question()).isEqualTo(1);
    assertThat(iv.answers()).extracting(a -> a.number()).containsExactly(1, 2, 8);
    assertThat(iv.answers().get(1).text()).contains("Lumen had more logos");
    assertThat(iv.lineOf("codes.decisive")).isEqualTo(16);
  }

  @Test
  void readForDealReadsOnlyThatDealsWriteUp() throws IOException {
    Path copy = copyOf(SMALL);
    Files.writeString(copy.resolve("win-loss/interviews/OPP-3.md"), "---\nopp: [broken\n---\n");
    Corpus c = CorpusReader.readForDeal(copy, "OPP-1");
    assertThat(c.interviews()).extracting(Interview::opp).containsExactly("OPP-1");
    assertThat(c.problems().sorted()).isEmpty();
    assertThat(c.deals()).extracting(winloss.core.model.Deal::oppId).containsExactly("OPP-1"); // only its row (DealsReader.readOne)
    assertThat(CorpusReader.readForDeal(copy, "OPP-5").interviews()).isEmpty();
    assertThat(CorpusReader.readForDeal(copy, "../../etc/passwd").interviews()).isEmpty();
  }

  @Test
  void bomAndCrlfReadExactlyLikeCleanFiles() throws IOException {
    Path copy = copyOf(SMALL);
    try (Stream<Path> s = Files.walk(copy)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(p);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(p, all);
      }
    }
    Corpus clean = CorpusReader.read(SMALL);
    Corpus dirty = CorpusReader.read(copy);
    assertThat(dirty.problems().sorted()).isEmpty();
    assertThat(dirty.deals()).isEqualTo(clean.deals());
    assertThat(dirty.interviews()).isEqualTo(clean.interviews());
    assertThat(dirty.brief()).isEqualTo(clean.brief());
    assertThat(dirty.codebook()).isEqualTo(clean.codebook());
  }

  @Test
  void aFiftyMegabyteFileIsReportedNotRead() throws IOException {
    Path copy = copyOf(SMALL);
    Path big = copy.resolve("win-loss/interviews/OPP-9.md");
    byte[] line = "> filler #price\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      out.write("---\nopp: OPP-9\n---\n".getBytes(StandardCharsets.UTF_8));
      for (int written = 0; written < 50 * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Corpus c = CorpusReader.read(copy);
    assertThat(c.problems().sorted()).extracting(Diagnostic::format)
        .containsExactly("win-loss/interviews/OPP-9.md:0:0: error: file is 50 MiB, over the 2 MiB limit for this kind of file; is it the right file?");
    assertThat(c.interviews()).extracting(Interview::opp).doesNotContain("OPP-9");
  }

  @Test
  void readingWritesNothing() throws IOException {
    Path copy = copyOf(SMALL);
    long before = count(copy);
    CorpusReader.read(copy);
    assertThat(count(copy)).isEqualTo(before);
  }

  @Test
  void aMissingBriefIsReportedAndTheRestStillReads() throws IOException {
    Path copy = copyOf(SMALL);
    Files.delete(copy.resolve("operator-brief.md"));
    Corpus c = CorpusReader.read(copy);
    assertThat(c.problems().sorted()).extracting(Diagnostic::format)
        .containsExactly("operator-brief.md:0:0: error: file is missing; create it (see docs/corpus-format.md)");
    assertThat(c.deals()).hasSize(9);
  }

  @Test
  void programTimeZoneAndOppNameAreRead() throws IOException {
    Path copy = copyOf(SMALL);
    assertThat(CorpusReader.read(copy).brief().program().zone()).hasToString("UTC");
    Path brief = copy.resolve("operator-brief.md");
    Files.writeString(brief, Files.readString(brief).replace("  currency: USD\n", "  currency: USD\n  time_zone: Europe/London\n"));
    Path deals = copy.resolve("win-loss/deals.csv");
    StringBuilder csv = new StringBuilder();
    for (String line : Files.readAllLines(deals)) {
      csv.append(line).append(line.startsWith("opp_id") ? ",opp_name" : line.startsWith("OPP-1,")
          ? ",Acme Freight Ltd - Fleet Analytics" : ",").append('\n');
    }
    Files.writeString(deals, csv);
    Corpus c = CorpusReader.read(copy);
    assertThat(c.problems().sorted()).isEmpty();
    assertThat(c.brief().program().zone()).hasToString("Europe/London");
    Deal d = c.deal("OPP-1").orElseThrow();
    assertThat(d.oppName()).isEqualTo("Acme Freight Ltd - Fleet Analytics");
    assertThat(d.withFreeText(t -> t.replace("Acme Freight", "[account]")).oppName()).isEqualTo("[account] Ltd - Fleet Analytics");
    assertThat(c.deal("OPP-2").orElseThrow().oppName()).isEmpty();
    Files.writeString(brief, Files.readString(brief).replace("time_zone: Europe/London", "time_zone: Mars/Olympus"));
    assertThat(CorpusReader.read(copy).problems().sorted()).extracting(Diagnostic::format).singleElement().asString()
        .contains("program.time_zone 'Mars/Olympus' is not a time zone");
  }

  private long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.count();
    }
  }

  private Path copyOf(Path src) throws IOException {
    Path dst = temp.resolve("corpus");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path t = dst.resolve(src.relativize(p).toString());
        Files.createDirectories(t.getParent());
        Files.copy(p, t);
      }
    }
    return dst;
  }
}
