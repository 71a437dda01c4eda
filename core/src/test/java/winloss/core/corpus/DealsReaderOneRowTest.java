package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Deal;
import winloss.core.text.TextFiles;

/**
 * The one-row look-up for per-deal commands gives exactly the deal the full parse gives, or
 * "parse it all"; never another row, a row from inside a quoted cell, or a wrong line number.
 */
class DealsReaderOneRowTest {

  private static void assertAgrees(String text) {
    List<Deal> all = DealsReader.parse(text, DealsReader.FILE, new Diagnostics());
    for (Deal d : all) {
      Optional<List<Deal>> one = DealsReader.findRow(text, d.oppId());
      one.ifPresent(list -> assertThat(list).as("row of %s in:\n%s", d.oppId(), text).containsExactly(d));
    }
    assertThat(DealsReader.findRow(text, "NO-SUCH-DEAL")).as("an unknown id reads everything").isEmpty();
  }

  @Test
  void theDemoAndFixtureDealsAgreeWithTheFullParse() throws Exception {
    Path demo = Path.of("..", "win-loss", "deals.csv");
    String text = TextFiles.decode(Files.readAllBytes(demo));
    assertAgrees(text);
    List<Deal> all = DealsReader.parse(text, DealsReader.FILE, new Diagnostics());
    long fast = all.stream().filter(d -> DealsReader.findRow(text, d.oppId()).isPresent()).count();
    assertThat(fast).as("the demo's rows are found without the full parse").isEqualTo(all.size());
  }

  @Test
  void rowsHiddenInQuotedCellsOrOddFilesFallBackToTheFullParse() {
    String header = "opp_id,account,outcome,close_date,acv,segment,industry,competitor,ae,csm,cycle_days,ae_reason,crm_loss_reason,champion_title,plays\n";
    String row1 = "OPP-1,Acme,won,2026-01-05,50000,smb,retail,,Ann,,30,,,,\n";
    // a multi-line note whose second line looks like a row of OPP-2
    String trap = "OPP-3,Beta,lost,2026-01-06,60000,smb,retail,Lumen,Bo,,30,\"note\nOPP-2,Fake,won,2026-01-01,1,smb,x,,Z,,1,,,,\",price,,\n";
    String row2 = "OPP-2,Real,lost,2026-02-01,70000,enterprise,finance,Helix,Cy,,45,\"Price, mostly\",price,CFO,\n";
    String text = header + row1 + trap + "\n" + row2;
    assertAgrees(text);
    assertThat(DealsReader.findRow(text, "OPP-2")).as("a look-alike line in a quoted cell: read it all").isEmpty();
    Deal real = DealsReader.findRow(header + row1 + "\n" + row2, "OPP-2").orElseThrow().get(0);
    assertThat(real.account()).isEqualTo("Real");
    assertThat(real.line()).as("the row's own line, blank lines counted").isEqualTo(4);
    assertThat(DealsReader.findRow(text, "OPP-3").orElseThrow().get(0).aeReason()).startsWith("note\nOPP-2,Fake");
    // duplicated id: the full parse reports it
    assertThat(DealsReader.findRow(header + row1 + row1, "OPP-1")).isEmpty();
    // opp_id not the first column
    assertThat(DealsReader.findRow("account,opp_id,outcome,close_date,acv,ae\nAcme,OPP-1,won,2026-01-05,1,Ann\n", "OPP-1")).isEmpty();
    // a bad row is left to the full parse, which names its line
    assertThat(DealsReader.findRow(header + "OPP-1,Acme,won,2026-13-05,50000,smb,retail,,Ann,,30,,,,\n", "OPP-1")).isEmpty();
  }

  @Test
  void randomFilesAgreeWithTheFullParse() {
    SplittableRandom r = new SplittableRandom(42);
    String[] cells = {"", "x", "\"a, b\"", "\"line\nOPP-7,break\"", "\"q \"\"quoted\"\"\"", "Société", "OPP-3"};
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder("opp_id,account,outcome,close_date,acv,ae,ae_reason\n");
      int rows = 1 + r.nextInt(8);
      for (int i = 0; i < rows; i++) {
        if (r.nextInt(6) == 0) {
          b.append('\n');
        }
        b.append("OPP-").append(1 + r.nextInt(9)).append(",Acct ").append(i).append(',')
            .append(r.nextBoolean() ? "won" : "lost").append(",2026-0").append(1 + r.nextInt(9)).append("-1")
            .append(r.nextInt(10)).append(',').append(r.nextInt(90000)).append(",Ann,")
            .append(cells[r.nextInt(cells.length)]).append('\n');
      }
      assertAgrees(b.toString());
    }
  }
}
