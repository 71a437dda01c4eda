package winloss.core.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import winloss.core.diag.Diagnostics;

/**
 * Everything read from one corpus folder. {@code problems} holds what the readers could not
 * accept; a command that needs a clean corpus refuses while it has errors.
 */
public record Corpus(
    Path root,
    Brief brief,
    Codebook codebook,
    Framework framework,
    List<Deal> deals,
    List<Interview> interviews,
    List<Action> actions,
    Diagnostics problems) {

  public Corpus {
    deals = List.copyOf(deals);
    interviews = List.copyOf(interviews);
    actions = List.copyOf(actions);
  }

  /** Deals by opp id; the first row wins where an id is duplicated (check reports it). */
  public Map<String, Deal> dealsById() {
    Map<String, Deal> m = new LinkedHashMap<>();
    for (Deal d : deals) {
      m.putIfAbsent(d.oppId(), d);
    }
    return Collections.unmodifiableMap(m);
  }

  public Optional<Deal> deal(String oppId) {
    return deals.stream().filter(d -> d.oppId().equals(oppId)).findFirst();
  }

  public Optional<Interview> interview(String oppId) {
    return interviews.stream().filter(i -> i.opp().equals(oppId)).findFirst();
  }

  public FiscalCalendar fiscal() {
    return brief.fiscal();
  }
}
