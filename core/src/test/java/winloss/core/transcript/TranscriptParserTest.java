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
