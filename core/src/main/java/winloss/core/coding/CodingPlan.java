package winloss.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import winloss.core.model.Codebook;
import winloss.core.model.Codes;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Question;

/**
 * What {@code --apply} does with verified suggestions: which front-matter lists gain which codes,
 * and which sentences get tagged. Factors go to {@code codes.decisive} (most supported first, up
 * to three in all) or, when said in answer to an "almost" question, to {@code codes.almost};
 * objections (a factor that is also an objection counts as one under a "concern" or "objection"
 * question) to {@code codes.objections}; personas to {@code codes.committee}; flags to {@code
 * codes.flags}; a loss reason to {@code codes.loss_reason} only when it is empty and one reason was
 * found. Every accepted suggestion's sentence is tagged with its code.
 *
 * @param additions front-matter list (under {@code codes:}) to the codes to append, in order
 * @param lossReason the loss reason to set, or null
 * @param notes what was left for the reviewer, one line each
 * @param tags the sentences to tag: question number and quote to codes
 */
public record CodingPlan(Map<String, List<String>> additions, String lossReason, List<String> notes,
    Map<Tag, List<String>> tags) {

  public record Tag(int question, String quote) {}

  public static final List<String> LISTS = List.of("decisive", "almost", "objections", "committee", "flags");

  public boolean isEmpty() {
    return additions.values().stream().allMatch(List::isEmpty) && lossReason == null && tags.isEmpty();
  }

  public static CodingPlan of(Interview iv, Codebook book, List<Question> questions, List<Suggestion> accepted) {
    Codes have = iv.codes();
    Map<String, Set<String>> add = new LinkedHashMap<>();
    for (String l : LISTS) {
      add.put(l, new LinkedHashSet<>());
    }
    Map<String, Integer> decisiveSupport = new LinkedHashMap<>();
    Map<String, Integer> reasons = new LinkedHashMap<>();
    Map<Tag, List<String>> tags = new LinkedHashMap<>();
    for (Suggestion s : accepted) {
      String q = questions.stream().filter(x -> x.number() == s.question()).map(Question::text).findFirst().orElse("")
          .toLowerCase(Locale.ROOT);
      String c = s.code();
      boolean factor = book.factors().containsKey(c);
      boolean objection = book.objections().containsKey(c);
      boolean concernQuestion = q.contains("concern") || q.contains("objection");
      if (objection && (!factor || concernQuestion)) {
        add.get("objections").add(c);
      } else if (factor && q.contains("almost")) {
        add.get("almost").add(c);
      } else if (factor) {
        decisiveSupport.merge(c, 1, Integer::sum);
      }
      if (book.lossReasons().containsKey(c) && iv.outcome() == Outcome.LOST) {
        reasons.merge(c, 1, Integer::sum);
      }
      if (book.personas().containsKey(c)) {
        add.get("committee").add(c);
      }
      if (book.flags().containsKey(c)) {
        add.get("flags").add(c);
      }
      List<String> codes = tags.computeIfAbsent(new Tag(s.question(), s.quote()), k -> new ArrayList<>());
      if (!codes.contains(c)) {
        codes.add(c);
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> ranked = new ArrayList<>(decisiveSupport.keySet());
    List<String> order = new ArrayList<>(book.factors().keySet());
    ranked.sort((a, b) -> decisiveSupport.get(a).equals(decisiveSupport.get(b))
        ? Integer.compare(order.indexOf(a), order.indexOf(b)) : Integer.compare(decisiveSupport.get(b), decisiveSupport.get(a)));
    int room = 3 - have.decisive().size();
    List<String> skipped = new ArrayList<>();
    for (String c : ranked) {
      if (have.decisive().contains(c)) {
        continue;
      }
      if (room > 0) {
        add.get("decisive").add(c);
        room--;
      } else {
        skipped.add(c);
      }
    }
    if (!skipped.isEmpty()) {
      notes.add("codes.decisive holds at most 3 codes: not added " + String.join(", ", skipped)
          + " (their quotes are tagged; swap them in by hand if they were more decisive)");
    }
    Map<String, List<String>> additions = new LinkedHashMap<>();
    List<String> have2;
    for (String l : LISTS) {
      have2 = switch (l) {
        case "decisive" -> have.decisive();
        case "almost" -> have.almost();
        case "objections" -> have.objections();
        case "committee" -> have.committee();
        default -> have.flags();
      };
      List<String> fresh = new ArrayList<>();
      for (String c : add.get(l)) {
        if (!have2.contains(c)) {
          fresh.add(c);
        }
      }
      additions.put(l, List.copyOf(fresh));
    }
    String lossReason = null;
    if (!reasons.isEmpty()) {
      if (!have.lossReason().isEmpty()) {
        if (!reasons.containsKey(have.lossReason())) {
          notes.add("codes.loss_reason is " + have.lossReason() + "; the answers also suggest " + String.join(", ", reasons.keySet()));
        }
      } else if (reasons.size() == 1) {
        lossReason = reasons.keySet().iterator().next();
      } else {
        notes.add("codes.loss_reason left empty: the answers suggest " + String.join(", ", reasons.keySet()) + "; pick exactly one");
      }
    }
    if (!iv.codes().flags().isEmpty() || !additions.get("flags").isEmpty()) {
      if (!additions.get("flags").isEmpty()) {
        notes.add("flags " + String.join(", ", additions.get("flags")) + " are contract-blocking issues: confirm, then escalate within 24 hours");
      }
    }
    return new CodingPlan(additions, lossReason, notes, tags);
  }
}
