package winloss.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import winloss.core.corpus.ActionsReader;
import winloss.core.corpus.DealsReader;
import winloss.core.corpus.ThemeNamesReader;
import winloss.core.diag.Diagnostics;
import winloss.core.evidence.Slices;
import winloss.core.model.Action;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Outcome;
import winloss.core.model.Quarter;

/**
 * Warnings about what reaches the reports (corpus-format v1.1): one segment or competitor written
 * two ways (reports count them as one slice, {@link Slices}); lost deals whose CRM loss reason maps
 * to no loss reason, and quarters where blank or "other" CRM reasons exceed 10% of the lost deals;
 * the brief's {@code voice.forbidden} words in human text that reaches a document ({@link
 * VoiceRules}); and problems in theme-names.yaml.
 */
final class DealSliceRules {
  static final double MAX_BLANK_OR_OTHER = 0.10;

  private DealSliceRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    spellings(corpus, "segment", Deal::segment, out);
    spellings(corpus, "competitor", d -> d.hasCompetitor() ? d.competitor() : null, out);
    crmReasons(corpus, out);
    VoiceRules.check(corpus, out);
    ThemeNamesReader.read(corpus.root(), out);
  }

  private static void spellings(Corpus corpus, String column, Function<Deal, String> key, Diagnostics out) {
    Slices s = Slices.of(corpus.deals(), key);
    s.spellings().forEach((normal, forms) -> {
      String shown = s.get(normal).key();
      List<String> listed = forms.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey())).map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")").toList();
      int line = corpus.deals().stream().filter(d -> {
        String k = key.apply(d);
        return k != null && Slices.normalize(k).equals(normal) && !k.strip().replaceAll("\\s+", " ").equals(shown);
      }).mapToInt(Deal::line).min().orElse(0);
      out.warning(DealsReader.FILE, line, column + " written " + forms.size() + " ways: " + String.join(", ", listed)
          + "; reports count them as one, shown as '" + shown + "'; write it one way");
    });
  }

  private static void crmReasons(Corpus corpus, Diagnostics out) {
    Map<Quarter, List<Deal>> lostBy = new TreeMap<>();
    for (Deal d : corpus.deals()) {
      if (d.outcome() != Outcome.LOST) {
        continue;
      }
      lostBy.computeIfAbsent(corpus.fiscal().quarterOf(d.closeDate()), k -> new ArrayList<>()).add(d);
      String crm = d.crmLossReason().strip();
      if (!crm.isEmpty() && corpus.codebook().crmLossReason(crm).isEmpty() && !corpus.codebook().lossReasons().isEmpty()) {
        out.warning(DealsReader.FILE, d.line(), d.oppId() + ": crm_loss_reason '" + crm + "' maps to no loss reason; add it to"
            + " crm_loss_reasons in schema.yaml (e.g. " + crm + ": fit) so the readout can set it against the buyer");
      }
    }
    lostBy.forEach((q, lost) -> {
      List<Deal> vague = lost.stream().filter(d -> d.crmLossReason().isBlank()
          || corpus.codebook().crmLossReason(d.crmLossReason()).map("other"::equals).orElse(false)).toList();
      if (!lost.isEmpty() && vague.size() > MAX_BLANK_OR_OTHER * lost.size()) {
        out.warning(DealsReader.FILE, vague.stream().mapToInt(Deal::line).min().orElse(0), q + ": " + vague.size() + " of " + lost.size()
            + " lost deals have a blank or 'other' crm_loss_reason (over 10%): "
            + String.join(", ", vague.stream().map(Deal::oppId).sorted(Comparator.naturalOrder()).toList()));
      }
    });
  }
}
