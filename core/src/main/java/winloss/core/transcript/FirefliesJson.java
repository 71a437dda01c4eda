package winloss.core.transcript;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import winloss.core.diag.WinlossException;
import winloss.core.text.InputProblem;
import winloss.core.yaml.YNode;
import winloss.core.yaml.YamlReader;

/**
 * Fireflies.ai's JSON transcripts, in the shapes they come in: the app's download (a bare array
 * of sentences, or {@code {"sentences": [...]}}) and the GraphQL API's response ({@code
 * {"data": {"transcript": {"sentences": [...]}}}}, also without the {@code data} wrapper).
 *
 * <p>A sentence is an object. Its words are {@code text} (else {@code raw_text}, {@code
 * sentence}, {@code content}); its speaker {@code speaker_name} (else {@code speaker}, {@code
 * speakerName}, {@code name}); a sentence whose name is null or missing takes the name another
 * sentence (or the API's {@code speakers} list) gives its {@code speaker_id}, else {@code
 * Speaker <id>}. Sentences are read in their
 * {@code index} order when every one has an index, else in the order of their start time
 * ({@code start_time}, {@code startTime} or {@code start}: seconds or milliseconds alike, only the
 * order is used) when every one has one, else in file order. Other fields ({@code end_time},
 * {@code ai_filters}, the title, ...) are ignored.
 *
 * <p>Anything else is refused naming the file (and line) and the shape expected: a GraphQL error
 * response (its message is quoted), a response whose transcript is null, a JSON value without a
 * list of sentences, a sentence that is not an object or has none of the text fields. JSON is read
 * as YAML 1.2, of which it is a subset, under the project's safe YAML limits.
 */
final class FirefliesJson {
  private static final String EXPECTED = "winloss reads Fireflies' JSON: a list of sentences"
      + " ({\"speaker_name\": ..., \"text\": ...}), {\"sentences\": [...]}, or the API's"
      + " {\"data\": {\"transcript\": {\"sentences\": [...]}}}";
  private static final List<String> TEXT = List.of("text", "raw_text", "sentence", "content");
  private static final List<String> NAME = List.of("speaker_name", "speaker", "speakerName", "name");
  private static final List<String> ID = List.of("speaker_id", "speakerId");
  private static final List<String> START = List.of("start_time", "startTime", "start");

  private FirefliesJson() {}

  static List<Turn> turns(String text, String source) {
    YNode doc;
    try {
      doc = YamlReader.parse(text, 1);
    } catch (InputProblem p) {
      throw new WinlossException(source + ":" + p.line() + ": not readable JSON: " + p.getMessage(), p);
    }
    Found found = sentences(doc, source);
    List<YNode> items = new ArrayList<>(found.sentences().items());
    Map<String, String> names = new HashMap<>();
    YNode speakers = found.holder() == null ? null : found.holder().get("speakers");
    if (speakers != null && speakers.isSeq()) {
      for (YNode sp : speakers.items()) {
        if (sp.isMap() && sp.str("id") != null && sp.str("name") != null && !sp.str("name").isBlank()) {
          names.put(sp.str("id").strip(), sp.str("name").strip());
        }
      }
    }
    for (YNode item : items) {
      if (!item.isMap()) {
        throw new WinlossException(source + ":" + item.line() + ": each sentence should be an object with speaker_name and text,"
            + " not " + item.describeKind() + "; " + EXPECTED);
      }
      if (TEXT.stream().noneMatch(item::has)) {
        throw new WinlossException(source + ":" + item.line() + ": a sentence without text (none of " + String.join(", ", TEXT)
            + "; it has " + String.join(", ", item.entries().keySet()) + "); " + EXPECTED);
      }
      String name = first(item, NAME);
      String id = first(item, ID);
      if (name != null && id != null) {
        names.putIfAbsent(id, name);
      }
    }
    order(items);
    List<Turn> turns = new ArrayList<>();
    for (YNode item : items) {
      String said = first(item, TEXT);
      String speaker = first(item, NAME);
      if (speaker == null) {
        String id = first(item, ID);
        speaker = id == null ? "" : names.getOrDefault(id, "Speaker " + id);
      }
      if (said != null && !SpeakerLabels.nonSpeech(said)) {
        turns.add(new Turn(speaker, TranscriptParser.clean(said), item.line()));
      }
    }
    return turns;
  }

  /** The list of sentences, and the object holding it (null for a bare array). */
  private record Found(YNode sentences, YNode holder) {}

  /** The list of sentences in one of the known shapes, or a refusal saying what the file holds instead. */
  private static Found sentences(YNode doc, String source) {
    if (doc != null && doc.isSeq()) {
      return new Found(doc, null);
    }
    if (doc == null || !doc.isMap()) {
      throw new WinlossException(source + ": the JSON holds " + (doc == null ? "nothing" : doc.describeKind())
          + ", not a transcript; " + EXPECTED);
    }
    YNode errors = doc.get("errors");
    YNode data = doc.get("data");
    if (errors != null && errors.isSeq() && (data == null || data.isNull())) {
      List<String> messages = new ArrayList<>();
      for (YNode e : errors.items()) {
        String m = e.isMap() ? e.str("message") : e.text();
        if (m != null) {
          messages.add(m);
        }
      }
      throw new WinlossException(source + ": a Fireflies API error response, not a transcript: " + String.join("; ", messages)
          + "; fetch the transcript again (check its id and the API key)");
    }
    YNode holder = doc;
    String path = "";
    if (data != null) {
      if (!data.isMap()) {
        throw new WinlossException(source + ":" + data.line() + ": data is " + data.describeKind() + "; " + EXPECTED);
      }
      holder = data;
      path = "data.";
    }
    YNode transcript = holder.get("transcript");
    if (transcript != null) {
      if (transcript.isNull()) {
        throw new WinlossException(source + ":" + transcript.line() + ": " + path + "transcript is null: the API found no"
            + " transcript for the id asked (or the key may not read it); fetch it again");
      }
      if (!transcript.isMap()) {
        throw new WinlossException(source + ":" + transcript.line() + ": " + path + "transcript is " + transcript.describeKind()
            + "; " + EXPECTED);
      }
      holder = transcript;
      path += "transcript.";
    }
    YNode list = holder.get("sentences");
    if (list == null) {
      throw new WinlossException(source + ": a JSON file without a list of sentences (no " + path + "sentences; it has "
          + String.join(", ", holder.entries().keySet()) + "); " + EXPECTED);
    }
    if (!list.isSeq()) {
      throw new WinlossException(source + ":" + list.line() + ": " + path + "sentences is " + list.describeKind()
          + ", not a list; " + EXPECTED);
    }
    return new Found(list, holder);
  }

  /** Sorts by index, else by start time, when every sentence has one (stable: ties keep file order). */
  private static void order(List<YNode> items) {
    for (List<String> keys : List.of(List.of("index"), START)) {
      List<BigDecimal> values = new ArrayList<>();
      for (YNode item : items) {
        BigDecimal v = number(first(item, keys));
        if (v == null) {
          break;
        }
        values.add(v);
      }
      if (values.size() == items.size()) {
        Map<YNode, BigDecimal> by = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
          by.put(items.get(i), values.get(i));
        }
        items.sort(Comparator.comparing(by::get));
        return;
      }
    }
  }

  private static BigDecimal number(String s) {
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String first(YNode item, List<String> keys) {
    for (String k : keys) {
      YNode n = item.get(k);
      if (n != null && n.isScalar() && n.text() != null && !n.text().isBlank()) {
        return n.text().strip();
      }
    }
    return null;
  }
}
