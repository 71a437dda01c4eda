package winloss.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads corpus files as strict UTF-8 text. A BOM is dropped and CRLF or lone CR become LF, so a
 * file saved on Windows reads exactly like a clean one (same content, same line numbers).
 */
public final class TextFiles {
  /** Markdown and YAML files are written by people; anything larger is a mistake. */
  public static final long MAX_DOCUMENT_BYTES = 2L * 1024 * 1024;
  /** deals.csv holds one row per closed deal: 32 MiB is over 100,000 deals. */
  public static final long MAX_TABLE_BYTES = 32L * 1024 * 1024;

  private TextFiles() {}

  public static String read(Path file, long maxBytes) throws IOException, InputProblem {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw InputProblem.unreadable(
          0,
          "file is "
              + humanSize(size)
              + ", over the "
              + humanSize(maxBytes)
              + " limit for this kind of file; is it the right file?");
    }
    // never more than the limit plus one byte: a pipe (ingest /dev/stdin) has no size, and may never end
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      throw InputProblem.unreadable(0, "file is over the " + humanSize(maxBytes) + " limit for this kind of file; is it the right file?");
    }
    return decode(bytes);
  }

  /** Strict UTF-8 decoding; names the line of the first invalid byte. */
  public static String decode(byte[] bytes) throws InputProblem {
    return normalize(utf8(bytes));
  }

  private static String utf8(byte[] bytes) throws InputProblem {
    // Fast path: the JDK's lenient decoder (vectorized for ASCII) turns every malformed sequence
    // into U+FFFD, so a result without U+FFFD came from valid UTF-8. Text that holds a real U+FFFD
    // takes the strict path below, which names the first invalid byte.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    return strictUtf8(bytes);
  }

  /** The reference decoder: reports the first malformed or unmappable sequence. */
  static String strictUtf8(byte[] bytes) throws InputProblem {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes);
      throw InputProblem.unreadable(
          lineAtByte(bytes, bad),
          "invalid UTF-8 at byte " + bad + "; re-save the file as UTF-8", e);
    }
    return text;
  }

  /** Drops a leading BOM and turns CRLF and lone CR into LF. */
  public static String normalize(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return text;
  }

  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static int lineAtByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  static String humanSize(long bytes) {
    if (bytes >= 1024 * 1024) {
      return (bytes / (1024 * 1024)) + " MiB";
    }
    if (bytes >= 1024) {
      return (bytes / 1024) + " KiB";
    }
    return bytes + " bytes";
  }
}
