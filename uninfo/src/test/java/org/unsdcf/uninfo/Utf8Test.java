package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Utf8}'s checks agree with the JDK's strict UTF-8 decoder (which rejects overlong forms,
 * surrogates, code points above U+10FFFF and truncated sequences), with NUL also refused, and say
 * "plain" exactly when the decoded text has no control but TAB, LF and CR, no DEL and no
 * supplementary character: also where the bytes are checked a word of eight at a time.
 */
class Utf8Test {

  /** The offset the JDK's decoder stops at, or the first NUL before it, or -1. */
  private static int expectedInvalid(byte[] b, int from) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    CharBuffer out = CharBuffer.allocate(2 * b.length + 2);
    CoderResult cr = d.decode(in, out, true);
    int bad = cr.isError() ? in.position() : -1;
    int end = bad < 0 ? b.length : bad;
    for (int i = from; i < end; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return bad;
  }

  private static boolean expectedPlain(byte[] b, int from) {
    if (expectedInvalid(b, from) >= 0) {
      return false;
    }
    String s = new String(b, from, b.length - from, StandardCharsets.UTF_8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0x7f
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] hex(String h) {
    return HexFormat.of().parseHex(h.replace(" ", ""));
  }

  @ParameterizedTest(name = "{0} → invalid at {1}, plain {2}")
  @CsvSource({
    "'', -1, true",
    "41, -1, true",
    "09 0a 0d, -1, true",
    "1f, -1, false",
    "20, -1, true",
    "7e, -1, true",
    "7f, -1, false",
    "41 00, 1, false",
    "80, 0, false",
    "bf, 0, false",
    "c0 80, 0, false",
    "c1 bf, 0, false",
    "c2 80, -1, true",
    "df bf, -1, true",
    "c2, 0, false",
    "c2 41, 0, false",
    "c2 c2 80, 0, false",
    "e0 9f bf, 0, false",
    "e0 a0 80, -1, true",
    "ed 9f bf, -1, true",
    "ed a0 80, 0, false",
    "ed bf bf, 0, false",
    "ee 80 80, -1, true",
    "ef bf bf, -1, true",
    "ef bf, 0, false",
    "41 e0 a0, 1, false",
    "f0 8f bf bf, 0, false",
    "f0 90 80 80, -1, false",
    "f4 8f bf bf, -1, false",
    "f4 90 80 80, 0, false",
    "f5 80 80 80, 0, false",
    "ff, 0, false",
    "41 42 43 44 45 46 47 48 c2 80, -1, true",
    "41 42 43 44 45 46 47 48 7f, -1, false",
    "41 42 43 44 45 46 47 7f, -1, false",
    "41 42 43 44 45 46 47 1f 41, -1, false",
    "41 42 43 44 45 46 47 00, 7, false",
    "41 42 43 44 45 46 47 20 20 20 20 20 20 20 7e 7e, -1, true",
    "41 42 43 44 45 46 47 48 41 42 43 44 45 46 47 48, -1, true",
    "41 42 43 44 45 46 47 48 41 42 43 44 45 46 47 80, 15, false",
    "41 42 43 44 45 46 47 48 41 42 43 44 45 46 e0 a0 80, -1, true",
  })
  void should_find_the_first_bad_byte_and_say_if_the_text_is_plain(
      String bytes, int invalid, boolean plain) {
    byte[] b = hex(bytes);

    assertThat(Utf8.scan(b, 0)).isEqualTo(new Utf8.Scan(invalid, plain));
    assertThat(Utf8.firstInvalid(b, 0)).isEqualTo(invalid);
    assertThat(expectedInvalid(b, 0)).isEqualTo(invalid);
  }

  @Test
  void should_start_at_the_given_offset() {
    byte[] b = hex("80 1f 41 42 43 44 45 46 47 48 49");

    assertThat(Utf8.scan(b, 1)).isEqualTo(new Utf8.Scan(-1, false));
    assertThat(Utf8.scan(b, 2)).isEqualTo(new Utf8.Scan(-1, true));
    assertThat(Utf8.firstInvalid(b, 0)).isZero();
    assertThat(Utf8.scan(b, b.length)).isEqualTo(new Utf8.Scan(-1, true));
  }

  @Test
  void should_flag_each_control_and_del_at_every_place_of_a_word() {
    for (int len = 8; len <= 17; len++) {
      for (int at = 0; at < len; at++) {
        for (int c : new int[] {0x01, 0x08, 0x0b, 0x1f, 0x7f, 0x09, 0x0a, 0x0d, 0x20, 0x7e}) {
          byte[] b = new byte[len];
          for (int i = 0; i < len; i++) {
            b[i] = (byte) ('a' + i % 26);
          }
          b[at] = (byte) c;
          boolean plain = c == 0x09 || c == 0x0a || c == 0x0d || c == 0x20 || c == 0x7e;

          assertThat(Utf8.scan(b, 0))
              .as("byte %02x at %d of %d", c, at, len)
              .isEqualTo(new Utf8.Scan(-1, plain));
        }
      }
    }
  }

  /** Bytes that sit on the boundaries the scan tests, and code points that encode near them. */
  private static final int[] SPECIAL_BYTES = {
    0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
    0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff
  };

  private static final int[] CODE_POINTS = {
    0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff
  };

  @Test
  void should_agree_with_the_jdk_decoder_on_many_mixed_byte_strings() {
    SplittableRandom random = new SplittableRandom(20261203);
    for (int n = 0; n < 30_000; n++) {
      int len = random.nextInt(41);
      int specialOneIn = n % 2 == 0 ? 24 : 4;
      byte[] b = new byte[len];
      int i = 0;
      while (i < len) {
        int pick = random.nextInt(specialOneIn);
        if (pick == 0) {
          b[i++] = (byte) SPECIAL_BYTES[random.nextInt(SPECIAL_BYTES.length)];
        } else if (pick == 1) {
          byte[] cp =
              new String(Character.toChars(CODE_POINTS[random.nextInt(CODE_POINTS.length)]))
                  .getBytes(StandardCharsets.UTF_8);
          for (int k = 0; k < cp.length && i < len; k++) {
            b[i++] = cp[k];
          }
        } else {
          b[i++] = (byte) (0x20 + random.nextInt(0x5f));
        }
      }
      int from = len == 0 ? 0 : random.nextInt(Math.min(len, 9) + 1);

      assertThat(Utf8.scan(b, from))
          .as("%s from %d", HexFormat.ofDelimiter(" ").formatHex(b), from)
          .isEqualTo(new Utf8.Scan(expectedInvalid(b, from), expectedPlain(b, from)));
    }
  }
}
