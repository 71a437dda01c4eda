package winloss.core.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interview;
import winloss.core.model.Outcome;
import winloss.core.model.Quote;

/**
 * The one place consent is decided and honored (corpus-format.md, v1.1 "Personal data in free
 * text"). An account may be named only when the deal's write-up is a <em>completed</em> interview
 * whose {@code consent.attribute} is the YAML boolean {@code true}; a requested, booked, declined
 * or unanswered interview never names it, and neither does a quoted {@code "true"} (the reader
 * refuses that as an error).
 *
 * <p>Every other account's name is redacted from free text: its name as in deals.csv and the name
 * without its legal suffixes (Inc, Ltd, GmbH, LLC, Corp ...), case-insensitively and as whole
 * words, is replaced by {@link #STAND_IN}. Redaction applies to every free text of the corpus,
 * not only the account's own deal: a buyer of one deal naming another account that gave no
 * consent is redacted too. Over-redaction is the chosen side: an account whose short name is a
 * common word ("Hidden LLC") also hides that word, and the quote is marked redacted.
 *
 * <p>It is also the one describer of an account ({@link #who}, {@link #anonymous}): named where
 * consent allows, else described by segment, industry and outcome ("a mid-market logistics account
 * (won)"); prompts never name one.
 *
 * <p>{@link #redact(Corpus)} applies this to a whole corpus once, right after reading, so that no
 * report, prompt or JSON output can see a non-consenting name (see {@code CorpusReader}).
 */
public final class Accounts {
  /** What a non-consenting account's name becomes in free text. */
  public static final String STAND_IN = "[account]";

  /** Legal-form suffixes dropped from an account's name for its short form, lower case, dots removed. */
  static final Set<String> LEGAL_SUFFIXES = Set.of(
      "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "llp", "lp", "plc",
      "gmbh", "ag", "kg", "kgaa", "ug", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy",
      "oyj", "aps", "pty", "pte", "kk", "pvt", "sl", "sro", "zoo");

  private final Map<String, Deal> deals;
  private final Set<String> named;
  /**
   * Name forms of the accounts that may not be named, as a trie of their words (the first word
   * at the top): at each word of a text, the longest form that starts there is found in one walk,
   * however many accounts share a first word.
   */
  private final Map<String, FormNode> forms = new HashMap<>();

  /**
   * The hash codes of the trie's ASCII first words: a text none of whose ASCII words hashes to one
   * of them, and that has no non-ASCII word, names no account, and is returned without tokenizing
   * it (most answers and quotes). Non-ASCII words always take the full path, since lower-casing a
   * whole string and a character at a time can differ outside ASCII.
   */
  private final Set<Integer> asciiFirstWords = new java.util.HashSet<>();

  /** A trie node: {@code end} when a whole form ends at this word. */
  private static final class FormNode {
    boolean end;
    final Map<String, FormNode> next = new HashMap<>();
  }

  private Accounts(Corpus corpus, Collection<String> others) {
    this.deals = corpus.dealsById();
    Set<String> ok = new LinkedHashSet<>();
    for (Deal d : deals.values()) {
      if (consents(corpus.interview(d.oppId()).orElse(null)) && !d.account().isBlank()) {
        ok.add(d.oppId());
      }
    }
    this.named = Set.copyOf(ok);
    Set<List<String>> namedForms = new LinkedHashSet<>();
    for (Deal d : corpus.deals()) {
      if (named.contains(d.oppId())) {
        namedForms.addAll(forms(d.account()));
      }
    }
    List<String> unnamed = new ArrayList<>();
    for (Deal d : corpus.deals()) {
      if (!named.contains(d.oppId()) && !d.account().isBlank()) {
        unnamed.add(d.account());
      }
    }
    unnamed.addAll(others);
    for (String account : unnamed) {
      for (List<String> form : forms(account)) {
        if (namedForms.contains(form)) {
          continue; // the same name belongs to an account that consented (two deals of one account)
        }
        FormNode node = forms.computeIfAbsent(form.get(0), k -> new FormNode());
        for (String w : form.subList(1, form.size())) {
          node = node.next.computeIfAbsent(w, k -> new FormNode());
        }
        node.end = true;
      }
    }
    for (String first : forms.keySet()) {
      if (first.chars().allMatch(c -> c < 128)) {
        asciiFirstWords.add(first.hashCode());
      }
    }
  }

