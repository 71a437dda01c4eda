package winloss.core.check;

import winloss.core.diag.Diagnostics;
import winloss.core.model.Corpus;
import winloss.core.output.Templates;

/**
 * A file under the corpus's {@code templates/} that has no built-in counterpart (and is no other
 * template's partial) is never used: most often a misspelt override, which silently leaves the
 * built-in template in charge. A warning, not an error: the corpus itself is fine.
 */
final class TemplateRules {
  private TemplateRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    for (String name : Templates.unusedOverrides(corpus.root())) {
      out.warning(Templates.OVERRIDE_DIR.resolve(name), 0, "no built-in template has this name and no template includes it,"
          + " so winloss never uses it; check the spelling against 'winloss templates list', or delete it");
    }
  }
}
