package winloss.core.transcript;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import winloss.core.diag.WinlossException;
import winloss.core.text.FrontMatter;

/**
 * A human-owned markdown file exactly as it is on disk (BOM, CRLF and all), split at the end of
 * its front matter, so a command can change the body, or lines of it, and leave every other
 * byte alone.
 *
 * @param text the whole file, decoded but not normalized
 * @param bodyStart the offset just after the closing {@code ---} line (0 when there is no front matter)
 * @param newline the file's line separator ({@code \n} or {@code \r\n})
 */
public record RawDocument(String text, int bodyStart, String newline) {

  public static RawDocument read(Path file, String shown) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new WinlossException(shown + ": cannot read the file: " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new WinlossException(shown + ": not valid UTF-8; re-save the file as UTF-8", e);
    }
    return parse(text);
  }

  public static RawDocument parse(String text) {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int first = text.indexOf('\n', start);
    if (first < 0 || !FrontMatter.isDelimiter(text, start, first, false)) {
      return new RawDocument(text, 0, newline);
    }
    int pos = first + 1;
    while (pos > 0 && pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      if (FrontMatter.isDelimiter(text, pos, end < 0 ? text.length() : end, true)) {
        return new RawDocument(text, end < 0 ? text.length() : end + 1, newline);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
    }
    return new RawDocument(text, 0, newline);
  }

  public boolean hasFrontMatter() {
    return bodyStart > 0;
  }

  public String front() {
    return text.substring(0, bodyStart);
  }

  public String body() {
    return text.substring(bodyStart);
  }
}
