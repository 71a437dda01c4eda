package winloss.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.corpus.CorpusReader;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Quote;

/** The consent rule and the redaction of free text (corpus-format.md v1.1, "Personal data in free text"). */
class AccountsTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "consent");

  @Test
  void shortFormDropsLegalSuffixesIncludingDottedOnes() {
    assertThat(Accounts.forms("Secret Corp")).containsExactly(List.of("secret", "corp"), List.of("secret"));
    assertThat(Accounts.forms("Acme Pty Ltd")).containsExactly(List.of("acme", "pty", "ltd"), List.of("acme"));
    assertThat(Accounts.forms("Acme Freight, L.L.C.")).containsExactly(List.of("acme", "freight", "l", "l", "c"),
        List.of("acme", "freight"));
    assertThat(Accounts.forms("Stringy Labs")).containsExactly(List.of("stringy", "labs"));
    assertThat(Accounts.forms("LLC")).containsExactly(List.of("llc")); // nothing left: the name as written only
  }

  @Test
  void consentComesOnlyFromACompletedInterviewWithTheBooleanTrue() {
    Corpus raw = CorpusReader.readAsWritten(FIXTURE);
    Accounts a = Accounts.of(raw);
    assertThat(a.named(deal(raw, "D-1"))).as("completed, attribute: true").isTrue();
    assertThat(a.named(deal(raw, "D-2"))).as("attribute: false").isFalse();
    assertThat(a.named(deal(raw, "D-4"))).as("no interview").isFalse();
    assertThat(a.named(deal(raw, "D-5"))).as("declined, attribute: true").isFalse();
  }

  @Test
  void redactsEveryFormCaseInsensitivelyAsWholeWordsOnly() {
    Accounts a = Accounts.of(CorpusReader.readAsWritten(FIXTURE));
    assertThat(a.redact("At Secret Corp, Rival won.")).isEqualTo("At [account], Rival won.");
    assertThat(a.redact("at SECRET corp and at secret")).isEqualTo("at [account] and at [account]");
    assertThat(a.redact("Secretive and secrets stay; Secret-Corp does not")).isEqualTo("Secretive and secrets stay; [account] does not");
    assertThat(a.redact("Declined Partners GmbH and declined partners")).isEqualTo("[account] and [account]");
    assertThat(a.redact("Open Books Ltd consented")).as("a consenting account stays").isEqualTo("Open Books Ltd consented");
    assertThat(a.redact("Secret\nCorp")).as("the full name does not run across lines; the short form still goes")
        .isEqualTo("[account]\nCorp");
  }

  @Test
  void theCorpusEveryOutputSeesHoldsNoNonConsentingName() {
    Corpus c = CorpusReader.read(FIXTURE);
    Deal d4 = deal(c, "D-4");
    assertThat(d4.aeReason()).isEqualTo("[account] chose Rival");
    assertThat(d4.championTitle()).isEqualTo("CFO at [account]");
    assertThat(deal(c, "D-1").aeReason()).isEqualTo("Fast setup beat what [account] saw");
    Interview d2 = c.interview("D-2").orElseThrow();
    Quote q = d2.quotes().get(0);
    assertThat(q.text()).isEqualTo("At [account], Rival beat your price by a third.");
    assertThat(q.redacted()).isTrue();
    Interview d3 = c.interview("D-3").orElseThrow();
    assertThat(d3.intervieweeTitle()).isEqualTo("CFO of [account]");
    assertThat(d3.codes().successCriteria()).isEqualTo("[account] needed a lower budget line");
    assertThat(d3.quotes().get(0).redacted()).isFalse();
    assertThat(d3.answers().get(0).text()).doesNotContainIgnoringCase("hidden");
    Interview d1 = c.interview("D-1").orElseThrow();
    assertThat(d1.answers().get(0).text()).as("the consenting account is kept, others go")
        .contains("Open Books Ltd").contains("[account]").doesNotContain("Secret");
  }

  @Test
  void theOperatorBriefsFreeTextIsRedactedToo() {
    Corpus raw = CorpusReader.readAsWritten(FIXTURE);
    assertThat(raw.brief().section(3).orElseThrow().text()).as("as written").contains("Secret Corp", "Hidden LLC");
    Corpus c = CorpusReader.read(FIXTURE);
    assertThat(c.brief().section(3).orElseThrow().text())
        .isEqualTo("The CFO at [account] signs; the Head of Ops at [account] blocks.");
    assertThat(c.brief().section(5).orElseThrow().text()).contains("took [account] from us").doesNotContain("Declined");
    assertThat(c.brief().section(6).orElseThrow().text()).as("a consenting account stays")
        .isEqualTo("[account] got 30% off list; Open Books Ltd paid list.");
    assertThat(c.brief().voice().dos()).containsExactly("Say what [account] taught us");
    assertThat(c.brief().voice().donts()).containsExactly("Mention [account] pricing");
    assertThat(c.brief().voice().forbidden()).as("checked against outputs, not shown").containsExactly("synergy");
    assertThat(c.brief().company()).isEqualTo("Acme Test Co");
    Corpus one = CorpusReader.readForDeal(FIXTURE, "D-1");
    assertThat(one.brief().section(3).orElseThrow().text()).as("a command about one deal").doesNotContain("Secret", "Hidden");
  }

  @Test
  void ownAccountIsFoundWhateverItsConsent() {
    Corpus raw = CorpusReader.readAsWritten(FIXTURE);
    assertThat(Accounts.namesOwnAccount(deal(raw, "D-2"), "At Secret Corp, Rival won")).isTrue();
    assertThat(Accounts.namesOwnAccount(deal(raw, "D-2"), "At secret, Rival won")).isTrue();
    assertThat(Accounts.namesOwnAccount(deal(raw, "D-2"), "Hidden LLC won")).isFalse();
  }

  @Test
  void aCommandAboutOneDealStillRedactsEveryOtherAccountAndKeepsItsOwnConsentingOne() {
    Corpus d1 = CorpusReader.readForDeal(FIXTURE, "D-1");
    assertThat(deal(d1, "D-1").aeReason()).isEqualTo("Fast setup beat what [account] saw");
    assertThat(d1.interview("D-1").orElseThrow().answers().get(0).text())
        .startsWith("Open Books Ltd paid less than [account] did.");
    Corpus d4 = CorpusReader.readForDeal(FIXTURE, "D-4");
    assertThat(deal(d4, "D-4").championTitle()).isEqualTo("CFO at [account]");
  }

  private static Deal deal(Corpus c, String opp) {
    return c.deal(opp).orElseThrow();
  }

  /**
   * The trie in {@link Accounts#redact(String)} finds, at each word, the longest form starting
   * there: the same as trying every form longest first (the reference below), on random names
   * that share first words and random texts with every kind of gap between words.
   */
  @Test
  void redactionEqualsTryingEveryFormLongestFirst() {
    Corpus raw = CorpusReader.readAsWritten(FIXTURE);
    java.util.SplittableRandom r = new java.util.SplittableRandom(15);
    String[] vocab = {"Account", "Acme", "Corp", "Ltd", "GmbH", "North", "Star", "7", "Labs", "L.L.C.", "Secret", "Open", "Books",
        "Société", "Nordique", "İstanbul", "ZÜRICH", "Zürich", "Straße", "ΣΟΦΊΑ", "東京"};
    String[] gaps = {" ", " ", "-", ", ", "\n", "  ", "    ", " & ", "."};
    for (int round = 0; round < 300; round++) {
      List<String> others = new java.util.ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(8); i++) {
        StringBuilder name = new StringBuilder(vocab[r.nextInt(vocab.length)]);
        for (int w = 0; w < r.nextInt(4); w++) {
          name.append(' ').append(vocab[r.nextInt(vocab.length)]);
        }
        others.add(name.toString());
      }
      Accounts a = Accounts.of(raw, others);
      // the reference's forms: every unnamed account's forms, minus those of a named account
      java.util.Set<List<String>> namedForms = new java.util.HashSet<>();
      List<String> unnamed = new java.util.ArrayList<>();
      for (Deal d : raw.deals()) {
        if (a.named(d)) {
          namedForms.addAll(Accounts.forms(d.account()));
        } else if (!d.account().isBlank()) {
          unnamed.add(d.account());
        }
      }
      unnamed.addAll(others);
      List<List<String>> forms = new java.util.ArrayList<>();
      for (String u : unnamed) {
        for (List<String> f : Accounts.forms(u)) {
          if (!namedForms.contains(f) && !forms.contains(f)) {
            forms.add(f);
          }
        }
      }
      forms.sort(java.util.Comparator.comparingInt((List<String> f) -> f.size()).reversed());
      for (int t = 0; t < 10; t++) {
        StringBuilder text = new StringBuilder(r.nextBoolean() ? "" : "At ");
        for (int w = 0; w < 1 + r.nextInt(10); w++) {
          text.append(r.nextInt(3) == 0 ? "the" : vocab[r.nextInt(vocab.length)]).append(gaps[r.nextInt(gaps.length)]);
        }
        String in = r.nextBoolean() ? text.toString().toUpperCase(java.util.Locale.ROOT) : text.toString();
        assertThat(a.redact(in)).as("%s with %s", in, others).isEqualTo(reference(in, forms));
      }
    }
  }

  /** Every form tried at every word, longest first, the words at most 3 characters apart on one line. */
  private static String reference(String text, List<List<String>> forms) {
    List<int[]> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      if (Character.isLetterOrDigit(text.codePointAt(i))) {
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        tokens.add(new int[] {start, i});
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> form : forms) {
        boolean ok = i + form.size() <= tokens.size();
        for (int k = 0; ok && k < form.size(); k++) {
          int[] tk = tokens.get(i + k);
          ok = text.substring(tk[0], tk[1]).toLowerCase(java.util.Locale.ROOT).equals(form.get(k));
          if (ok && k > 0) {
            int gapStart = tokens.get(i + k - 1)[1];
            ok = tk[0] - gapStart <= 3 && text.substring(gapStart, tk[0]).indexOf('\n') < 0;
          }
        }
        if (ok) {
          out.append(text, copied, tokens.get(i)[0]).append(Accounts.STAND_IN);
          copied = tokens.get(i + form.size() - 1)[1];
          i += form.size() - 1;
          break;
        }
      }
    }
    return out.append(text, copied, text.length()).toString();
  }
}
