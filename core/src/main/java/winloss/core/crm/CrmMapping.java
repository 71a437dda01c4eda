package winloss.core.crm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import winloss.core.corpus.DealsReader;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * How one CRM export's columns and stage values become deals.csv columns and outcomes.
 *
 * @param columns deals.csv column (or {@code stage}, {@code is_won}, {@code is_closed}) to the
 *     export headers that may hold it, first present wins (matched ignoring case)
 * @param stages stage value, lower-cased, to its meaning
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern, or null for the built-in forms (ISO date,
 *     ISO date-time with or without offset, MM/DD/YY, MM/DD/YYYY)
 * @param defaults constant values for deals.csv columns the export lacks
 * @param useFlags decide won/lost/open from IsWon and IsClosed when the export has both (Salesforce)
 * @param rates ISO currency code to units of the program's currency per unit ({@code EUR: 1.08}):
 *     rows in those currencies are converted (spec v1.1, "Program start and currency")
 * @param locale how the export writes numbers ({@code de-DE}: {@code 58.000,00}), or null for the
 *     file's convention (see {@link CrmAmounts})
 */
public record CrmMapping(
    Map<String, List<String>> columns,
    Map<String, StageMeaning> stages,
    String dateFormat,
    Map<String, String> defaults,
    boolean useFlags,
    Map<String, BigDecimal> rates,
    Locale locale) {

  /** The extra fields a mapping may name besides deals.csv's columns. */
  public static final String STAGE = "stage";
  public static final String IS_WON = "is_won";
  public static final String IS_CLOSED = "is_closed";
  /** The opportunity's own name, kept in deals.csv as an extra {@code opp_name} column. */
  public static final String OPP_NAME = "opp_name";
  /** The row's currency (an ISO 4217 code), when the export has a currency column. */
  public static final String CURRENCY = "currency";

  /** The keys a mapping file may have. */
  static final List<String> KEYS = List.of("columns", "stages", "date_format", "defaults", "rates", "locale");

  /**
   * Report column names every layout knows, tried after the layout's own candidates: a column
   * named so is imported without a mapping.
   */
  static final Map<String, List<String>> WELL_KNOWN = Map.of(
      "competitor", List.of("Primary Competitor", "Competitor", "Main Competitor"),
      "crm_loss_reason", List.of("Loss Reason", "Closed Lost Reason", "Lost Reason", "Reason Lost"),
      "ae", List.of("Owner Name", "Opportunity Owner", "Deal Owner", "Deal owner"),
      "account", List.of("Account Name", "Company Name", "Company"),
      OPP_NAME, List.of("Opportunity Name", "Deal Name"),
      CURRENCY, List.of("CurrencyIsoCode", "Currency", "Opportunity Currency", "Amount Currency", "Deal Currency",
          "deal_currency_code", "Currency Code"));

  public CrmMapping {
    Map<String, List<String>> c = new LinkedHashMap<>();
    columns.forEach((k, v) -> c.put(k, List.copyOf(v)));
    columns = java.util.Collections.unmodifiableMap(c);
    stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    defaults = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rates));
  }

  /** Every field a mapping's {@code columns:} may name. */
  public static List<String> fields() {
    List<String> f = new ArrayList<>(DealsReader.COLUMNS);
    f.remove("outcome");
    f.add(STAGE);
    f.add(IS_WON);
    f.add(IS_CLOSED);
    f.add(OPP_NAME);
    f.add(CURRENCY);
    return f;
  }

  /** The export headers that may hold {@code field}: the layout's (or mapping's), then the {@link #WELL_KNOWN} names. */
  public List<String> candidates(String field) {
    List<String> own = columns.getOrDefault(field, List.of());
    List<String> known = WELL_KNOWN.getOrDefault(field, List.of());
    if (known.isEmpty()) {
      return own;
    }
    List<String> all = new ArrayList<>(own);
    for (String k : known) {
      if (all.stream().noneMatch(k::equalsIgnoreCase)) {
        all.add(k);
      }
    }
    return all;
  }

  /** Every field with candidates: the mapping's and the well-known ones. */
  public List<String> mappedFields() {
    List<String> f = new ArrayList<>(columns.keySet());
    for (String k : List.of("competitor", "crm_loss_reason", "ae", "account", OPP_NAME, CURRENCY)) {
      if (!f.contains(k)) {
        f.add(k);
      }
    }
    return f;
  }

  public Optional<StageMeaning> stage(String value) {
    return Optional.ofNullable(stages.get(normalizeStage(value)));
  }

  static String normalizeStage(String value) {
    return value == null ? "" : value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Salesforce Opportunity exports: Data Loader (API names) and report exports (labels). */
  public static CrmMapping salesforce() {
    Map<String, List<String>> c = new LinkedHashMap<>();
    c.put("opp_id", List.of("Id", "Opportunity ID", "Opportunity Id"));
    c.put(OPP_NAME, List.of("Name", "Opportunity Name"));
    c.put("account", List.of("Account.Name", "Account Name", "AccountName", "AccountId", "Account ID"));
    c.put(CURRENCY, List.of("CurrencyIsoCode", "Opportunity Currency", "Currency"));
    c.put(STAGE, List.of("StageName", "Stage"));
    c.put(IS_WON, List.of("IsWon", "Won"));
    c.put(IS_CLOSED, List.of("IsClosed", "Closed"));
    c.put("acv", List.of("Amount"));
    c.put("close_date", List.of("CloseDate", "Close Date"));
    c.put("ae", List.of("Owner.Name", "Opportunity Owner", "Owner Name", "OwnerName", "Owner", "OwnerId", "Owner ID"));
    c.put("industry", List.of("Account.Industry", "Industry"));
    c.put("crm_loss_reason", List.of("Loss_Reason__c", "Loss Reason", "Reason_Lost__c", "Closed Lost Reason"));
    c.put("competitor", List.of("Competitor__c", "Competitor", "Primary_Competitor__c", "Primary Competitor"));
    Map<String, StageMeaning> s = new LinkedHashMap<>();
    put(s, StageMeaning.WON, "Closed Won", "Won");
    put(s, StageMeaning.LOST, "Closed Lost", "Lost");
    put(s, StageMeaning.NO_DECISION, "Closed - No Decision", "Closed No Decision", "No Decision");
    put(s, StageMeaning.OPEN, "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
        "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Proposal/Quote", "Negotiation/Review",
        "Negotiation", "Discovery", "Proposal");
    return new CrmMapping(c, s, null, Map.of(), true, Map.of(), null);
  }

  /** HubSpot deal exports (default pipeline's internal ids and labels). */
  public static CrmMapping hubspot() {
    Map<String, List<String>> c = new LinkedHashMap<>();
    c.put("opp_id", List.of("Record ID", "Deal ID", "hs_object_id"));
    c.put(OPP_NAME, List.of("Deal Name", "dealname"));
    c.put("account", List.of("Associated Company", "Company name", "Company", "Associated Company (Primary)", "Account Name",
        "Deal Name", "dealname"));
    c.put(CURRENCY, List.of("Currency", "deal_currency_code", "Deal Currency"));
    c.put(STAGE, List.of("Deal Stage", "dealstage"));
    c.put("acv", List.of("Amount", "amount", "Annual contract value"));
    c.put("close_date", List.of("Close Date", "closedate"));
    c.put("ae", List.of("Deal owner", "Deal Owner", "hubspot_owner_id"));
    c.put("crm_loss_reason", List.of("Closed Lost Reason", "closed_lost_reason"));
    c.put("ae_reason", List.of("Closed Won Reason", "closed_won_reason"));
    c.put("competitor", List.of("Competitor", "Primary Competitor"));
    Map<String, StageMeaning> s = new LinkedHashMap<>();
    put(s, StageMeaning.WON, "closedwon", "Closed Won");
    put(s, StageMeaning.LOST, "closedlost", "Closed Lost");
    put(s, StageMeaning.OPEN, "appointmentscheduled", "Appointment Scheduled", "qualifiedtobuy", "Qualified To Buy",
        "presentationscheduled", "Presentation Scheduled", "decisionmakerboughtin", "Decision Maker Bought-In",
        "contractsent", "Contract Sent");
    return new CrmMapping(c, s, null, Map.of(), false, Map.of(), null);
  }

  /** An empty base for {@code --from generic}: the mapping file says everything. */
  public static CrmMapping empty() {
    return new CrmMapping(Map.of(), Map.of(), null, Map.of(), false, Map.of(), null);
  }

  public static CrmMapping builtIn(CrmSource source) {
    return switch (source) {
      case SALESFORCE -> salesforce();
      case HUBSPOT -> hubspot();
      case GENERIC -> empty();
    };
  }

  private static void put(Map<String, StageMeaning> m, StageMeaning meaning, String... values) {
    for (String v : values) {
      m.put(normalizeStage(v), meaning);
    }
  }

  /** This mapping with a mapping file's columns, stages, date format and defaults laid over it. */
  public CrmMapping overlay(CrmMapping file) {
    Map<String, List<String>> c = new LinkedHashMap<>(columns);
    c.putAll(file.columns);
    Map<String, StageMeaning> s = new LinkedHashMap<>(stages);
    s.putAll(file.stages);
    Map<String, String> d = new LinkedHashMap<>(defaults);
    d.putAll(file.defaults);
    Map<String, BigDecimal> r = new LinkedHashMap<>(rates);
    r.putAll(file.rates);
    return new CrmMapping(c, s, file.dateFormat != null ? file.dateFormat : dateFormat, d, useFlags, r,
        file.locale != null ? file.locale : locale);
  }

  /** This mapping with another date format (from {@code --date-format}), or unchanged when it is null. */
  public CrmMapping withDateFormat(String pattern) {
    return pattern == null ? this : new CrmMapping(columns, stages, pattern, defaults, useFlags, rates, locale);
  }

  /**
   * Reads a mapping file:
   *
   * <pre>
   * columns:            # deals.csv column: the export's header
   *   opp_id: opportunity_id
   *   stage: deal_stage
   *   ...
   * stages:
   *   won: [Won]
   *   lost: [Lost]
   *   no-decision: [Stalled]
   *   open: [Engaging, Prospecting]
   * date_format: dd/MM/yyyy
   * defaults:
   *   segment: mid-market
   * rates:              # units of program.currency per unit of each other currency
   *   EUR: 1.08
   * locale: de-DE       # how amounts are written (58.000,00)
   * </pre>
   */
  public static CrmMapping parse(String text, String where) {
    YNode doc;
    try {
      doc = YamlReader.parse(text, 1);
    } catch (InputProblem p) {
      throw new WinlossException(where + ":" + p.line() + ": " + p.getMessage(), p);
    }
    if (!doc.isMap()) {
      throw new WinlossException(where + ":" + doc.line() + ": a mapping file is a YAML mapping with columns:, stages:, date_format: and defaults:");
    }
    for (String key : doc.entries().keySet()) {
      if (!KEYS.contains(key)) {
        throw new WinlossException(where + ":" + doc.keyLine(key) + ": unknown key '" + key
            + "'; a mapping file has columns:, stages:, date_format:, defaults:, rates: and locale:");
      }
    }
    Map<String, List<String>> columns = new LinkedHashMap<>();
    YNode cols = doc.get("columns");
    if (cols != null && !cols.isNull()) {
      requireMap(cols, where, "columns");
      for (Map.Entry<String, YNode> e : cols.entries().entrySet()) {
        if (!fields().contains(e.getKey())) {
          throw new WinlossException(where + ":" + cols.keyLine(e.getKey()) + ": columns: '" + e.getKey()
              + "' is not a field winloss imports; use one of " + String.join(", ", fields()));
        }
        columns.put(e.getKey(), strings(e.getValue(), where, "columns." + e.getKey()));
      }
    }
    Map<String, StageMeaning> stages = new LinkedHashMap<>();
    YNode st = doc.get("stages");
    if (st != null && !st.isNull()) {
      requireMap(st, where, "stages");
      for (Map.Entry<String, YNode> e : st.entries().entrySet()) {
        StageMeaning meaning = StageMeaning.parseKey(e.getKey()).orElseThrow(() -> new WinlossException(where + ":"
            + st.keyLine(e.getKey()) + ": stages: '" + e.getKey() + "' should be won, lost, no-decision or open"));
        for (String v : strings(e.getValue(), where, "stages." + e.getKey())) {
          StageMeaning before = stages.put(normalizeStage(v), meaning);
          if (before != null && before != meaning) {
            throw new WinlossException(where + ":" + st.keyLine(e.getKey()) + ": stage '" + v + "' is listed under both "
                + before.key() + " and " + meaning.key());
          }
        }
      }
    }
    String dateFormat = doc.str("date_format");
    if (dateFormat != null) {
      String problem = checkDateFormat(dateFormat);
      if (problem != null) {
        throw new WinlossException(where + ":" + doc.keyLine("date_format") + ": " + problem);
      }
    }
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    YNode rt = doc.get("rates");
    if (rt != null && !rt.isNull()) {
      requireMap(rt, where, "rates");
      for (String key : rt.entries().keySet()) {
        String iso = CrmAmounts.isoCode(key);
        String v = rt.str(key);
        BigDecimal rate = null;
        try {
          rate = v == null ? null : new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
          rate = null;
        }
        if (iso == null || !iso.equals(key.strip())) {
          throw new WinlossException(where + ":" + rt.keyLine(key) + ": rates: '" + key
              + "' is not an ISO 4217 currency code (write it like EUR, GBP, JPY)");
        }
        if (rate == null || rate.signum() <= 0) {
          throw new WinlossException(where + ":" + rt.keyLine(key) + ": rates: " + key + " should be a positive number:"
              + " units of the program's currency per " + key + " (EUR: 1.08)");
        }
        rates.put(iso, rate);
      }
    }
    Locale locale = null;
    String localeTag = doc.str("locale");
    if (localeTag != null) {
      locale = Locale.forLanguageTag(localeTag.strip().replace('_', '-'));
      if (locale.getLanguage().isEmpty() || !java.util.Arrays.asList(Locale.getAvailableLocales()).contains(locale)) {
        throw new WinlossException(where + ":" + doc.keyLine("locale") + ": locale '" + localeTag
            + "' is not a locale this Java knows; write a language tag such as de-DE, fr-FR or en-GB");
      }
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    YNode def = doc.get("defaults");
    if (def != null && !def.isNull()) {
      requireMap(def, where, "defaults");
      for (String key : def.entries().keySet()) {
        if (!DealsReader.COLUMNS.contains(key) || List.of("opp_id", "outcome", "close_date").contains(key)) {
          throw new WinlossException(where + ":" + def.keyLine(key) + ": defaults: '" + key
              + "' cannot have a default; give a deals.csv column such as ae, segment or industry");
        }
        String v = def.str(key);
        defaults.put(key, v == null ? "" : v);
      }
    }
    return new CrmMapping(columns, stages, dateFormat, defaults, false, rates, locale);
  }

  /** Null when {@code pattern} is a usable date pattern, else what is wrong with it. */
  public static String checkDateFormat(String pattern) {
    try {
      CrmDates.formatter(pattern);
      return null;
    } catch (IllegalArgumentException e) {
      return "date_format '" + pattern + "' is not a date pattern: " + e.getMessage()
          + " (write it like dd/MM/yyyy, MM/dd/yyyy or dd.MM.yyyy)";
    }
  }

  private static void requireMap(YNode n, String where, String key) {
    if (!n.isMap()) {
      throw new WinlossException(where + ":" + n.line() + ": " + key + ": should be a mapping, not " + n.describeKind());
    }
  }

  private static List<String> strings(YNode n, String where, String key) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isScalar()) {
      out.add(n.text().trim());
      return out;
    }
    if (n.isSeq()) {
      for (YNode item : n.items()) {
        if (!item.isScalar() || item.text() == null) {
          throw new WinlossException(where + ":" + item.line() + ": " + key + ": each entry is a single value");
        }
        out.add(item.text().trim());
      }
      return out;
    }
    throw new WinlossException(where + ":" + n.line() + ": " + key + ": give a value or a list of values");
  }
}
