package winloss.core.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import winloss.core.corpus.ActionsReader;
import winloss.core.corpus.BriefReader;
import winloss.core.corpus.CodebookReader;
import winloss.core.corpus.ThemeNamesReader;
import winloss.core.diag.Diagnostics;
import winloss.core.model.Action;
import winloss.core.model.Code;
import winloss.core.model.Codebook;
import winloss.core.model.Corpus;

/**
 * The brief's {@code voice.forbidden} words in human-written text that reaches a generated document
 * (issue 10, "Voice"): a warning naming the file and line of the source, never a silent rewrite.
 * The generators add no forbidden word themselves, so these are the only ways one can arrive:
 *
 * <ul>
 *   <li>{@code win-loss/actions.yaml}: an action's text and owner (the readout, teardown, tracker);
 *   <li>{@code win-loss/theme-names.yaml}: a PMM's theme name (readout, monthly themes);
 *   <li>{@code operator-brief.md}: the company name, an {@code owners} entry (every action's
 *       owner), the titles of sections 3 to 6 (a theme's brief target), the text of sections 3
 *       and 6 (the prompt pack quotes them to the model);
 *   <li>{@code win-loss/schema.yaml}: a code's label (every report prints labels and builds theme
 *       names from them).
 * </ul>
 *
 * Buyer quotes are verbatim evidence and are not flagged: the readout never rewords a buyer.
 * Words are matched whole, case-insensitively.
 */
final class VoiceRules {
  private VoiceRules() {}

  private record Word(String word, Pattern pattern) {
    boolean in(String text) {
      return text != null && pattern.matcher(text).find();
    }
  }

  static void check(Corpus corpus, Diagnostics out) {
    List<Word> words = new ArrayList<>();
    for (String w : corpus.brief().voice().forbidden()) {
      if (!w.isBlank()) {
        words.add(new Word(w.strip().toLowerCase(Locale.ROOT), Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w.strip())
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    }
    if (words.isEmpty()) {
      return;
    }
    for (Word w : words) {
      for (Action a : corpus.actions()) {
        if (w.in(a.action()) || w.in(a.owner())) {
          out.warning(ActionsReader.FILE, a.line(), "action " + a.id() + " says '" + w.word()
              + "', a word the brief's voice.forbidden rules out; the readout would print it: reword the action");
        }
      }
      Codebook book = corpus.codebook();
      for (Map<String, Code> m : List.of(book.factors(), book.objections(), book.lossReasons(), book.lossTypes(), book.personas(), book.flags())) {
        for (Code c : m.values()) {
          if (w.in(c.label())) {
            out.warning(CodebookReader.FILE, c.line(), "the label of " + c.id() + " says '" + w.word()
                + "', a word the brief's voice.forbidden rules out; every report prints labels and names themes with them: relabel the code");
          }
        }
      }
      corpus.brief().owners().forEach((function, owner) -> {
        if (w.in(owner) || w.in(function)) {
          out.warning(BriefReader.FILE, corpus.brief().line("owners." + function), "owners: " + function + " says '" + w.word()
              + "', a word voice.forbidden rules out; every action owned by " + function + " would print it: reword it");
        }
      });
    }
    briefText(corpus, words, out);
    themeNames(corpus, words, out);
  }

  /** The company line, and sections 3 to 6 (titles) and 3 and 6 (text), found in the brief's own lines. */
  private static void briefText(Corpus corpus, List<Word> words, Diagnostics out) {
    List<String> lines = lines(corpus.root().resolve(BriefReader.FILE));
    int section = 0;
    boolean front = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.strip().equals("---")) {
        front = true;
        continue;
      }
      if (front) {
        if (line.strip().equals("---")) {
          front = false;
        } else if (line.startsWith("company:")) {
          warnLine(words, line, i + 1, out, BriefReader.FILE, "the company name", "every document's title prints it");
        }
        continue;
      }
      var m = java.util.regex.Pattern.compile("^##\\s+(\\d+)\\.").matcher(line);
      if (m.find()) {
        section = Integer.parseInt(m.group(1));
        if (section >= 3 && section <= 6) {
          warnLine(words, line, i + 1, out, BriefReader.FILE, "the title of section " + section,
              "the readout names it as the brief target of a theme");
        }
      } else if (line.startsWith("## ") || line.startsWith("# ")) {
        section = 0;
      } else if (section == 3 || section == 6) {
        warnLine(words, line, i + 1, out, BriefReader.FILE, "section " + section, "the prompt pack quotes this section to the model");
      }
    }
  }

  /** Every name in theme-names.yaml (comments aside). */
  private static void themeNames(Corpus corpus, List<Word> words, Diagnostics out) {
    List<String> lines = lines(corpus.root().resolve(ThemeNamesReader.FILE));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("(^|\\s)#.*$", "");
      warnLine(words, line, i + 1, out, ThemeNamesReader.FILE, "a theme name", "the readout and the monthly themes would print it as the theme's name");
    }
  }

  private static void warnLine(List<Word> words, String line, int n, Diagnostics out, Path file, String what, String why) {
    for (Word w : words) {
      if (w.in(line)) {
        out.warning(file, n, what + " says '" + w.word() + "', a word the brief's voice.forbidden rules out; " + why + ": reword it");
      }
    }
  }

  /** The file's lines, or none when it is absent or unreadable (its own reader reports that). */
  private static List<String> lines(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      List<String> l = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      if (!l.isEmpty() && l.get(0).startsWith("\uFEFF")) {
        l.set(0, l.get(0).substring(1));
      }
      return l;
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }
}
