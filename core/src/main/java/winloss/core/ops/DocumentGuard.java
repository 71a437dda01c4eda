package winloss.core.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import winloss.core.diag.WinlossException;
import winloss.core.model.Voice;
import winloss.core.output.Templates;

/**
 * Keeps two promises about a rendered interview document: the brief's forbidden words never
 * appear in it, and neither does the account's name. Every corpus value that goes into the view
 * model is registered here with where it came from, so a refusal names the place to fix; the
 * account's name is replaced in those values before they are rendered.
 */
final class DocumentGuard {
  static final String ACCOUNT_STAND_IN = "the account";

  private record Origin(String where, String value) {}

  private final String account;
  private final Pattern accountPattern;
  private final List<Origin> origins = new ArrayList<>();

  DocumentGuard(String account) {
    this.account = account == null ? "" : account.trim();
    this.accountPattern = this.account.isEmpty() ? null
        : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(this.account) + "(?![\\p{L}\\p{N}])");
  }

  /** A corpus value about to be shown: registered with its origin, the account's name replaced. */
  String value(String where, String value) {
    String v = Wording.inline(value);
    if (accountPattern != null) {
      v = accountPattern.matcher(v).replaceAll(Matcher.quoteReplacement(ACCOUNT_STAND_IN));
    }
    origins.add(new Origin(where, v));
    return v;
  }

  /** Throws (exit 2) when {@code text} holds a forbidden word or the account's name. */
  void check(String document, String text, Voice voice, Path root, String template) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : voice.forbidden()) {
      String w = word.trim().toLowerCase(Locale.ROOT);
      if (w.isEmpty() || !lower.contains(w)) {
        continue;
      }
      Optional<Origin> from = origins.stream().filter(o -> o.value().toLowerCase(Locale.ROOT).contains(w)).findFirst();
      String where = from.map(o -> o.where() + " (\"" + o.value() + "\")").orElse("the template " + templateName(root, template));
      throw new WinlossException(document + " would contain '" + word.trim() + "', a forbidden word (voice: forbidden: in"
          + " operator-brief.md); it comes from " + where + ": reword it there; nothing was written");
    }
    // only text that came from the deal's data can name the account: the template's own words
    // ("no sales pitch") are not a name, even for an account called Pitch
    if (accountPattern != null) {
      for (Origin o : origins) {
        if (accountPattern.matcher(o.value()).find()) {
          throw new WinlossException(document + " would name the account (" + account + "), which an interview document"
              + " never does; it comes from " + o.where() + ": reword it there; nothing was written");
        }
      }
    }
  }

  static String templateName(Path root, String template) {
    Path override = Templates.OVERRIDE_DIR.resolve(template);
    return root != null && Files.isRegularFile(root.resolve(override))
        ? override.toString().replace('\\', '/')
        : "templates/" + template + " (built-in)";
  }
}
