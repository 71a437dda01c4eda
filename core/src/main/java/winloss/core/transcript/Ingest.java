package winloss.core.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import winloss.core.corpus.InterviewReader;
import winloss.core.diag.WinlossException;
import winloss.core.model.Corpus;
import winloss.core.model.Deal;
import winloss.core.model.Interviewer;
import winloss.core.model.Question;
import winloss.core.output.PlannedFile;
import winloss.core.text.InputProblem;
import winloss.core.text.TextFiles;

/**
 * {@code winloss ingest}: places a transcript's buyer talk under the framework's questions in the
 * interview write-up. The interviewer's turns are matched to the questions ({@link
 * QuestionMatcher}); every buyer turn goes under the question last asked, and what comes before
 * any question goes under a final {@code ## Other discussion}. The interviewer's own words are not
 * copied. The write-up's front matter is kept byte for byte.
 */
public final class Ingest {
  public static final Path TRANSCRIPTS = Path.of("win-loss", "transcripts");
  public static final String OTHER = "Other discussion";
  public static final long MAX_TRANSCRIPT_BYTES = 16L * 1024 * 1024;

  private Ingest() {}

  /**
   * @param transcript the transcript file (absolute, or relative to the working directory)
   * @param shown how to name the transcript in messages
   * @param interviewerSpeakers speaker names to treat as the interviewer; empty to find them from the roster
   * @param interviewed the interview date for a new write-up, or null
   */
  public record Request(String opp, Path transcript, String shown, List<String> interviewerSpeakers,
      boolean force, boolean keepTranscript, LocalDate interviewed) {
    public Request {
      interviewerSpeakers = List.copyOf(interviewerSpeakers);
    }
  }

  /**
   * What ingest would write and what it found.
   *
   * @param answered the question numbers that got at least one answer, ascending
   * @param other the number of buyer turns under Other discussion
   */
  public record Result(List<PlannedFile> files, TranscriptFormat format, List<String> interviewers,
      List<Integer> answered, int questions, int other, int buyerTurns, boolean created) {}

  public static Result run(Corpus corpus, Request req) {
    Deal deal = corpus.deal(req.opp()).orElseThrow(() -> new WinlossException(
        "no deal " + req.opp() + " in win-loss/deals.csv; ingest needs the deal to pick its questions"));
    List<Question> questions = corpus.framework().forOutcome(deal.outcome());
    if (questions.isEmpty()) {
      throw new WinlossException("win-loss/eight-questions.md has no " + (deal.outcome().usesLossQuestions() ? "loss" : "win")
          + " questions; run winloss check");
    }
    String raw = readTranscript(req);
    Transcript t = TranscriptParser.parse(raw, req.shown());

    Path rel = InterviewReader.DIR.resolve(req.opp() + ".md");
    Path file = corpus.root().resolve(rel);
    RawDocument existing = Files.isRegularFile(file) ? RawDocument.read(file, rel.toString()) : null;
    String frontInterviewer = corpus.interview(req.opp()).map(i -> i.interviewer()).orElse("");
    List<String> interviewers = interviewerSpeakers(t, corpus.brief().interviewers(), req, frontInterviewer);

    String neutral = "the other vendor";
    List<QuestionMatcher.Entry> entries = new ArrayList<>();
    for (Question q : questions) {
      entries.add(new QuestionMatcher.Entry(q.number(), q.render(deal.competitor(), neutral), q.probe()));
    }
    QuestionMatcher matcher = new QuestionMatcher(entries);
    Map<Integer, List<Turn>> placed = new TreeMap<>();
    List<Turn> other = new ArrayList<>();
    List<String> buyers = new ArrayList<>();
    int current = 0;
    int buyerTurns = 0;
    for (Turn turn : t.turns()) {
      if (isInterviewer(turn, interviewers)) {
        QuestionMatcher.Match m = matcher.match(turn.text());
        if (m.matched()) {
          current = m.question();
        }
        continue;
      }
      buyerTurns++;
      String who = turn.speaker().isEmpty() ? "(unnamed)" : turn.speaker();
      if (!buyers.contains(who)) {
        buyers.add(who);
      }
      if (current == 0) {
        other.add(turn);
      } else {
        placed.computeIfAbsent(current, k -> new ArrayList<>()).add(turn);
      }
    }
    if (buyerTurns == 0) {
      throw new WinlossException(req.shown() + ": every turn is the interviewer's (" + String.join(", ", interviewers)
          + "); there is no buyer talk to place");
    }

    String nl = existing == null ? "\n" : existing.newline();
    boolean named = buyers.size() > 1;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      QuestionMatcher.Entry e = entries.get(i);
      body.append("## ").append(e.number()).append(". ").append(e.question()).append(nl).append(nl);
      for (Turn turn : placed.getOrDefault(e.number(), List.of())) {
        body.append(paragraph(turn, named)).append(nl).append(nl);
      }
    }
    if (!other.isEmpty()) {
      body.append("## ").append(OTHER).append(nl).append(nl);
      for (Turn turn : other) {
        body.append(paragraph(turn, named)).append(nl).append(nl);
      }
    }
    String content = body.toString();
    content = content.substring(0, content.length() - nl.length()); // one newline at the end

