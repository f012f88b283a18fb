package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.json.internal.Utf8;

/**
 * The strict UTF-8 check of design.md §5 on each lead byte's range: the offset of the first bad
 * byte, {@code -2 - start} for a sequence cut off by the end, {@code -1} when all is well.
 */
class Utf8Test {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static Stream<Arguments> sequences() {
    return Stream.of(
        Arguments.of("ASCII", bytes('a', 'b'), -1L),
        Arguments.of("lone continuation byte 0x80", bytes(0x80), 0L),
        Arguments.of("continuation byte after ASCII", bytes('a', 0x80), 1L),
        Arguments.of("overlong C1", bytes(0xC1, 0xBF), 0L),
        Arguments.of("lowest two-byte lead C2", bytes(0xC2, 0x80), -1L),
        Arguments.of("highest two-byte lead DF", bytes(0xDF, 0xBF), -1L),
        Arguments.of("overlong E0 9F", bytes(0xE0, 0x9F, 0xBF), 0L),
        Arguments.of("E0 A0", bytes(0xE0, 0xA0, 0x80), -1L),
        Arguments.of("E1", bytes(0xE1, 0x80, 0x80), -1L),
        Arguments.of("EC", bytes(0xEC, 0xBF, 0xBF), -1L),
        Arguments.of("ED 9F, below the surrogates", bytes(0xED, 0x9F, 0xBF), -1L),
        Arguments.of("ED A0, a surrogate", bytes(0xED, 0xA0, 0x80), 0L),
        Arguments.of("EE", bytes(0xEE, 0x80, 0x80), -1L),
        Arguments.of("EF", bytes(0xEF, 0xBF, 0xBF), -1L),
        Arguments.of("overlong F0 8F", bytes(0xF0, 0x8F, 0xBF, 0xBF), 0L),
        Arguments.of("F0 90", bytes(0xF0, 0x90, 0x80, 0x80), -1L),
        Arguments.of("F1", bytes(0xF1, 0x80, 0x80, 0x80), -1L),
        Arguments.of("F2", bytes(0xF2, 0xBF, 0xBF, 0xBF), -1L),
        Arguments.of("F3", bytes(0xF3, 0xBF, 0xBF, 0xBF), -1L),
        Arguments.of("F4 8F, U+10FFFF", bytes(0xF4, 0x8F, 0xBF, 0xBF), -1L),
        Arguments.of("F4 90, above U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80), 0L),
        Arguments.of("F5", bytes(0xF5, 0x80, 0x80, 0x80), 0L),
        Arguments.of("FF", bytes('x', 0xFF), 1L),
        Arguments.of("bad third byte", bytes(0xE2, 0x82, 'a'), 0L),
        Arguments.of("bad fourth byte", bytes('a', 0xF1, 0x80, 0x80, 'a'), 1L),
        Arguments.of("cut after the lead", bytes('a', 0xE2), -3L),
        Arguments.of("cut after two of four", bytes(0xF0, 0x9F), -2L),
        Arguments.of("cut after three of four", bytes('a', 'b', 0xF0, 0x9F, 0x98), -4L),
        Arguments.of(
            "bad byte after a run of ASCII",
            bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 0xC0, 0xAF),
            10L),
        Arguments.of(
            "exactly eight ASCII bytes then a bad one",
            bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 0x80),
            8L),
        Arguments.of(
            "two-byte sequences between ASCII runs",
            bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 0xC3, 0xA9, 'i', 0xC3, 0xA9),
            -1L));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sequences")
  void should_find_the_first_byte_that_is_not_strict_utf8(String name, byte[] b, long expected) {
    assertThat(Utf8.check(b, 0, b.length)).isEqualTo(expected);
  }

  @Test
  void should_check_only_the_given_range() {
    byte[] b = bytes(0x80, 'a', 'b', 0xE2, 0x82, 0xAC, 0xFF);

    assertThat(Utf8.check(b, 1, 6)).isEqualTo(-1L);
    assertThat(Utf8.check(b, 1, 5)).isEqualTo(-2L - 3);
    assertThat(Utf8.check(b, 1, 7)).isEqualTo(6L);
  }
}