  /**
   * False when {@code text} cannot name an account that may not be named: each of its words is
   * ASCII and is no form's first word (by hash code, so a false "maybe" only costs time).
   */
  private boolean mayName(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 128) {
        return true; // a non-ASCII character: the full path decides
      }
      if (Character.isLetterOrDigit(c)) {
        int h = 0;
        while (i < n && (c = text.charAt(i)) < 128 && Character.isLetterOrDigit(c)) {
          h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
          i++;
        }
        if (i < n && text.charAt(i) >= 128) {
          return true;
        }
        if (asciiFirstWords.contains(h)) {
          return true;
        }
      } else {
        i++;
      }
    }
    return false;
  }

  /** The consent of a corpus as read. */
  public static Accounts of(Corpus corpus) {
    return new Accounts(corpus, List.of());
  }

  /**
   * The consent of a partly read corpus: {@code others} are accounts whose deals were not read
   * (a command about one deal), and so may not be named (an account named by a deal that was
   * read and consents stays named).
   */
  public static Accounts of(Corpus corpus, Collection<String> others) {
    return new Accounts(corpus, others);
  }

  /** Consent from a write-up: completed, and {@code consent.attribute} the YAML boolean true. */
  public static boolean consents(Interview iv) {
    return iv != null && iv.isCompleted() && iv.consent().attribute();
  }

  /** May outputs name this deal's account? */
  public boolean named(Deal d) {
    return d != null && named.contains(d.oppId());
  }

  /** True when nothing needs redacting (every account consented, or there are none). */
  public boolean isEmpty() {
    return forms.isEmpty();
  }

  /**
   * {@code text} with the name of every account that may not be named replaced by
   * {@link #STAND_IN}; the same string when nothing matched.
   */
  public String redact(String text) {
    if (text == null || text.isEmpty() || forms.isEmpty() || !mayName(text)) {
      return text;
    }
    List<int[]> tokens = tokens(text);
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < tokens.size(); i++) {
      FormNode node = forms.get(word(text, tokens.get(i)));
      if (node == null) {
        continue;
      }
      // the longest form starting at word i: its words follow each other as matches() requires
      int longest = node.end ? 1 : 0;
      for (int j = i + 1; j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j)); j++) {
        node = node.next.get(word(text, tokens.get(j)));
        if (node == null) {
          break;
        }
        if (node.end) {
          longest = j - i + 1;
        }
      }
      if (longest > 0) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, tokens.get(i)[0]).append(STAND_IN);
        copied = tokens.get(i + longest - 1)[1];
        i += longest - 1;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * The corpus as every output may see it: the free text of deals (ae_reason, champion_title,
   * crm_loss_reason, segment, industry), of write-ups (answers, quotes, the interviewee's title,
   * success criteria), of actions and of the operator brief (its sections and voice rules, which
   * proposed actions, scripts and prompts quote) redacted; a quote so changed is marked
   * {@link Quote#redacted()}. The same corpus when nothing needs redacting.
   */
  public Corpus redact(Corpus corpus) {
    if (forms.isEmpty()) {
      return corpus;
    }
    UnaryOperator<String> r = this::redact;
    return new Corpus(corpus.root(), corpus.brief() == null ? null : corpus.brief().withFreeText(r), corpus.codebook(), corpus.framework(),
        corpus.deals().stream().map(d -> d.withFreeText(r)).toList(),
        corpus.interviews().stream().map(iv -> iv.withFreeText(r)).toList(),
        corpus.actions().stream().map(a -> a.withFreeText(r)).toList(),
        corpus.problems());
  }

  /**
   * True when {@code text} names this deal's own account (either form), whatever its consent:
   * for {@code check}'s warning on a quote naming its own non-consenting account.
   */
  public static boolean namesOwnAccount(Deal d, String text) {
    if (d == null || d.account().isBlank() || text == null) {
      return false;
    }
    List<int[]> tokens = tokens(text);
    List<List<String>> own = forms(d.account());
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> form : own) {
        if (matches(text, tokens, i, form)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The deal's name forms: as written, and without its legal suffixes when that leaves a word. */
  static List<List<String>> forms(String account) {
    List<String> full = words(account);
    List<List<String>> out = new ArrayList<>();
    if (full.isEmpty()) {
      return out;
    }
    out.add(full);
    List<String> shortForm = new ArrayList<>(full);
    boolean changed = true;
    while (changed && shortForm.size() > 1) {
      changed = false;
      if (LEGAL_SUFFIXES.contains(shortForm.get(shortForm.size() - 1))) {
        shortForm.remove(shortForm.size() - 1);
        changed = true;
        continue;
      }
      // dotted forms read as single letters: L.L.C., S.A., B.V.
      for (int k = Math.min(4, shortForm.size() - 1); k >= 2; k--) {
        List<String> tail = shortForm.subList(shortForm.size() - k, shortForm.size());
        if (tail.stream().allMatch(w -> w.length() == 1) && LEGAL_SUFFIXES.contains(String.join("", tail))) {
          tail.clear();
          changed = true;
          break;
        }
      }
    }
    if (!shortForm.equals(full)) {
      out.add(List.copyOf(shortForm));
    }
    return out;
  }

  /** The words of a name or text: runs of letters and digits, lower case. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (int[] t : tokens(s)) {
      out.add(word(s, t));
    }
    return out;
  }

  private static String word(String s, int[] t) {
    return s.substring(t[0], t[1]).toLowerCase(Locale.ROOT);
  }

  /** Start and end offsets of each run of letters and digits. */
  private static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        out.add(new int[] {start, i});
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  /**
   * Does {@code form} start at token {@code i}? The words must follow each other with at most a
   * short run of spaces or punctuation between them on one line ("Secret Corp", "Secret-Corp").
   */
  private static boolean matches(String text, List<int[]> tokens, int i, List<String> form) {
    if (i + form.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < form.size(); k++) {
      int[] t = tokens.get(i + k);
      if (!word(text, t).equals(form.get(k))) {
        return false;
      }
      if (k > 0 && !adjacent(text, tokens.get(i + k - 1), t)) {
        return false;
      }
    }
    return true;
  }

  /** Two words of one name: at most a short run of spaces or punctuation between them, on one line. */
  private static boolean adjacent(String text, int[] before, int[] after) {
    int gap = after[0] - before[1];
    return gap <= 3 && text.substring(before[1], after[0]).indexOf('\n') < 0;
  }

  /** "Acme Freight (mid-market logistics, won)" with consent, else "a mid-market logistics account (won)". */
  public String who(Deal d) {
    if (d == null) {
      return "an account";
    }
    if (named(d)) {
      String kind = kind(d);
      return d.account() + " (" + (kind.isEmpty() ? "" : kind + ", ") + outcomeWord(d.outcome()) + ")";
    }
    return anonymous(d);
  }

  /** Never the name: "an smb retail account (no decision)". What a prompt may show. */
  public static String anonymous(Deal d) {
    if (d == null) {
      return "an account";
    }
    String kind = kind(d);
    String noun = (kind.isEmpty() ? "" : kind + " ") + "account";
    return article(noun) + " " + noun + " (" + outcomeWord(d.outcome()) + ")";
  }

  /**
   * Free text from deals.csv or a write-up as an output prints it for deal {@code d}: with every
   * non-consenting account's name redacted ({@link #redact(String)}); the corpus as read is
   * redacted already, so this is the guarantee for text that reaches an output another way.
   */
  public String text(Deal d, String text) {
    return text == null ? "" : redact(text);
  }

  /** Segment and industry, e.g. "mid-market logistics"; "" when neither is known. */
  public static String kind(Deal d) {
    return (d.segment().strip() + " " + d.industry().strip()).strip();
  }

  /** won, lost, no decision. */
  public static String outcomeWord(Outcome o) {
    return o == null ? "unknown" : switch (o) {
      case WON -> "won";
      case LOST -> "lost";
      case NO_DECISION -> "no decision";
    };
  }

  /**
   * "a" or "an" for a noun phrase: "an enterprise", "a mid-market", "an smb" (a word with no vowel
   * is read out as letters, so the article follows the first letter's name).
   */
  public static String article(String noun) {
    String word = noun.strip().split("[ -]", 2)[0].toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return "a";
    }
    boolean spelled = word.chars().noneMatch(ch -> "aeiouy".indexOf(ch) >= 0);
    return (spelled ? "aefhilmnorsx" : "aeiou").indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
