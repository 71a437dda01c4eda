package winloss.core.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.InterviewStatus;
import winloss.core.model.Interviewer;
import winloss.core.model.Outcome;
import winloss.core.model.Quote;
import winloss.core.text.Suggestions;

/** Rules for each write-up against deals.csv, the roster and the codebook. */
final class InterviewRules {
  private static final Set<String> PRICE_FACTORS = Set.of("no", "partly", "decisive");

  private InterviewRules() {}

  static void check(Corpus corpus, Diagnostics out) {
    Map<String, Deal> deals = corpus.dealsById();
    for (Interview iv : corpus.interviews()) {
      new One(corpus, iv, deals, out).run();
    }
  }

  /** The checks for one interview, sharing its file and deal. */
  private static final class One {
    private final Corpus corpus;
    private final Interview iv;
    private final Map<String, Deal> deals;
    private final Diagnostics out;
    private final Path file;
    private final Codebook book;

    One(Corpus corpus, Interview iv, Map<String, Deal> deals, Diagnostics out) {
      this.corpus = corpus;
      this.iv = iv;
      this.deals = deals;
      this.out = out;
      this.file = iv.file();
      this.book = corpus.codebook();
    }

    void run() {
      Deal deal = identity();
      interviewer(deal);
      dates(deal);
      if (iv.isCompleted() && iv.outcome() != null) {
        coded();
      }
      codesKnown();
      quotes();
    }

    private void error(String key, String message) {
      out.error(file, iv.lineOf(key), message);
    }

    private void warning(String key, String message) {
      out.warning(file, iv.lineOf(key), message);
    }

    /** The file name, the opp id and the outcome agree with deals.csv; returns the deal. */
    private Deal identity() {
      String name = file.getFileName().toString();
      String stem = name.substring(0, name.length() - 3);
      if (iv.opp().isEmpty()) {
        return null;
      }
      if (!winloss.core.corpus.OppIds.isValid(iv.opp())) {
        error("opp", "opp '" + iv.opp() + "' is not a valid opp id (1 to 64 letters, digits, '.', '_' or '-')");
        return null;
      }
      if (!iv.opp().equals(stem)) {
        error("opp", "file name " + name + " does not match opp " + iv.opp() + "; rename the file to " + iv.opp() + ".md");
      }
      Deal deal = deals.get(iv.opp());
      if (deal == null) {
        if (!corpus.deals().isEmpty()) {
          error("opp", "opp " + iv.opp() + " is not in deals.csv" + Suggestions.didYouMean(iv.opp(), deals.keySet())
              + "; import the deal or fix the id");
        }
        return null;
      }
      if (iv.outcome() != null && iv.outcome() != deal.outcome()) {
        error("outcome", "outcome " + iv.outcome().code() + " disagrees with deals.csv, where " + deal.oppId() + " is "
            + deal.outcome().code());
      }
      return deal;
    }

    private void interviewer(Deal deal) {
      if (iv.interviewer().isEmpty()) {
        if (iv.isCompleted()) {
          error("status", "a completed interview needs interviewer: (who ran it)");
        }
        return;
      }
      Optional<Interviewer> who = corpus.brief().interviewer(iv.interviewer());
      if (who.isEmpty()) {
        if (!corpus.brief().interviewers().isEmpty()) {
          error("interviewer", "interviewer " + iv.interviewer() + " is not on the brief's roster"
              + Suggestions.didYouMean(iv.interviewer(), corpus.brief().interviewers().stream().map(Interviewer::name).toList()));
        }
      } else if (who.get().roleRefused()) {
        error("interviewer", "interviewer " + iv.interviewer() + " has role " + who.get().role()
            + ": an AE or CSM never runs the interview (they have a stake in the answer)");
      } else if (who.get().needsReviewer() && (who.get().reviewer() == null || who.get().reviewer().isBlank())) {
        error("interviewer", "junior interviewer " + iv.interviewer() + " has no reviewer; add reviewer: to the roster entry");
      }
      if (deal != null && deal.hasStake(iv.interviewer())) {
        error("interviewer", "interviewer " + iv.interviewer() + " is this deal's " + (iv.interviewer().equalsIgnoreCase(deal.ae()) ? "AE" : "CSM")
            + "; the interview must be run by someone with no stake in the deal");
      }
    }

