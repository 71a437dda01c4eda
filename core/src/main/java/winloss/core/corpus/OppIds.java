package winloss.core.corpus;

import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;

/** Opp ids double as file names, so they are held to a safe alphabet before any path is built. */
public final class OppIds {
  public static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private OppIds() {}

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
  }

  /** Throws a usage error unless {@code id} is a valid opp id. */
  public static String require(String id) {
    if (!isValid(id)) {
      throw new WinlossException(
          "'" + id + "' is not an opp id: use 1 to 64 letters, digits, '.', '_' or '-' (as in deals.csv)");
    }
    return id;
  }
}
