package winloss.core.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import winloss.core.diag.Diagnostics;

/**
 * Everything read from one corpus folder. {@code problems} holds what the readers could not
 * accept; a command that needs a clean corpus refuses while it has errors.
 *
 * <p>A class rather than a record only so that it can index deals and write-ups by opp id once:
 * commands look them up per deal, and a scan each time made them quadratic in the corpus.
 */
public final class Corpus {
  private final Path root;
  private final Brief brief;
  private final Codebook codebook;
  private final Framework framework;
  private final List<Deal> deals;
  private final List<Interview> interviews;
  private final List<Action> actions;
  private final Diagnostics problems;
  private final Map<String, Deal> dealsById;
  private final Map<String, Interview> interviewsByOpp;

  public Corpus(Path root, Brief brief, Codebook codebook, Framework framework, List<Deal> deals,
      List<Interview> interviews, List<Action> actions, Diagnostics problems) {
    this.root = Objects.requireNonNull(root, "root");
    this.brief = Objects.requireNonNull(brief, "brief");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.framework = Objects.requireNonNull(framework, "framework");
    this.deals = List.copyOf(deals);
    this.interviews = List.copyOf(interviews);
    this.actions = List.copyOf(actions);
    this.problems = Objects.requireNonNull(problems, "problems");
    Map<String, Deal> byId = new LinkedHashMap<>();
    for (Deal d : this.deals) {
      byId.putIfAbsent(d.oppId(), d); // the first row wins where an id is duplicated (check reports it)
    }
    this.dealsById = Collections.unmodifiableMap(byId);
    Map<String, Interview> byOpp = new LinkedHashMap<>();
    for (Interview i : this.interviews) {
      byOpp.putIfAbsent(i.opp(), i);
    }
    this.interviewsByOpp = Collections.unmodifiableMap(byOpp);
  }

  public Path root() {
    return root;
  }

  public Brief brief() {
    return brief;
  }

  public Codebook codebook() {
    return codebook;
  }

  public Framework framework() {
    return framework;
  }

  public List<Deal> deals() {
    return deals;
  }

  public List<Interview> interviews() {
    return interviews;
  }

  public List<Action> actions() {
    return actions;
  }

  public Diagnostics problems() {
    return problems;
  }

  /** Deals by opp id, in deals.csv order; the first row wins where an id is duplicated. */
  public Map<String, Deal> dealsById() {
    return dealsById;
  }

  public Optional<Deal> deal(String oppId) {
    return Optional.ofNullable(dealsById.get(oppId));
  }

  /** The write-up for a deal (the first, should two files claim the same opp). */
  public Optional<Interview> interview(String oppId) {
    return Optional.ofNullable(interviewsByOpp.get(oppId));
  }

  public FiscalCalendar fiscal() {
    return brief.fiscal();
  }
}
