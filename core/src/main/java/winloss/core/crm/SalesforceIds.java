package winloss.core.crm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Salesforce record ids in their two forms: the 15-character case-sensitive id (report exports)
 * and the 18-character case-insensitive id (API, Data Loader), which is the 15 followed by a
 * 3-character checksum. The checksum is Salesforce's published algorithm: the 15 characters are
 * split in three blocks of five; in each block, bit {@code i} is set when character {@code i} is
 * an upper-case letter A-Z, and the 5-bit number picks a character of {@code A-Z0-5}.
 */
public final class SalesforceIds {
  private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final Pattern ID15 = Pattern.compile("[A-Za-z0-9]{15}");
  private static final Pattern ID18 = Pattern.compile("[A-Za-z0-9]{15}[A-Z0-5]{3}");

  private SalesforceIds() {}

  /** The 3-character checksum of a 15-character id. */
  public static String checksum(String id15) {
    StringBuilder sb = new StringBuilder(3);
    for (int block = 0; block < 3; block++) {
      int bits = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(block * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          bits |= 1 << i;
        }
      }
      sb.append(SUFFIX_CHARS.charAt(bits));
    }
    return sb.toString();
  }

  /**
   * The 18-character form of a Salesforce id: a 15-character id gets its checksum, an
   * 18-character id whose suffix is its checksum is returned as is (its suffix upper-cased).
   * Empty when {@code id} is neither (it is not a Salesforce id).
   */
  public static Optional<String> to18(String id) {
    if (id == null) {
      return Optional.empty();
    }
    if (ID15.matcher(id).matches()) {
      return Optional.of(id + checksum(id));
    }
    if (id.length() == 18 && ID18.matcher(id.substring(0, 15) + id.substring(15).toUpperCase(java.util.Locale.ROOT)).matches()) {
      String head = id.substring(0, 15);
      String suffix = id.substring(15).toUpperCase(java.util.Locale.ROOT);
      if (suffix.equals(checksum(head))) {
        return Optional.of(head + suffix);
      }
    }
    return Optional.empty();
  }

  /** True for a 15-character id (the form Salesforce reports export). */
  public static boolean isShort(String id) {
    return id != null && ID15.matcher(id).matches();
  }
}
