package winloss.core.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.DealsReader;
import winloss.core.diag.Diagnostics;
import winloss.core.diag.WinlossException;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;

class CrmImportTest {
  static String fixture(String name) {
    try (InputStream in = CrmImportTest.class.getResourceAsStream("/crm/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Deal> read(String csv) {
    Diagnostics d = new Diagnostics();
    List<Deal> deals = DealsReader.parse(csv, Path.of("deals.csv"), d);
    assertThat(d.sorted()).as(csv).isEmpty();
    return deals;
  }

  static CrmImport.Result salesforce(String text, String existing) {
    return CrmImport.merge(text, "export.csv", CrmSource.SALESFORCE, CrmMapping.salesforce(), existing);
  }

  @Test
  void salesforceDataLoaderExportBecomesDealsCsv() {
    CrmImport.Result r = salesforce(fixture("salesforce-dataloader.csv"), null);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("006A0000001", "006A0000002", "006A0000004", "006A0000005");
    Deal won = deals.get(0);
    assertThat(won.outcome()).isEqualTo(Outcome.WON);
    assertThat(won.account()).isEqualTo("Acme Freight");
    assertThat(won.ae()).isEqualTo("Mia Chen");
    assertThat(won.competitor()).isEqualTo("Lumen");
    Deal lost = deals.get(1);
    assertThat(lost.outcome()).isEqualTo(Outcome.LOST);
    assertThat(lost.closeDate()).hasToString("2026-04-13");
    assertThat(lost.acv()).isEqualByComparingTo("120000.50");
    assertThat(deals.get(2).closeDate()).hasToString("2026-05-18");
    assertThat(deals.get(3).outcome()).isEqualTo(Outcome.NO_DECISION);
    assertThat(r.report().imported()).hasSize(4);
    assertThat(r.report().skipped()).singleElement().satisfies(s -> {
      assertThat(s.line()).isEqualTo(4);
      assertThat(s.oppId()).isEqualTo("006A0000003");
      assertThat(s.reason()).contains("open");
    });
    assertThat(r.report().lines()).contains("  skipped   1", "    1 open deals (not closed yet): line 4");
    assertThat(r.content()).startsWith("opp_id,account,outcome,close_date,acv,segment,industry,competitor,ae,");
  }

  @Test
  void formulaLikeTextCellsAreNeutralizedButKept() {
    CrmImport.Result r = salesforce(fixture("salesforce-dataloader.csv"), null);
    Deal d = read(r.content()).get(2);
    assertThat(d.account()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(d.ae()).isEqualTo("'@Mia Chen");
    assertThat(d.competitor()).isEqualTo("'-Lumen");
    assertThat(d.acv()).isEqualByComparingTo("30000");
    assertThat(r.content()).doesNotContain(",=", ",@", ",-", ",+");
  }

  @Test
  void reimportingTheSameExportChangesNothing() {
    String first = salesforce(fixture("salesforce-dataloader.csv"), null).content();
    CrmImport.Result again = salesforce(fixture("salesforce-dataloader.csv"), first);
    assertThat(again.content()).isEqualTo(first);
    assertThat(again.report().imported()).isEmpty();
    assertThat(again.report().updated()).isEmpty();
    assertThat(again.report().unchanged()).hasSize(4);
    assertThat(again.report().changesNothing()).isTrue();
  }

  @Test
  void changedDealIsUpdatedHandColumnsAndAbsentDealsKept() {
    String first = salesforce(fixture("salesforce-dataloader.csv"), null).content();
    String edited = first.replace("006A0000001,Acme Freight,won,2026-04-06,82000,,", "006A0000001,Acme Freight,won,2026-04-06,82000,mid-market,")
        + "000-HAND,Hand Made,lost,2026-01-02,1000,smb,,,Jo Tanaka,,,,,,,\n";
    String export = fixture("salesforce-dataloader.csv").replace(",Closed Won,82000,", ",Closed Won,91000,");
    CrmImport.Result r = salesforce(export, edited);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("000-HAND", "006A0000001", "006A0000002", "006A0000004", "006A0000005");
    Deal acme = deals.get(1);
    assertThat(acme.acv()).isEqualByComparingTo("91000");
    assertThat(acme.segment()).isEqualTo("mid-market");
    assertThat(r.report().updated()).singleElement().satisfies(u -> {
      assertThat(u.oppId()).isEqualTo("006A0000001");
      assertThat(u.columns()).containsExactly("acv");
    });
    assertThat(r.report().unchanged()).hasSize(3);
  }

  @Test
  void salesforceReportExportWithTrueFalseUsDatesAndFooter() {
    CrmImport.Result r = salesforce(fixture("salesforce-report.csv"), null);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("006B0000001", "006B0000002");
    assertThat(deals.get(0).closeDate()).hasToString("2026-06-15");
    assertThat(deals.get(0).ae()).isEqualTo("Mia Chen");
    assertThat(deals.get(0).account()).isEqualTo("Fjord Media");
    assertThat(deals.get(1).outcome()).isEqualTo(Outcome.LOST);
    assertThat(r.report().skipped()).extracting(ImportReport.Skipped::reason)
        .containsExactly("open deals (not closed yet)", "not a deal row (a report header or footer line)",
            "not a deal row (a report header or footer line)");
  }

  @Test
  void hubspotExport() {
    CrmImport.Result r = CrmImport.merge(fixture("hubspot.csv"), "hubspot.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("9001", "9002", "9004");
    assertThat(deals).extracting(Deal::outcome).containsExactly(Outcome.WON, Outcome.LOST, Outcome.WON);
    assertThat(deals.get(0).closeDate()).hasToString("2026-06-25");
    assertThat(deals.get(0).account()).isEqualTo("Iris Foods");
    assertThat(deals.get(1).ae()).isEqualTo("Mia Chen");
    assertThat(deals.get(2).acv()).isEqualByComparingTo("0");
    assertThat(r.report().notes()).anySatisfy(n -> assertThat(n).contains("1 closed deal has no amount", "line", "5"));
    assertThat(r.content()).contains("opp_name").contains("Iris Foods - Starter");
  }

  @Test
  void genericExportThroughAMappingFile() {
    CrmMapping m = CrmMapping.parse(fixture("generic-mapping.yaml"), "generic-mapping.yaml");
    CrmImport.Result r = CrmImport.merge(fixture("generic.csv"), "generic.csv", CrmSource.GENERIC, m, null);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("G-1", "G-2", "G-3");
    assertThat(deals.get(0).closeDate()).hasToString("2026-04-14");
    assertThat(deals.get(0).plays()).containsExactly("bc-lumen", "seq-cfo");
    assertThat(deals.get(0).segment()).isEqualTo("mid-market");
    assertThat(deals.get(0).industry()).isEqualTo("software");
    assertThat(deals.get(2).outcome()).isEqualTo(Outcome.NO_DECISION);
    String again = CrmImport.merge(fixture("generic.csv"), "generic.csv", CrmSource.GENERIC, m, r.content()).content();
    assertThat(again).isEqualTo(r.content());
  }

  @Test
  void unknownLayoutSaysWhichColumnsWereExpected() {
    assertThatThrownBy(() -> salesforce(fixture("hubspot.csv"), null))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("export.csv: this is not a Salesforce export: missing Id")
        .hasMessageContaining("Expected columns: Id")
        .hasMessageContaining("CloseDate")
        .hasMessageContaining("The file's columns are: Record ID, Deal Name");
  }

  @Test
  void unknownStageValuesAreListedAndNothingImported() {
    String text = fixture("hubspot.csv").replace("contractsent", "custom-stage-1").replace(",closedlost,", ",lostish,");
    assertThatThrownBy(() -> CrmImport.merge(text, "hubspot.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null))
        .hasMessageContaining("unknown stage values 'lostish' (first at line 3), 'custom-stage-1' (first at line 4)")
        .hasMessageContaining("nothing was imported");
  }

  @Test
  void nonNumericAmountAndBadDateNameTheLine() {
    String text = fixture("salesforce-report.csv").replace("\"64000\"", "\"$64,000\"").replace("06/22/26", "22.06.2026");
    assertThatThrownBy(() -> salesforce(text, null))
        .hasMessageContaining("2 rows could not be read; nothing was imported")
        .hasMessageContaining("export.csv:2: Amount '$64,000' is not a number")
        .hasMessageContaining("export.csv:3: Close Date '22.06.2026' is not a date in the expected format (YYYY-MM-DD");
  }

  @Test
  void genericDateFormatIsNamedWhenARowDoesNotMatch() {
    CrmMapping m = CrmMapping.parse(fixture("generic-mapping.yaml"), "m.yaml");
    String text = fixture("generic.csv").replace("02.05.2026", "2026-05-02");
    assertThatThrownBy(() -> CrmImport.merge(text, "generic.csv", CrmSource.GENERIC, m, null))
        .hasMessageContaining("generic.csv:3: closed_on '2026-05-02' is not a date in the expected format (dd.MM.yyyy)");
  }

  @Test
  void mappingFileMistakesNameTheLine() {
    assertThatThrownBy(() -> CrmMapping.parse("columns:\n  opp: id\n", "m.yaml"))
        .hasMessageContaining("m.yaml:2: columns: 'opp' is not a field winloss imports");
    assertThatThrownBy(() -> CrmMapping.parse("stages:\n  maybe: [x]\n", "m.yaml"))
        .hasMessageContaining("m.yaml:2: stages: 'maybe' should be won, lost, no-decision or open");
    assertThatThrownBy(() -> CrmMapping.parse("date_format: qqqq-bb\n", "m.yaml"))
        .hasMessageContaining("m.yaml:1: date_format 'qqqq-bb' is not a date pattern");
  }

  @Test
  void datesInEveryBuiltInForm() {
    assertThat(CrmDates.parse("2026-04-14", null)).hasValueSatisfying(d -> assertThat(d).hasToString("2026-04-14"));
    assertThat(CrmDates.parse("2024-01-19T09:42:24.000+0000", null)).hasValueSatisfying(d -> assertThat(d).hasToString("2024-01-19"));
    assertThat(CrmDates.parse("2024-01-19T23:59:00-08:00", null)).hasValueSatisfying(d -> assertThat(d).hasToString("2024-01-19"));
    assertThat(CrmDates.parse("02/03/24", null)).hasValueSatisfying(d -> assertThat(d).hasToString("2024-02-03"));
    assertThat(CrmDates.parse("2/3/2024 08:55 PM", null)).hasValueSatisfying(d -> assertThat(d).hasToString("2024-02-03"));
    assertThat(CrmDates.parse("13/03/24", null)).isEmpty();
    assertThat(CrmDates.parse("2024-02-30", null)).isEmpty();
    assertThat(CrmDates.parse("yesterday", null)).isEmpty();
  }

  @Test
  void booleansAsSalesforceWritesThem() {
    assertThat(CrmImport.bool("1")).isTrue();
    assertThat(CrmImport.bool("")).isFalse();
    assertThat(CrmImport.bool("TRUE")).isTrue();
    assertThat(CrmImport.bool("FALSE")).isFalse();
    assertThat(CrmImport.bool("maybe")).isNull();
  }
}
