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
    return CrmImport.merge(text, "export.csv", CrmSource.SALESFORCE, CrmMapping.salesforce(), existing, CrmImport.Settings.DEFAULT);
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
    CrmImport.Result r = CrmImport.merge(fixture("hubspot.csv"), "hubspot.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null, CrmImport.Settings.DEFAULT);
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
    CrmImport.Result r = CrmImport.merge(fixture("generic.csv"), "generic.csv", CrmSource.GENERIC, m, null, CrmImport.Settings.DEFAULT);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("G-1", "G-2", "G-3");
    assertThat(deals.get(0).closeDate()).hasToString("2026-04-14");
    assertThat(deals.get(0).plays()).containsExactly("bc-lumen", "seq-cfo");
    assertThat(deals.get(0).segment()).isEqualTo("mid-market");
    assertThat(deals.get(0).industry()).isEqualTo("software");
    assertThat(deals.get(2).outcome()).isEqualTo(Outcome.NO_DECISION);
    String again = CrmImport.merge(fixture("generic.csv"), "generic.csv", CrmSource.GENERIC, m, r.content(), CrmImport.Settings.DEFAULT).content();
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
    assertThatThrownBy(() -> CrmImport.merge(text, "hubspot.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null, CrmImport.Settings.DEFAULT))
        .hasMessageContaining("unknown stage values 'lostish' (first at line 3), 'custom-stage-1' (first at line 4)")
        .hasMessageContaining("nothing was imported");
  }

  @Test
  void nonNumericAmountAndBadDateNameTheLine() {
    String text = fixture("salesforce-report.csv").replace("\"64000\"", "\"12k\"").replace("06/22/26", "22.06.2026");
    assertThatThrownBy(() -> salesforce(text, null))
        .hasMessageContaining("2 rows could not be read; nothing was imported")
        .hasMessageContaining("export.csv:2: Amount '12k' is not an amount written as 1,234.56")
        .hasMessageContaining("export.csv:3: Close Date '22.06.2026' is not a date in the expected format (YYYY-MM-DD");
  }

  @Test
  void genericDateFormatIsNamedWhenARowDoesNotMatch() {
    CrmMapping m = CrmMapping.parse(fixture("generic-mapping.yaml"), "m.yaml");
    String text = fixture("generic.csv").replace("02.05.2026", "05/02/2026");
    assertThatThrownBy(() -> CrmImport.merge(text, "generic.csv", CrmSource.GENERIC, m, null, CrmImport.Settings.DEFAULT))
        .hasMessageContaining("generic.csv:3: closed_on '05/02/2026' is not a date in the expected format (dd.MM.yyyy or YYYY-MM-DD)");
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

  static String date(String text, CrmDates.SlashOrder order, String zone) {
    return CrmDates.parse(text, null, order, java.time.ZoneId.of(zone)).map(r -> r.date().toString()).orElse("none");
  }

  @Test
  void datesInEveryBuiltInForm() {
    CrmDates.SlashOrder us = CrmDates.SlashOrder.MONTH_FIRST;
    assertThat(date("2026-04-14", us, "UTC")).isEqualTo("2026-04-14");
    assertThat(date("2024-01-19T09:42:24.000+0000", us, "UTC")).isEqualTo("2024-01-19");
    assertThat(date("2024-01-19T23:59:00-08:00", us, "UTC")).isEqualTo("2024-01-20");
    assertThat(date("2024-01-19T23:59:00-08:00", us, "America/Los_Angeles")).isEqualTo("2024-01-19");
    assertThat(date("2026-10-01T01:12:40Z", us, "America/New_York")).isEqualTo("2026-09-30");
    assertThat(date("2026-10-01 01:12", us, "America/New_York")).isEqualTo("2026-10-01");
    assertThat(date("02/03/24", us, "UTC")).isEqualTo("2024-02-03");
    assertThat(date("02/03/24", CrmDates.SlashOrder.DAY_FIRST, "UTC")).isEqualTo("2024-03-02");
    assertThat(date("2/3/2024 08:55 PM", us, "UTC")).isEqualTo("2024-02-03");
    assertThat(date("13/03/24", us, "UTC")).isEqualTo("none");
    assertThat(date("2024-02-30", us, "UTC")).isEqualTo("none");
    assertThat(date("yesterday", us, "UTC")).isEqualTo("none");
    assertThat(CrmDates.parse("03/10/2026 14:05", "DD/MM/YYYY", null, java.time.ZoneOffset.UTC))
        .hasValueSatisfying(r -> assertThat(r.date()).hasToString("2026-10-03"));
  }

  @Test
  void booleansAsSalesforceWritesThem() {
    assertThat(CrmImport.bool("1")).isTrue();
    assertThat(CrmImport.bool("")).isFalse();
    assertThat(CrmImport.bool("TRUE")).isTrue();
    assertThat(CrmImport.bool("FALSE")).isFalse();
    assertThat(CrmImport.bool("maybe")).isNull();
  }

  // ---------------------------------------------------------------- issue 12: exports as they come

  static CrmImport.Result sf(String text, String existing, CrmMapping mapping, CrmImport.Settings settings) {
    return CrmImport.merge(text, "export.csv", CrmSource.SALESFORCE, mapping, existing, settings);
  }

  static CrmMapping usDates() {
    return CrmMapping.salesforce().withDateFormat("MM/dd/yyyy");
  }

  @Test
  void salesforceChecksumMakesThe18CharacterId() {
    assertThat(SalesforceIds.checksum("006bm00000QrTbX")).isEqualTo("AAV");
    assertThat(SalesforceIds.to18("006Qa00000PmTkA")).hasValue("006Qa00000PmTkAIAV");
    assertThat(SalesforceIds.to18("006Qa00000PmTkAiav")).hasValue("006Qa00000PmTkAIAV");
    assertThat(SalesforceIds.to18("006Qa00000PmTkAAAA")).isEmpty(); // wrong checksum: not an 18-character form
    assertThat(SalesforceIds.to18("OPP-1374")).isEmpty();
  }

  @Test
  void fifteenAndEighteenCharacterIdsOfOneDealMergeEitherWay() {
    String first = sf(fixture("sf-ids-18.csv"), null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT).content();
    CrmImport.Result again = sf(fixture("sf-ids-15-report.csv"), first, usDates(), CrmImport.Settings.DEFAULT);
    List<Deal> deals = read(again.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("006Qa00000PmTkAIAV", "006Qa00000PmTkBIAV");
    assertThat(again.report().imported()).isEmpty();
    assertThat(again.report().updated()).extracting(ImportReport.Updated::oppId)
        .containsExactly("006Qa00000PmTkAIAV", "006Qa00000PmTkBIAV");
    assertThat(again.report().notes()).anySatisfy(n -> assertThat(n).contains(
        "2 Salesforce ids were exported in the 15-character form", "006Qa00000PmTkA -> 006Qa00000PmTkAIAV"));

    // the other order, and a deals.csv that already holds the 15-character form: kept, with the merge reported
    String short15 = sf(fixture("sf-ids-15-report.csv"), null, usDates(), CrmImport.Settings.DEFAULT).content()
        .replace("006Qa00000PmTkAIAV", "006Qa00000PmTkA");
    CrmImport.Result r = sf(fixture("sf-ids-18.csv"), short15, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT);
    assertThat(read(r.content())).extracting(Deal::oppId).containsExactly("006Qa00000PmTkA", "006Qa00000PmTkBIAV");
    assertThat(r.report().imported()).isEmpty();
    assertThat(r.report().notes()).anySatisfy(n -> assertThat(n).contains(
        "1 Salesforce deal is in deals.csv under the 15-character form of its id", "006Qa00000PmTkAIAV = 006Qa00000PmTkA (line 2)"));

    // both forms in one export are one deal twice
    String both = fixture("sf-ids-18.csv") + "006Qa00000PmTkA,Osprey Marine,Osprey again,Closed Won,71000,2026-10-05,1,1,Tom Reyes\n";
    assertThatThrownBy(() -> sf(both, null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT))
        .hasMessageContaining("export.csv:4: opp id 006Qa00000PmTkA appears again (first at line 2), as the same Salesforce id"
            + " 006Qa00000PmTkAIAV");
  }

  @Test
  void wellKnownReportColumnsMapAndUnknownOnesAreListed() {
    CrmImport.Result r = sf(fixture("sf-ids-15-report.csv"), null, usDates(), CrmImport.Settings.DEFAULT);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::competitor).containsExactly("Lumen", "Quarry");
    assertThat(r.report().notes()).contains("1 column was not imported: Region; to keep one, map it in a mapping file"
        + " (columns: {competitor: ...}) and pass --mapping");
  }

  @Test
  void rowsInAnotherCurrencyAreRefusedUnlessTheMappingGivesARate() {
    assertThatThrownBy(() -> sf(fixture("sf-multicurrency.csv"), null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT))
        .isInstanceOf(WinlossException.class)
        .hasMessage("export.csv: amounts in another currency than the program's USD (program.currency in operator-brief.md):"
            + " GBP on line 3; JPY on line 2; nothing was imported. Give the rate of each in a mapping file (rates: {GBP: ...,"
            + " JPY: ...}, in USD per unit) and pass it with --mapping, or leave these rows out of the export");
    CrmMapping m = CrmMapping.salesforce().overlay(CrmMapping.parse("rates:\n  JPY: 0.0067\n  GBP: 1.27\n", "m.yaml"));
    CrmImport.Result r = sf(fixture("sf-multicurrency.csv"), null, m, CrmImport.Settings.DEFAULT);
    assertThat(read(r.content())).extracting(d -> d.acv().toPlainString()).containsExactly("54940", "52070", "60500");
    assertThat(r.content()).startsWith("opp_id,account,outcome,").contains(",opp_name,original_amount,original_currency\n")
        .contains(",Sakura Logistics Platform,8200000,JPY\n", ",Thistle Bank Pipelines,41000,GBP\n", ",Cobalt Insurance Data,,\n");
    assertThat(r.report().notes()).contains("amounts converted to USD with the mapping's rates: GBP at 1.27 (line 3),"
        + " JPY at 0.0067 (line 2); the amount as exported is kept in original_amount and original_currency");
    assertThat(sf(fixture("sf-multicurrency.csv"), r.content(), m, CrmImport.Settings.DEFAULT).content()).isEqualTo(r.content());
    // a program kept in GBP takes the GBP row as it is
    CrmImport.Settings gbp = new CrmImport.Settings("GBP", java.time.ZoneOffset.UTC);
    assertThatThrownBy(() -> sf(fixture("sf-multicurrency.csv"), null, CrmMapping.salesforce(), gbp))
        .hasMessageContaining("program's GBP").hasMessageContaining("JPY on line 2; USD on line 4");
  }

  @Test
  void amountsWithSymbolsCodesAndSeparators() throws Exception {
    CrmMapping m = CrmMapping.salesforce().overlay(CrmMapping.parse("rates: {EUR: 1.1}\n", "m.yaml"));
    assertThatThrownBy(() -> sf(fixture("sf-amount-forms.csv"), null, m, CrmImport.Settings.DEFAULT))
        .hasMessageContaining("export.csv:4: Amount '58.000,00 EUR' is not an amount written as 1,234.56")
        .hasMessageContaining("state it in a mapping file (locale: de-DE)");
    String onlyEuro = fixture("sf-amount-forms.csv").replace("\"$62,400.00\"", "\"62.400,00 €\"").replace("\"USD 50,000.00\"", "\"EUR 50.000\"");
    CrmMapping de = m.overlay(CrmMapping.parse("locale: de-DE\n", "m.yaml"));
    CrmImport.Result r = sf(onlyEuro, null, de, CrmImport.Settings.DEFAULT);
    assertThat(read(r.content())).extracting(d -> d.acv().toPlainString()).containsExactly("68640", "55000", "63800");
    CrmImport.Result us = sf(fixture("sf-amount-forms.csv").replace("\"58.000,00 EUR\"", "\"58,000\""), null, m,
        CrmImport.Settings.DEFAULT);
    assertThat(read(us.content())).extracting(d -> d.acv().toPlainString()).containsExactly("62400.00", "50000.00", "58000");

    CrmAmounts.Style point = CrmAmounts.Style.POINT;
    assertThat(CrmAmounts.parse("$62,400.00", point)).isEqualTo(new CrmAmounts.Amount(new java.math.BigDecimal("62400.00"), "$"));
    assertThat(CrmAmounts.parse("USD 50,000.00", point).currency()).isEqualTo("USD");
    assertThat(CrmAmounts.parse("£41,000", point)).isEqualTo(new CrmAmounts.Amount(new java.math.BigDecimal("41000"), "GBP"));
    assertThat(CrmAmounts.parse("58.000,00 EUR", CrmAmounts.Style.of(java.util.Locale.GERMANY)).value()).isEqualByComparingTo("58000");
    assertThat(CrmAmounts.parse("58\u202F000,00 €", CrmAmounts.Style.of(java.util.Locale.FRANCE)).value()).isEqualByComparingTo("58000");
    assertThat(CrmAmounts.parse("58 000,00", CrmAmounts.Style.of(java.util.Locale.FRANCE)).value()).isEqualByComparingTo("58000");
    assertThat(CrmAmounts.parse("CHF 58'000.50", CrmAmounts.Style.of(java.util.Locale.forLanguageTag("de-CH"))).value())
        .isEqualByComparingTo("58000.50");
    for (String bad : List.of("41000,50", "1,25,000", "12k", "58.000,00", "1,2345", "$", "-500", "(500)", "XYZ 500")) {
      assertThatThrownBy(() -> CrmAmounts.parse(bad, point)).as(bad).isInstanceOf(CrmAmounts.BadAmount.class);
    }
  }

  @Test
  void ambiguousSlashDatesAreRefusedWithTheLine() {
    assertThatThrownBy(() -> sf(fixture("sf-uk-report.csv"), null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT))
        .isInstanceOf(WinlossException.class)
        .hasMessage("export.csv:2: Close Date '04/10/2026' could be month first (US) or day first, and no date in the column tells"
            + " which; nothing was imported. Say how the file writes dates: date_format: dd/MM/yyyy (or MM/dd/yyyy) in a mapping"
            + " file, or --date-format dd/MM/yyyy");
    CrmImport.Result r = sf(fixture("sf-uk-report.csv"), null, CrmMapping.salesforce().withDateFormat("dd/MM/yyyy"),
        CrmImport.Settings.DEFAULT);
    assertThat(read(r.content())).extracting(d -> d.closeDate().toString()).containsExactly("2026-10-04", "2026-11-08");
    CrmImport.Result m = sf(fixture("sf-uk-report.csv"), null,
        CrmMapping.salesforce().overlay(CrmMapping.parse("date_format: DD/MM/YYYY\n", "m.yaml")), CrmImport.Settings.DEFAULT);
    assertThat(m.content()).isEqualTo(r.content());
  }

  @Test
  void aDayOverTwelveDecidesTheColumnAndTheReportSaysSo() {
    CrmImport.Result r = sf(fixture("sf-uk-report-decided.csv"), null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT);
    assertThat(read(r.content())).extracting(d -> d.closeDate().toString()).containsExactly("2026-10-04", "2026-11-24");
    assertThat(r.report().notes()).contains("Close Date read as DD/MM/YYYY (day first): line 3 has '24/11/2026', which can only be"
        + " read that way (say otherwise with date_format: or --date-format)");
    String mixed = fixture("sf-uk-report-decided.csv").replace("\"04/10/2026\"", "\"10/14/2026\"");
    assertThatThrownBy(() -> sf(mixed, null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT))
        .hasMessageContaining("export.csv:3: Close Date '24/11/2026' can only be day first, but line 2 has '10/14/2026', which"
            + " can only be month first; nothing was imported");
  }

  @Test
  void zonedTimestampsAreTakenInTheProgramsTimeZone() {
    CrmImport.Settings ny = new CrmImport.Settings("USD", java.time.ZoneId.of("America/New_York"));
    CrmImport.Result r = sf(fixture("sf-zoned.csv"), null, CrmMapping.salesforce(), ny);
    assertThat(read(r.content())).extracting(d -> d.closeDate().toString()).containsExactly("2026-09-30", "2026-10-02");
    assertThat(r.report().notes()).contains("1 close date is on another day in the program's time zone (America/New_York,"
        + " program.time_zone) than as written: 006Qa00000Tz001IAB (line 2) 2026-10-01T01:12:40Z is 2026-09-30");
    CrmImport.Result utc = sf(fixture("sf-zoned.csv"), null, CrmMapping.salesforce(), CrmImport.Settings.DEFAULT);
    assertThat(read(utc.content())).extracting(d -> d.closeDate().toString()).containsExactly("2026-10-01", "2026-10-02");
    assertThat(utc.report().notes()).noneMatch(n -> n.contains("time zone"));
  }

  @Test
  void semicolonSeparatedExportsAreReadWithDecimalCommas() {
    CrmImport.Result r = CrmImport.merge(fixture("hubspot-semicolon.csv"), "hs.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null,
        CrmImport.Settings.DEFAULT);
    List<Deal> deals = read(r.content());
    assertThat(deals).extracting(Deal::oppId).containsExactly("7700112201", "7700112202", "7700112203");
    assertThat(deals).extracting(d -> d.acv().toPlainString()).containsExactly("58000", "41000.50", "1250000.00");
    assertThat(deals.get(0).account()).isEqualTo("Brücke Logistik");
    assertThat(r.report().notes()).contains("the file is ';'-separated (as European Excel saves CSV); it was read as such, with"
        + " amounts written as 1.234,56 (state the mapping's locale: if they are written otherwise)");
    String pointAmounts = fixture("hubspot-semicolon.csv").replace(";41000,50;", ";41000.50;");
    assertThatThrownBy(() -> CrmImport.merge(pointAmounts, "hs.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null,
        CrmImport.Settings.DEFAULT))
        .hasMessageContaining("hs.csv:3: Amount '41000.50' is not an amount written as 1.234,56")
        .hasMessageContaining("state it in a mapping file (locale: en-US)");
    CrmMapping us = CrmMapping.hubspot().overlay(CrmMapping.parse("locale: en-US\n", "m.yaml"));
    assertThat(read(CrmImport.merge(pointAmounts.replace(";1.250.000,00;", ";1,250,000.00;"), "hs.csv", CrmSource.HUBSPOT, us, null,
        CrmImport.Settings.DEFAULT).content())).extracting(d -> d.acv().toPlainString()).containsExactly("58000", "41000.50",
        "1250000.00");
    // a header that is one column holding ';' says so when the layout is wrong anyway
    assertThatThrownBy(() -> CrmImport.merge("Deal;Stage\n1;won\n", "x.csv", CrmSource.HUBSPOT, CrmMapping.hubspot(), null,
        CrmImport.Settings.DEFAULT)).hasMessageContaining("this is not a HubSpot export: missing Record ID");
  }

  @Test
  void mappingRatesAndLocaleAreChecked() {
    assertThatThrownBy(() -> CrmMapping.parse("rates:\n  EURO: 1.1\n", "m.yaml"))
        .hasMessageContaining("m.yaml:2: rates: 'EURO' is not an ISO 4217 currency code");
    assertThatThrownBy(() -> CrmMapping.parse("rates:\n  EUR: -1\n", "m.yaml"))
        .hasMessageContaining("m.yaml:2: rates: EUR should be a positive number");
    assertThatThrownBy(() -> CrmMapping.parse("locale: xx-QQ\n", "m.yaml"))
        .hasMessageContaining("m.yaml:1: locale 'xx-QQ' is not a locale this Java knows");
  }
}
