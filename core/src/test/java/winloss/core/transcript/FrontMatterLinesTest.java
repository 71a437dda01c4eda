package winloss.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterLinesTest {
  @Test
  void replacesAKeyKeepingItsCommentAndLineEnd() {
    String front = "---\r\nopp: OPP-9\r\nstatus: requested   # moves as the request does\r\ninterviewed:\r\n---\r\n";
    String out = FrontMatterLines.set(front, "\r\n", "status", "completed");
    out = FrontMatterLines.set(out, "\r\n", "interviewed", "2026-07-01");
    assertThat(out).isEqualTo("---\r\nopp: OPP-9\r\nstatus: completed   # moves as the request does\r\ninterviewed: 2026-07-01\r\n---\r\n");
  }

  @Test
  void addsAMissingKeyBeforeTheClosingLineAndLeavesNestedKeysAlone() {
    String front = "---\nopp: OPP-9\ninterviewee:\n  status: vp\n---\n";
    assertThat(FrontMatterLines.set(front, "\n", "status", "completed"))
        .isEqualTo("---\nopp: OPP-9\ninterviewee:\n  status: vp\nstatus: completed\n---\n");
  }

  @Test
  void aScaffoldBodyIsHeadingsCommentsAndBlanksOnly() {
    assertThat(Ingest.isScaffold("<!--\nguidance: here\n-->\n## 1. When?\n\n## 2. Why?\n")).isTrue();
    assertThat(Ingest.isScaffold("")).isTrue();
    assertThat(Ingest.isScaffold("## 1. When?\n\nIn June.\n")).isFalse();
    assertThat(Ingest.isScaffold("<!-- a note -->\n> quoted #price\n")).isFalse();
    assertThat(Ingest.leadingComments("<!--\nguidance\n-->\n## 1. When?\n")).isEqualTo("<!--\nguidance\n-->\n");
    assertThat(Ingest.leadingComments("## 1. When?\n")).isEmpty();
  }
}
