package winloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-ups are read as CommonMark, end to end: the demo corpus with one write-up replaced by a
 * variant from {@code markdown-cases/} (a quote withdrawn inside an HTML comment, an example
 * quote inside a four-backtick fence, quotes continued lazily without {@code >}).
 */
class MarkdownReadingTest {
  private static final Path CASES = Path.of("src", "test", "resources", "markdown-cases");
  private static final String IV = "win-loss/interviews/OPP-1003.md";

  @TempDir Path dir;

  private Path demoWith(String variant) throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.DEMO, dir.resolve(variant));
    Files.copy(CASES.resolve(variant).resolve("OPP-1003.md"), corpus.resolve(IV), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return corpus;
  }

  @Test
  void aQuoteInsideAnHtmlCommentIsNeitherCountedNorPublished() throws IOException {
    Path corpus = demoWith("comment");
    assertThat(Files.readString(corpus.resolve(IV))).contains("<!-- Withdrawn", "> Nine working days");
    Path demo = TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
    // the untouched demo quotes it: the test would pass for nothing otherwise
    CliRun.run("synthesize", "--corpus", demo.toString(), "--quarter", "2026-Q1", "--dry-run").exits(0)
        .stdoutContains("Nine working days");
    CliRun.run("synthesize", "--corpus", corpus.toString(), "--quarter", "2026-Q1", "--dry-run").exits(0)
        .stdoutLacks("Nine working days", "nine working days versus");
    CliRun.run("prompt", "themes", "--corpus", corpus.toString(), "--quarter", "2026-Q1").exits(0)
        .stdoutLacks("Nine working days", "not quoted anywhere");
    CliRun.run("themes", "--corpus", corpus.toString(), "--month", "2026-02", "--dry-run")
        .stdoutLacks("Nine working days");
  }

  @Test
  void anExampleInsideAFourBacktickFenceIsNotABuyerQuote() throws IOException {
    Path corpus = demoWith("fence");
    assertThat(Files.readString(corpus.resolve(IV))).contains("````markdown", "> Example sentence the buyer never said");
    CliRun.run("prompt", "themes", "--corpus", corpus.toString(), "--quarter", "2026-Q1").exits(0)
        .stdoutLacks("Example sentence the buyer never said")
        .stdoutContains("OPP-1003");
    CliRun.run("synthesize", "--corpus", corpus.toString(), "--quarter", "2026-Q1", "--dry-run").exits(0)
        .stdoutLacks("Example sentence the buyer never said");
  }

  @Test
  void lazilyContinuedQuotesKeepTheirTextTagsAndFirstLine() throws IOException {
    Path corpus = demoWith("lazy");
    Path demo = TestCorpus.copy(TestCorpus.DEMO, dir.resolve("demo"));
    CliRun plain = CliRun.run("check", "--corpus", demo.toString());
    CliRun lazy = CliRun.run("check", "--corpus", corpus.toString());
    lazy.exits(plain.exit).stderrEmpty();
    assertThat(lazy.out.replace(corpus.toString(), "{corpus}")).isEqualTo(plain.out.replace(demo.toString(), "{corpus}"))
        .doesNotContain("has no tagged quote");
    // both quotes, whole, cited at the line of their first '>'; the second moved down one line
    String json = CliRun.run("synthesize", "--corpus", corpus.toString(), "--quarter", "2026-Q1", "--format", "json").exits(0).out.replaceAll("\\s+", " ");
    assertThat(json)
        .contains("\"interview\": \"OPP-1003\", \"line\": 27, \"text\": \"Nine working days versus eight to twelve weeks with a partner; "
            + "that is not a close call when peak season starts in October.\"");
    String prompt = CliRun.run("prompt", "themes", "--corpus", corpus.toString(), "--quarter", "2026-Q1").exits(0).out;
    assertThat(prompt).contains("When your rep went around me to the COO the second time, my lead engineer stopped believing the evaluation was real.")
        .contains("OPP-1003:L40");
  }

  @Test
  void frontMatterDelimitersWithTrailingBlanksAreDelimiters() throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir.resolve("small"));
    Path iv = corpus.resolve("win-loss/interviews/OPP-6.md");
    String text = Files.readString(iv);
    assertThat(text).startsWith("---\n");
    int close = text.indexOf("\n---\n", 3);
    Files.writeString(iv, "---  \n" + text.substring(4, close) + "\n--- \t\n" + text.substring(close + 5));
    Path brief = corpus.resolve("operator-brief.md");
    Files.writeString(brief, Files.readString(brief).replaceFirst("\n---\n", "\n---   \n"));
    CliRun.run("check", "--corpus", corpus.toString()).exits(0)
        .stdoutContains("check: 0 errors, 0 warnings in 9 deals and 6 interviews").stderrEmpty();
  }

  @Test
  void anHtmlCommentNeverClosedIsAWarningAtItsLine() throws IOException {
    Path corpus = TestCorpus.copy(TestCorpus.SMALL, dir.resolve("unclosed"));
    Path iv = corpus.resolve("win-loss/interviews/OPP-6.md");
    String text = Files.readString(iv);
    int at = text.indexOf("\n## 2.");
    Files.writeString(iv, text.substring(0, at) + "\n<!-- TODO: check this with the buyer" + text.substring(at));
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 2;
    CliRun.run("check", "--corpus", corpus.toString()).exits(0)
        .stdoutContains("OPP-6.md:" + line + ":1: warning: an HTML comment opened here is never closed")
        .stderrEmpty();
  }
}