    private void dates(Deal deal) {
      LocalDate requested = iv.requested();
      LocalDate booked = iv.booked();
      LocalDate interviewed = iv.interviewed();
      if (booked != null && requested != null && booked.isBefore(requested)) {
        warning("booked", "booked " + booked + " is before requested " + requested);
      }
      if (interviewed != null && booked != null && interviewed.isBefore(booked)) {
        warning("interviewed", "interviewed " + interviewed + " is before booked " + booked);
      }
      if (iv.isCompleted() && interviewed == null && iv.lines().containsKey("status")) {
        error("status", "a completed interview needs interviewed: YYYY-MM-DD");
      }
      if (deal == null) {
        return;
      }
      if (requested != null && requested.isBefore(deal.closeDate())) {
        warning("requested", "requested " + requested + " is before the deal closed on " + deal.closeDate());
      }
      if (interviewed != null) {
        if (interviewed.isBefore(deal.closeDate())) {
          error("interviewed", "interviewed " + interviewed + " is before the deal's close date " + deal.closeDate()
              + "; win/loss interviews happen after close");
        } else {
          long days = ChronoUnit.DAYS.between(deal.closeDate(), interviewed);
          int window = corpus.brief().program().windowDays(deal.outcome());
          if (days > window) {
            warning("interviewed", "interviewed " + days + " days after close; the program's window for a "
                + deal.outcome().code() + " is " + window + " days");
          }
        }
      }
    }

    /** A completed interview carries the coded fields its outcome needs. */
    private void coded() {
      List<String> decisive = iv.codes().decisive();
      if (decisive.isEmpty() || decisive.size() > 3) {
        error(iv.lines().containsKey("codes.decisive") ? "codes.decisive" : "status", "codes.decisive has "
            + decisive.size() + " codes; a completed interview names 1 to 3 decisive factors");
      }
      if (iv.outcome() == Outcome.LOST) {
        if (iv.codes().lossReason().isEmpty()) {
          error("codes", "a completed loss needs codes.loss_reason (one of " + String.join(", ", book.lossReasons().keySet()) + ")");
        }
        if (iv.codes().lossType().isEmpty()) {
          error("codes", "a completed loss needs codes.loss_type (one of " + String.join(", ", book.lossTypes().keySet()) + ")");
        }
        if (iv.codes().winner().isEmpty()) {
          warning("codes", "a completed loss should say codes.winner (the competitor chosen, or none)");
        }
      }
      if (!iv.codes().priceFactor().isEmpty() && !PRICE_FACTORS.contains(iv.codes().priceFactor())) {
        error("codes.price_factor", "codes.price_factor '" + iv.codes().priceFactor() + "' should be no, partly or decisive");
      }
      if (iv.status() == InterviewStatus.COMPLETED && !iv.persona().isEmpty() && !book.personas().containsKey(iv.persona())) {
        error("interviewee.persona", "unknown persona '" + iv.persona() + "'" + Suggestions.didYouMean(iv.persona(), book.personas().keySet()));
      }
    }

    private void codesKnown() {
      if (book.factors().isEmpty()) {
        return; // no codebook to compare with; its reader reported why
      }
      list("codes.decisive", iv.codes().decisive(), book.factors().keySet(), "factor");
      list("codes.almost", iv.codes().almost(), book.factors().keySet(), "factor");
      list("codes.objections", iv.codes().objections(), book.objections().keySet(), "objection");
      list("codes.committee", iv.codes().committee(), book.personas().keySet(), "persona");
      list("codes.flags", iv.codes().flags(), book.flags().keySet(), "flag");
      one("codes.loss_reason", iv.codes().lossReason(), book.lossReasons().keySet(), "loss reason");
      one("codes.loss_type", iv.codes().lossType(), book.lossTypes().keySet(), "loss type");
    }

    private void list(String key, List<String> codes, Collection<String> known, String kind) {
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        if (!known.contains(code)) {
          out.error(file, iv.lines().getOrDefault(key + "." + i, iv.lineOf(key)),
              "unknown " + kind + " code '" + code + "' in " + key + Suggestions.didYouMean(code, known));
        }
      }
    }

    private void one(String key, String code, Collection<String> known, String kind) {
      if (!code.isEmpty() && !known.contains(code)) {
        error(key, "unknown " + kind + " code '" + code + "' in " + key + Suggestions.didYouMean(code, known));
      }
    }

    private void quotes() {
      for (Quote q : iv.quotes()) {
        for (String tag : q.tags()) {
          if (!book.factors().isEmpty() && !book.isTaggable(tag)) {
            out.error(file, q.line(), "unknown code #" + tag + " on a quote" + Suggestions.didYouMean(tag, book.taggableCodes()));
          }
        }
      }
      if (!iv.isCompleted()) {
        return;
      }
      for (int i = 0; i < iv.codes().decisive().size(); i++) {
        String code = iv.codes().decisive().get(i);
        if (!book.factors().isEmpty() && !book.factors().containsKey(code)) {
          continue; // reported as unknown already
        }
        boolean tagged = iv.quotes().stream().anyMatch(q -> q.tags().contains(code));
        if (!tagged) {
          out.warning(file, iv.lines().getOrDefault("codes.decisive." + i, iv.lineOf("codes.decisive")),
              "decisive code '" + code + "' has no tagged quote; tag the buyer's words with #" + code
                  + " (a theme without quotes is a theory)");
        }
      }
    }
  }
}
