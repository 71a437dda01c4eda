package winloss.core.transcript;

import java.util.ArrayList;
import java.util.List;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * Fireflies.ai's JSON export: a list of sentences, each with the speaker's name and the text,
 * either at the top level or under {@code sentences} (also {@code transcript.sentences} or
 * {@code data.transcript.sentences}, as the API returns it). The text is {@code text} (else
 * {@code sentence}, {@code raw_text}); the speaker {@code speaker_name} (else {@code speaker},
 * else {@code Speaker <speaker_id>}). JSON is read as YAML 1.2, of which it is a subset, with the
 * project's safe YAML limits.
 */
final class FirefliesJson {
  private FirefliesJson() {}

  static List<Turn> turns(String text, String source) {
    YNode doc;
    try {
      doc = YamlReader.parse(text, 1);
    } catch (InputProblem p) {
      throw new WinlossException(source + ":" + p.line() + ": not readable JSON: " + p.getMessage(), p);
    }
    YNode list = sentences(doc);
    if (list == null) {
      throw new WinlossException(source + ": a JSON file without a list of sentences; winloss reads Fireflies' JSON export"
          + " (a list of {speaker_name, text}, or {\"sentences\": [...]})");
    }
    List<Turn> turns = new ArrayList<>();
    for (YNode item : list.items()) {
      if (!item.isMap()) {
        throw new WinlossException(source + ":" + item.line() + ": each sentence should be an object with speaker_name and text");
      }
      String said = first(item, "text", "sentence", "raw_text", "content");
      String speaker = first(item, "speaker_name", "speaker", "speakerName", "name");
      if (speaker == null) {
        String id = first(item, "speaker_id", "speakerId");
        speaker = id == null ? "" : "Speaker " + id;
      }
      if (said != null && !said.isBlank() && !SpeakerLabels.nonSpeech(said)) {
        turns.add(new Turn(speaker, TranscriptParser.clean(said), item.line()));
      }
    }
    return turns;
  }

  private static YNode sentences(YNode doc) {
    if (doc == null) {
      return null;
    }
    if (doc.isSeq()) {
      return doc;
    }
    if (!doc.isMap()) {
      return null;
    }
    for (String key : List.of("sentences", "transcript", "data")) {
      YNode n = doc.get(key);
      if (n != null && (n.isSeq() || n.isMap())) {
        YNode found = n.isSeq() && key.equals("sentences") ? n : sentences(n);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String first(YNode item, String... keys) {
    for (String k : keys) {
      YNode n = item.get(k);
      if (n != null && n.isScalar() && n.text() != null && !n.text().isBlank()) {
        return n.text().strip();
      }
    }
    return null;
  }
}
