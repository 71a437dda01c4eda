package winloss.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Deal;
import winloss.core.text.IsoDates;

/** deals.csv read through the fast path gives exactly what commons-csv gives: deals and findings. */
class FastCsvDifferentialTest {
  private static final Path FILE = Path.of("win-loss", "deals.csv");

  private static String outcome(boolean fast, String text) {
    Diagnostics d = new Diagnostics();
    List<Deal> deals = fast ? DealsReader.parse(text, FILE, d) : DealsReader.parseWithCommonsCsv(text, FILE, d);
    return deals + "\n" + d.sorted();
  }

  static boolean assertSame(String text) {
    assertThat(outcome(true, text)).as("CSV:\n%s", text).isEqualTo(outcome(false, text));
    return FastCsv.parse(text) != null;
  }

  @Test
  void randomTablesReadTheSameBothWays() {
    String header = "opp_id,account,outcome,close_date,acv,ae,segment,plays\n";
    String[] cells = {"OPP-1", "OPP-2", "Acme", "won", "lost", "maybe", "2026-04-14", "2026-02-30", "14/04/2026", "48000",
        "-5", "x", "", " ", "\"Acme, Inc\"", "\"say \"\"hi\"\"\"", "\"\"", "a\"b", "\"open", "\"x\"y", "\"multi\nline\"",
        "bc-a;seq-b", "Mia Chen"};
    SplittableRandom r = new SplittableRandom(5);
    int fast = 0;
    for (int i = 0; i < 4000; i++) {
      StringBuilder b = new StringBuilder(r.nextInt(20) == 0 ? "opp_id,account,outcome\n" : header);
      int rows = r.nextInt(5);
      for (int j = 0; j < rows; j++) {
        if (r.nextInt(10) == 0) {
          b.append('\n');
        }
        int n = r.nextInt(10) == 0 ? 7 : 8;
        for (int k = 0; k < n; k++) {
          String cell;
          if (r.nextInt(3) > 0) {
            cell = switch (k) {
              case 0 -> "OPP-" + r.nextInt(4);
              case 1 -> "Acme";
              case 2 -> r.nextBoolean() ? "won" : "lost";
              case 3 -> "2026-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
              case 4 -> "48000";
              case 5 -> "Mia Chen";
              default -> cells[r.nextInt(cells.length)];
            };
          } else {
            cell = cells[r.nextInt(cells.length)];
          }
          b.append(k > 0 ? "," : "").append(cell);
        }
        if (j + 1 < rows || r.nextBoolean()) {
          b.append('\n');
        }
      }
      if (assertSame(b.toString())) {
        fast++;
      }
    }
    assertThat(fast).isGreaterThan(1000);
    assertThat(assertSame("")).isTrue();
    assertThat(assertSame("\n\n")).isTrue();
  }

  @Test
  void isoDatesParseLikeLocalDate() {
    String[] samples = {"2026-04-14", "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-4-14", "0000-01-01",
        "+12026-04-14", "2026-04-1x", "2026/04/14", " 2026-04-14", "2026-04-31", "9999-12-31", ""};
    for (String s : samples) {
      String expected;
      try {
        expected = String.valueOf(LocalDate.parse(s));
      } catch (RuntimeException e) {
        expected = e.getClass().getName() + ": " + e.getMessage();
      }
      String actual;
      try {
        actual = String.valueOf(IsoDates.parse(s));
      } catch (RuntimeException e) {
        actual = e.getClass().getName() + ": " + e.getMessage();
      }
      assertThat(actual).as(s).isEqualTo(expected);
    }
  }
}
