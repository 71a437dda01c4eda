package winloss.core.crm;

import java.util.Locale;
import java.util.Optional;

/** Which kind of CRM export {@code winloss import crm} reads. */
public enum CrmSource {
  SALESFORCE,
  HUBSPOT,
  GENERIC;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return switch (this) {
      case SALESFORCE -> "Salesforce";
      case HUBSPOT -> "HubSpot";
      case GENERIC -> "generic (mapping file)";
    };
  }

  public static Optional<CrmSource> parse(String s) {
    for (CrmSource v : values()) {
      if (v.code().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