    String front;
    if (existing != null && existing.hasFrontMatter()) {
      if (!isScaffold(existing.body()) && !req.force()) {
        throw new WinlossException(rel + " already has a body (answers under the questions); rerun with --force to"
            + " replace it (the front matter is kept), or move it away first");
      }
      front = existing.front();
      if (req.interviewed() != null) {
        front = FrontMatterLines.set(front, existing.newline(), "interviewed", req.interviewed().toString());
        front = FrontMatterLines.set(front, existing.newline(), "status", "completed");
      }
      content = leadingComments(existing.body()) + content;
    } else if (existing != null) {
      throw new WinlossException(rel + " exists but has no front matter; fix it (see docs/corpus-format.md) or move it away");
    } else {
      front = newFrontMatter(deal, corpus.brief().interviewers(), interviewers, req.interviewed());
    }
    List<PlannedFile> files = new ArrayList<>();
    files.add(PlannedFile.replacing(rel, front + content));
    if (req.keepTranscript()) {
      Path kept = TRANSCRIPTS.resolve(req.opp() + extension(req.transcript(), t.format()));
      String text = TextFiles.normalize(raw);
      files.add(req.force() ? PlannedFile.replacing(kept, text) : PlannedFile.scaffold(kept, text));
    }
    List<Integer> answered = new ArrayList<>(placed.keySet());
    return new Result(files, t.format(), interviewers, answered, questions.size(), other.size(), buyerTurns, existing == null);
  }

  /**
   * True when a body holds nothing written yet: only headings, HTML comments and blank lines, as
   * {@code winloss new} writes it (so ingest may fill it without {@code --force}).
   */
  static boolean isScaffold(String body) {
    String withoutComments = body.replaceAll("(?s)<!--.*?-->", "");
    for (String line : withoutComments.split("\\r?\\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        return false;
      }
    }
    return true;
  }

  /** The HTML comments (the write-up's guidance) and blank lines a scaffold body starts with, kept as they are. */
  static String leadingComments(String body) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:\\s*<!--.*?-->)+[ \\t]*\\r?\\n", java.util.regex.Pattern.DOTALL)
        .matcher(body);
    return m.find() ? m.group() : "";
  }

  private static String readTranscript(Request req) {
    try {
      return TextFiles.read(req.transcript(), MAX_TRANSCRIPT_BYTES);
    } catch (NoSuchFileException e) {
      throw new WinlossException(req.shown() + ": no such file", e);
    } catch (InputProblem p) {
      throw new WinlossException(req.shown() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.getMessage(), p);
    } catch (IOException e) {
      throw new WinlossException(req.shown() + ": cannot read the file: " + e.getMessage(), e);
    }
  }

  private static String paragraph(Turn turn, boolean named) {
    return named ? "**" + (turn.speaker().isEmpty() ? "(unnamed)" : turn.speaker()) + ":** " + turn.text() : turn.text();
  }

  private static boolean isInterviewer(Turn turn, List<String> interviewers) {
    return interviewers.stream().anyMatch(n -> n.equalsIgnoreCase(turn.speaker()));
  }

  /** The transcript's speakers that are the interviewer: named, or found on the roster. */
  static List<String> interviewerSpeakers(Transcript t, List<Interviewer> roster, Request req, String frontInterviewer) {
    List<String> speakers = t.speakers();
    List<String> found = new ArrayList<>();
    if (!req.interviewerSpeakers().isEmpty()) {
      for (String wanted : req.interviewerSpeakers()) {
        List<String> matches = speakers.stream().filter(s -> s.equalsIgnoreCase(wanted.strip())).toList();
        if (matches.isEmpty()) {
          // "Priya Shah" names "Priya Shah (she/her)" and "Priya Shah | Northwind"
          matches = speakers.stream().filter(s -> baseName(s).equalsIgnoreCase(baseName(wanted))).toList();
        }
        if (matches.isEmpty()) {
          throw new WinlossException("--interviewer-speaker " + wanted + ": no such speaker in " + req.shown()
              + "; the speakers are: " + String.join(", ", speakers));
        }
        found.addAll(matches);
      }
      return found;
    }
    for (String s : speakers) {
      if (rosterMatch(s, roster) != null) {
        found.add(s);
      }
    }
    if (found.isEmpty()) {
      List<String> names = roster.stream().map(Interviewer::name).toList();
      throw new WinlossException(req.shown() + ": no turn by a known interviewer; the speakers are: " + String.join(", ", speakers)
          + (frontInterviewer.isEmpty() ? "" : " (the write-up names " + frontInterviewer + ")")
          + "; the roster is: " + String.join(", ", names) + "; name the interviewer's speaker with --interviewer-speaker NAME");
    }
    return found;
  }

  /** A speaker label without what follows the name: pronouns in parentheses, a {@code | Company} suffix. */
  static String baseName(String label) {
    String s = label.strip();
    int bar = s.indexOf('|');
    if (bar > 0) {
      s = s.substring(0, bar);
    }
    s = s.replaceAll("\\s*\\([^)]*\\)", "");
    return s.strip();
  }

  /** The roster entry a transcript speaker name stands for: the full name, or a first name unique on the roster. */
  static Interviewer rosterMatch(String speaker, List<Interviewer> roster) {
    String s = baseName(speaker).toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    for (Interviewer i : roster) {
      String n = i.name().toLowerCase(Locale.ROOT);
      if (n.equals(s) || s.startsWith(n + " ") || s.startsWith(n + "(")) {
        return i;
      }
    }
    List<Interviewer> byFirst = roster.stream()
        .filter(i -> i.name().toLowerCase(Locale.ROOT).split("\\s+")[0].equals(s))
        .toList();
    return byFirst.size() == 1 ? byFirst.get(0) : null;
  }

  private static String newFrontMatter(Deal deal, List<Interviewer> roster, List<String> speakers, LocalDate interviewed) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("opp", deal.oppId());
    lines.put("outcome", deal.outcome().code());
    lines.put("status", "completed");
    if (interviewed != null) {
      lines.put("interviewed", interviewed.toString());
    }
    for (String s : speakers) {
      Interviewer who = rosterMatch(s, roster);
      if (who != null) {
        lines.put("interviewer", who.name());
        break;
      }
    }
    StringBuilder sb = new StringBuilder("---\n");
    lines.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("consent:\n  attribute: false\n  external_use: false\n");
    sb.append("---\n");
    return sb.toString();
  }

  private static String extension(Path transcript, TranscriptFormat format) {
    String name = transcript.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      String ext = name.substring(dot).toLowerCase(Locale.ROOT);
      if (ext.matches("\\.[a-z0-9]{1,5}")) {
        return ext;
      }
    }
    return switch (format) {
      case WEBVTT -> ".vtt";
      case SRT -> ".srt";
      default -> ".txt";
    };
  }
}
