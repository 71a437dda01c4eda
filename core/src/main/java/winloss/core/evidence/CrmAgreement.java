package winloss.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import winloss.core.model.Codebook;

/**
 * The CRM against the buyer (corpus-format v1.1, "CRM loss reasons and the codebook"): over lost
 * deals, a CRM loss reason is compared with the buyer's {@code loss_reason} only when it maps to a
 * loss-reason code ({@code crm_loss_reasons}, or a code or label that matches) and the buyer gave
 * one; values that map to nothing are listed, not compared. The one count of agreement: the
 * readout and {@code hygiene} both ask it.
 *
 * @param compared losses with a mapped CRM reason and a buyer's reason
 * @param disagree their opp ids where the two differ, in the order given
 * @param unmapped each non-blank CRM value that maps to no loss reason, with its opp ids
 */
public record CrmAgreement(int compared, List<String> disagree, Map<String, List<String>> unmapped) {
  public CrmAgreement {
    disagree = List.copyOf(disagree);
    unmapped = java.util.Collections.unmodifiableMap(new TreeMap<>(unmapped));
  }

  /**
   * One lost deal.
   *
   * @param crm the deal's {@code crm_loss_reason} as exported ("" when blank)
   * @param buyer the completed interview's {@code loss_reason} code ("" when none or no interview)
   */
  public record Loss(String opp, String crm, String buyer) {}

  /** The CRM value's loss-reason code, if it maps ({@link Codebook#crmLossReason}). */
  public static Optional<String> mapped(Codebook book, String crm) {
    return book.crmLossReason(crm == null ? "" : crm.strip());
  }

  /** Counts agreement over {@code losses}. */
  public static CrmAgreement of(Codebook book, List<Loss> losses) {
    int compared = 0;
    List<String> disagree = new ArrayList<>();
    Map<String, List<String>> unmapped = new TreeMap<>();
    for (Loss l : losses) {
      String crm = l.crm() == null ? "" : l.crm().strip();
      Optional<String> code = mapped(book, crm);
      if (!crm.isEmpty() && code.isEmpty()) {
        unmapped.computeIfAbsent(crm, k -> new ArrayList<>()).add(l.opp());
      }
      if (code.isPresent() && l.buyer() != null && !l.buyer().isBlank()) {
        compared++;
        if (!code.get().equals(l.buyer())) {
          disagree.add(l.opp());
        }
      }
    }
    return new CrmAgreement(compared, disagree, unmapped);
  }
}
