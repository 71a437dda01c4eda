package winloss.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import winloss.core.diag.WinlossException;

class TranscriptParserTest {
  static final Path DIR = Path.of("src", "test", "resources", "transcripts");

  static Transcript parse(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(DIR.resolve(name));
    return TranscriptParser.parse(new String(bytes, StandardCharsets.UTF_8), name);
  }

  static List<String> lines(Transcript t) {
    return t.turns().stream().map(x -> x.speaker() + "|" + x.text()).toList();
  }

  @Test
  void zoomNameCuesMergeConsecutiveTurnsOfOneSpeaker() throws IOException {
    Transcript t = parse("zoom-names.vtt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.WEBVTT);
    assertThat(lines(t)).containsExactly(
        "Priya Shah|Hi! Thanks for joining.",
        "Jordan Blake|Happy to help. We only have twenty minutes, though.",
        "Priya Shah|Understood. Note: this stays internal.");
    assertThat(t.turns().get(1).line()).isEqualTo(9);
  }

  @Test
  void voiceSpansWithClassesNotesStylesHeadersAndMarkup() throws IOException {
    Transcript t = parse("voices.vtt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.WEBVTT);
    assertThat(lines(t)).containsExactly(
        "Priya Shah|What ultimately made them the right choice?",
        "Jordan Blake|The connector catalog & the support team. Honestly, it wasn't close.",
        "Priya Shah|Okay. Laughter Was price a factor? Take your time.",
        "|Not really, no. It was the connectors.");
    assertThat(t.speakers()).containsExactly("Priya Shah", "Jordan Blake", "(unnamed)");
  }

  @Test
  void teamsShortTimestampsWithBomAndCrlf() throws IOException {
    Transcript t = parse("teams-bom-crlf.vtt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.WEBVTT);
    assertThat(lines(t)).containsExactly(
        "Priya Shah|When did you decide to go with Lumen?",
        "Jordan Blake|In June. Right after the second demo.");
  }

  @Test
  void srtWithNamesAndItalics() throws IOException {
    Transcript t = parse("subtitles.srt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.SRT);
    assertThat(lines(t)).containsExactly(
        "Priya Shah|How did our sales process compare?",
        "Jordan Blake|Yours was slower. Theirs had a security packet ready. Two days, versus three weeks.");
  }

  @Test
  void otterHeadersUnknownSpeakerAndFooter() throws IOException {
    Transcript t = parse("otter-export.txt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.OTTER);
    assertThat(lines(t)).containsExactly(
        "Priya Shah|Thanks for joining. When did you decide to go with Lumen?",
        "Jordan Blake|In June, after the second demo.",
        "Unknown Speaker|Sorry, I joined late.",
        "Jordan Blake|We had basically decided by then.");
    assertThat(String.join(" ", lines(t))).doesNotContain("otter.ai");
  }

  @Test
  void plainTurnsWithContinuationLinesAndTimestamps() throws IOException {
    Transcript t = parse("plain-turns.txt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.PLAIN);
    assertThat(lines(t)).containsExactly(
        "Priya Shah|Thanks for joining. Was price a factor, and if so, how?",
        "Jordan Blake|Partly. Lumen came in twenty percent lower. And the budget was already set.",
        "Priya Shah|How far apart were the numbers?",
        "Jordan Blake|About thirty thousand a year.");
  }

  @Test
  void unknownFormatNamesTheFormatsTried() {
    assertThatThrownBy(() -> parse("not-a-transcript.txt"))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("not-a-transcript.txt:1: not a transcript format")
        .hasMessageContaining("WebVTT").hasMessageContaining("SRT").hasMessageContaining("Otter")
        .hasMessageContaining("plain text turns");
  }

  @Test
  void emptyFileIsRefused() {
    assertThatThrownBy(() -> TranscriptParser.parse("\n\n", "empty.vtt")).hasMessageContaining("empty.vtt is empty");
  }

  // ---------------------------------------------------------------- issue 12: transcripts as recorded

  @Test
  void speakerLabelsWithPronounsCompaniesDialInNumbersAndEmoji() throws IOException {
    assertThat(lines(parse("zoom-pronouns.vtt"))).containsExactly(
        "Ana Kim (she/her)|Thanks again. When did you make the decision to go with Lumen?",
        "Jordan Blake (they/them)|The week their SE rebuilt our ingest job on a call. Early September.",
        "Ana Kim (she/her)|Was price a factor, and if so, how?",
        "Jordan Blake (they/them)|Not much. They were within a few percent after the discount.");
    assertThat(lines(parse("zoom-dialin.vtt"))).containsExactly(
        "Ana Kim|When did you make the decision to go with Lumen?",
        "+1 646 555 0199|Mid September, after the pilot.",
        "Ana Kim|Was price a factor, and if so, how?",
        "Jordan Blake | Keel Freight|Only a little. Their discount closed most of the gap.",
        "Rosa 🌵 Diaz|And for me the onboarding plan mattered more.");
  }

  @Test
  void plainTurnsWithPronounLabelsAndAnAsideThatIsNoSpeaker() throws IOException {
    Transcript t = parse("plain-pronouns.txt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.PLAIN);
    assertThat(lines(t)).containsExactly(
        "Ana Kim|When did you make the decision to go with Lumen?",
        "Jordan Blake (they/them)|Mid September, once the pilot was live.",
        "Ana Kim|Was price a factor, and if so, how?",
        "Rosa Diaz|Not really, they were within five percent. Bottom line: price was not why.");
  }

  @Test
  void continuationLinesOfACueKeepItsVoice() throws IOException {
    assertThat(lines(parse("zoom-continuation.vtt"))).containsExactly(
        "Ana Kim|What was the main reason you chose Lumen?",
        "Jordan Blake|We compared both for a month. Bottom line: we chose them for the connectors."
            + " Note: that was the team's call, not mine.");
  }

  @Test
  void teamsGuidCueIdsAndVoiceSpansWrappedOverLines() throws IOException {
    Transcript t = parse("teams-guid.vtt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.WEBVTT);
    assertThat(lines(t)).containsExactly(
        "Ana Kim|When did you make the decision to go with Lumen?",
        "Jordan Blake|We piloted both for a month. Bottom line: we chose them for the connectors. Mid September.");
  }

  @Test
  void googleMeetExportWithTitleTimesAndFooter() throws IOException {
    Transcript t = parse("meet-export.txt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.MEET);
    assertThat(lines(t)).containsExactly(
        "Ana Kim|Thanks for joining. When did you make the decision to go with Lumen?",
        "Jordan Blake|It was the week their engineer rebuilt our ingest job on the call. We had gone back and forth for weeks"
            + " and that settled it, because nobody on our side had to write a single connector.",
        "Ana Kim|Was price a factor, and if so, how?",
        "Jordan Blake|Not really. They were within five percent of you.");
    // with the title lines removed by hand it reads the same, and is still known by its footer
    String noHeader = Files.readString(DIR.resolve("meet-export.txt")).lines().skip(4)
        .collect(java.util.stream.Collectors.joining("\n"));
    Transcript h = TranscriptParser.parse(noHeader, "meet.txt");
    assertThat(h.format()).isEqualTo(TranscriptFormat.MEET);
    assertThat(lines(h)).isEqualTo(lines(t));
  }

  @Test
  void firefliesJsonExportAsDownloadedAndAsTheApiReturnsIt() throws IOException {
    Transcript t = parse("fireflies.json");
    assertThat(t.format()).isEqualTo(TranscriptFormat.FIREFLIES);
    assertThat(lines(t)).containsExactly(
        "Ana Kim|When did you make the decision to go with Lumen?",
        "Jordan Blake|Right after the pilot, mid September. The connectors did it.",
        "Ana Kim|Was price a factor, and if so, how?",
        "Jordan Blake|Not really & not at the end.");
    assertThat(lines(parse("fireflies-api.json"))).containsExactly(
        "Ana Kim|When did you make the decision to go with Lumen?", "Speaker 2|Mid September.");
    assertThatThrownBy(() -> TranscriptParser.parse("{\"title\": \"x\"}", "x.json"))
        .hasMessageContaining("x.json: a JSON file without a list of sentences");
  }

  @Test
  void lowerCaseSpeakerLabelsAreSpeakersAndOneOffAsidesStaySpeech() throws IOException {
    Transcript t = parse("plain-lower.txt");
    assertThat(t.format()).isEqualTo(TranscriptFormat.PLAIN);
    assertThat(lines(t)).containsExactly(
        "ana kim|When did you make the decision to go with Lumen?",
        "jordan blake (they/them)|Mid September, once the pilot was live. bottom line: we chose them for the connectors."
            + " pricing: that came later.",
        "ana kim|Was price a factor, and if so, how?",
        "rosa de la cruz|Not really, they were within five percent. honestly: it was never about price.");
    // roles are speakers from their first line; an aside in lower case after them is still speech
    assertThat(lines(parse("plain-roles.txt"))).containsExactly(
        "interviewer|When did you make the decision to go with Lumen?",
        "buyer|Mid September. our cfo: signed it the same week.");
    // the case the issue names, typed in lower case: every answer under its speaker, none dropped
    assertThat(lines(TranscriptParser.parse("priya shah: When did you make the decision to go with Lumen?\n"
        + "maya lind (she/her): Early August, after their engineer rebuilt our nightly job.\n"
        + "priya shah: Was price a factor, and if so, how?\n"
        + "omar haddad: Not really, they were within five percent.\n", "lower.txt"))).containsExactly(
        "priya shah|When did you make the decision to go with Lumen?",
        "maya lind (she/her)|Early August, after their engineer rebuilt our nightly job.",
        "priya shah|Was price a factor, and if so, how?",
        "omar haddad|Not really, they were within five percent.");
  }

  @Test
  void lowerCaseSpeakersInMeetAndZoomExports() throws IOException {
    Transcript meet = parse("meet-lower.txt");
    assertThat(meet.format()).isEqualTo(TranscriptFormat.MEET);
    assertThat(lines(meet)).containsExactly(
        "ana kim|Thanks for joining. When did you make the decision to go with Lumen?",
        "jordan blake|It was the week their engineer rebuilt our ingest job on the call. We had gone back and forth for weeks"
            + " and that settled it, because nobody on our side had to write a single connector.",
        "ana kim|Was price a factor, and if so, how?",
        "jordan blake|Not really. They were within five percent of you.");
    assertThat(lines(parse("zoom-lower.vtt"))).containsExactly(
        "ana kim|What was the main reason you chose Lumen?",
        "jordan blake|We compared both for a month. bottom line: we chose them for the connectors.",
        "ana kim|And price?",
        "jordan blake|Within five percent.");
  }

  @Test
  void lowerCaseNotesAreNoTranscript() {
    // two one-off "topic: remark" lines are notes, not two speakers
    assertThatThrownBy(() -> parse("notes-lower.txt"))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("notes-lower.txt:1: not a transcript format winloss reads");
    for (String no : List.of("so basically", "the problem", "our cfo", "bottom line", "note", "pricing, mostly", "why.")) {
      assertThat(SpeakerLabels.lowerCaseShape(no)).as(no).isFalse();
    }
    for (String yes : List.of("priya shah", "maya lind (she/her)", "interviewer", "speaker 2", "rosa de la cruz", "jean-luc o'neil")) {
      assertThat(SpeakerLabels.lowerCaseShape(yes)).as(yes).isTrue();
    }
  }

  @Test
  void firefliesVariantsAsTheyComeFromTheApiAndTheApp() throws IOException {
    // the API's transcript without the data wrapper, tab-indented, out of index order, times in ms,
    // a null speaker_name named by the speakers list, raw_text where text is empty, extra fields
    Transcript api = parse("fireflies-api-ms.json");
    assertThat(api.format()).isEqualTo(TranscriptFormat.FIREFLIES);
    assertThat(lines(api)).containsExactly("Ana Kim|when did you decide", "Jordan Blake|Right after the pilot, mid september");
    // a bare array in seconds, out of order: read by start time; a null name takes the id's name
    // from no other sentence, so it is "Speaker 7"; text wins over raw_text
    assertThat(lines(parse("fireflies-bare-seconds.json"))).containsExactly(
        "Speaker 7|When did you decide? Was price a factor?", "Jordan Blake|Not really.");
    // a null speaker_name whose speaker_id another sentence names
    assertThat(lines(TranscriptParser.parse("[{\"speaker_id\": 1, \"speaker_name\": \"Ana Kim\", \"text\": \"Why?\"},"
        + " {\"speaker_id\": 2, \"speaker_name\": \"Jo Li\", \"text\": \"Price.\"},"
        + " {\"speaker_id\": 1, \"speaker_name\": null, \"text\": \"And then?\"}]", "f.json")))
        .containsExactly("Ana Kim|Why?", "Jo Li|Price.", "Ana Kim|And then?");
  }

  @Test
  void firefliesShapesItCannotReadAreRefusedNamingTheFileAndTheShapeExpected() {
    java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put("{\"errors\": [{\"message\": \"Object not found\"}], \"data\": null}",
        "f.json: a Fireflies API error response, not a transcript: Object not found");
    refused.put("{\"data\": {\"transcript\": null}}", "f.json:1: data.transcript is null");
    refused.put("{\"data\": {\"transcript\": {\"title\": \"x\"}}}",
        "f.json: a JSON file without a list of sentences (no data.transcript.sentences; it has title)");
    refused.put("{\"sentences\": {\"a\": 1}}", "f.json:1: sentences is a mapping, not a list");
    refused.put("[\"hello\", \"there\"]", "f.json:1: each sentence should be an object");
    refused.put("[{\"speaker_name\": \"Ana\", \"words\": \"hi\"}]",
        "f.json:1: a sentence without text (none of text, raw_text, sentence, content; it has speaker_name, words)");
    refused.put("{\"title\": \"x\"}", "f.json: a JSON file without a list of sentences");
    refused.put("[{\"speaker_name\": \"Ana\", \"text\": \"hi\"", "f.json:1: not readable JSON");
    refused.put("[]", "f.json: a Fireflies JSON export (sentences with speaker_name) file with no spoken text in it");
    refused.forEach((json, message) -> assertThatThrownBy(() -> TranscriptParser.parse(json, "f.json"))
        .as(json).isInstanceOf(WinlossException.class).hasMessageContaining(message));
    assertThatThrownBy(() -> TranscriptParser.parse("{\"sentences\": 3}", "f.json"))
        .hasMessageContaining("winloss reads Fireflies' JSON: a list of sentences");
  }

  @Test
  void labelShapes() {
    for (String yes : List.of("Priya Shah", "Priya Shah (she/her)", "Maya Lind | Corvid", "14155550123", "+1 415 555 0123",
        "Dr. Maya Lind", "Omar 🚀 Haddad", "🚀 Omar", "Ludwig van Beethoven", "María José", "Unknown Speaker", "Speaker 2",
        "Lind, Maya", "李伟")) {
      assertThat(SpeakerLabels.isLabel(yes)).as(yes).isTrue();
    }
    for (String no : List.of("Bottom line", "Note", "So basically", "Well, honestly", "The answer is simple", "Why not?",
        "http", "It was the week their engineer rebuilt our nightly job. We", "one two three four five six seven eight nine")) {
      assertThat(SpeakerLabels.isLabel(no)).as(no).isFalse();
    }
    assertThat(SpeakerLabels.nonSpeech("00:01:31")).isTrue();
    assertThat(SpeakerLabels.nonSpeech("[01:02:03]")).isTrue();
    assertThat(SpeakerLabels.nonSpeech("Transcription ended after 00:02:10")).isTrue();
    assertThat(SpeakerLabels.nonSpeech("This editable transcript was computer generated and might contain errors.")).isTrue();
    assertThat(SpeakerLabels.nonSpeech("At 10:30 we signed.")).isFalse();
  }

  /** The real public samples, when this machine has them (never needed for the build). */
  @Test
  void realSamplesWhenPresent() throws IOException {
    // the project's sibling folder ../shared/data, seen from this module (core/) of a checkout
    Path data = Stream.of(Path.of("..", "..", "shared", "data"), Path.of("..", "..", "..", "shared", "data"))
        .filter(Files::isDirectory).findFirst().orElse(null);
    Assumptions.assumeTrue(data != null, "no ../shared/data beside this checkout (optional real transcript samples)");
    try (var s = Files.walk(data)) {
      for (Path p : s.filter(f -> f.toString().matches(".*\\.(vtt|srt)$") || f.toString().endsWith(".otter.txt")).sorted().toList()) {
        String text = Files.readString(p);
        Transcript t = TranscriptParser.parse(text, p.getFileName().toString());
        assertThat(t.turns()).as(p.toString()).isNotEmpty();
      }
    }
  }
}
