package winloss.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.stats.Reliability.Band;
import winloss.core.stats.Reliability.Figures;

/** The statistics against published worked examples. */
class ReliabilityTest {

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
   * twelve units, nominal values with missing data ("." here null). Published alpha = 0.743.
   */
  @Test
  void krippendorffsNominalExampleWithMissingValues() {
    String[] a = {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null};
    String[] b = {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"};
    String[] c = {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null};
    String[] d = {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null};
    List<List<String>> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add(Arrays.asList(a[u], b[u], c[u], d[u]));
    }
    assertThat(Reliability.alphaNominal(units)).isCloseTo(0.743, within(0.0005));
  }

  /**
   * The textbook 2x2 table (e.g. the worked example of Cohen's kappa in Wikipedia, after Cohen
   * 1960): 50 proposals, both yes 20, A yes B no 5, A no B yes 10, both no 15: p_o = 0.7,
   * p_e = 0.5, kappa = 0.4.
   */
  @Test
  void cohensKappaOnATextbookTwoByTwoTable() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    add(a, b, "yes", "yes", 20);
    add(a, b, "yes", "no", 5);
    add(a, b, "no", "yes", 10);
    add(a, b, "no", "no", 15);
    Figures f = Reliability.twoCoders(a, b);
    assertThat(f.units()).isEqualTo(50);
    assertThat(f.agreed()).isEqualTo(35);
    assertThat(f.percent()).isCloseTo(0.7, within(1e-12));
    assertThat(f.kappa()).isCloseTo(0.4, within(1e-12));
    // alpha of the same table: 1 - D_o/D_e with n = 100 values (45 yes... 55 no): 1 - (99*15)/(2*55*45)... by the formula
    double n = 100;
    double yes = 55;
    double no = 45;
    double expected = 1 - (n - 1) * (2 * 15.0) / (2 * yes * no);
    assertThat(f.alpha()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void missingValuesMakeAUnitUnpairable() {
    Figures f = Reliability.twoCoders(Arrays.asList("x", null, "y"), Arrays.asList("x", "y", null));
    assertThat(f.units()).isEqualTo(1);
    assertThat(f.agreed()).isEqualTo(1);
    assertThat(f.kappa()).as("one category only: chance agreement is certain").isNull();
    assertThat(f.alpha()).isNull();
  }

  @Test
  void undefinedWithoutData() {
    Figures f = Reliability.twoCoders(List.of(), List.of());
    assertThat(f.units()).isZero();
    assertThat(f.percent()).isNull();
    assertThat(f.kappa()).isNull();
    assertThat(f.alpha()).isNull();
  }

  @Test
  void perfectAgreementIsOne() {
    Figures f = Reliability.twoCoders(List.of("a", "b", "a", "c"), List.of("a", "b", "a", "c"));
    assertThat(f.kappa()).isEqualTo(1.0);
    assertThat(f.alpha()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void bands() {
    assertThat(Band.of(0.8)).isEqualTo(Band.RELIABLE);
    assertThat(Band.of(0.7999)).isEqualTo(Band.TENTATIVE);
    assertThat(Band.of(0.667)).isEqualTo(Band.TENTATIVE);
    assertThat(Band.of(0.6669)).isEqualTo(Band.UNRELIABLE);
    assertThat(Band.of(null)).isEqualTo(Band.UNDEFINED);
  }

  @Test
  void unequalListsAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reliability.twoCoders(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void add(List<String> a, List<String> b, String x, String y, int times) {
    a.addAll(Collections.nCopies(times, x));
    b.addAll(Collections.nCopies(times, y));
  }
}
