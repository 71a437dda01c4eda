package winloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast UTF-8 path accepts exactly what the strict decoder accepts, with the same text. */
class Utf8FastPathTest {
  private static String outcome(boolean fast, byte[] bytes) {
    try {
      return "ok:" + (fast ? TextFiles.decode(bytes) : TextFiles.normalize(TextFiles.strictUtf8(bytes)));
    } catch (InputProblem e) {
      return "error at " + e.line() + ": " + e.getMessage();
    }
  }

  @Test
  void randomBytesDecodeTheSameAsTheStrictDecoder() {
    SplittableRandom r = new SplittableRandom(11);
    byte[][] pieces = {
      "plain ascii ".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
      "é".getBytes(StandardCharsets.UTF_8), "東".getBytes(StandardCharsets.UTF_8),
      "\ud83d\ude00".getBytes(StandardCharsets.UTF_8), "\ufffd".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {0}
    };
    int errors = 0;
    for (int i = 0; i < 20000; i++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      int n = r.nextInt(6);
      for (int j = 0; j < n; j++) {
        byte[] p = pieces[r.nextInt(pieces.length)];
        b.write(p, 0, p.length);
      }
      if (r.nextInt(4) == 0) {
        b.write(r.nextInt(256));
      }
      byte[] bytes = b.toByteArray();
      String strict = outcome(false, bytes);
      assertThat(outcome(true, bytes)).as("bytes %s", java.util.Arrays.toString(bytes)).isEqualTo(strict);
      if (strict.startsWith("error")) {
        errors++;
      }
    }
    assertThat(errors).isGreaterThan(1000);
  }
}
