package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON strings and objects behind the values' {@code toString()}: every character JSON must
 * escape is escaped the short way where JSON has one, other control characters as six-character
 * hexadecimal escapes, and everything else, from the space on, is copied as it is.
 */
class JsonTextTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("\"", "\\\""),
        Arguments.of("\\", "\\\\"),
        Arguments.of("\b", "\\b"),
        Arguments.of("\f", "\\f"),
        Arguments.of("\n", "\\n"),
        Arguments.of("\r", "\\r"),
        Arguments.of("\t", "\\t"),
        Arguments.of("\u0000", "\\u0000"),
        Arguments.of("\u0001", "\\u0001"),
        Arguments.of("\u000b", "\\u000B"),
        Arguments.of("\u001f", "\\u001F"),
        Arguments.of(" ", " "),
        Arguments.of("/", "/"),
        Arguments.of("é", "é"),
        Arguments.of("\u007f", "\u007f"));
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("escapes")
  void quote_escapes_exactly_what_json_requires(String character, String escaped) {
    assertThat(JsonText.quote("a" + character + "b")).isEqualTo("\"a" + escaped + "b\"");
  }

  @Test
  void quote_of_the_empty_string_is_two_quotes() {
    assertThat(JsonText.quote("")).isEqualTo("\"\"");
  }

  @Test
  void object_lists_members_in_order_separated_by_commas() {
    assertThat(JsonText.object("code", "OC-1", "title", "Say \"hi\""))
        .isEqualTo("{\"code\":\"OC-1\",\"title\":\"Say \\\"hi\\\"\"}");
  }

  @Test
  void object_leaves_out_members_whose_value_is_null_without_a_stray_comma() {
    assertThat(JsonText.object("a", null, "b", "2", "c", null, "d", "4"))
        .isEqualTo("{\"b\":\"2\",\"d\":\"4\"}");
    assertThat(JsonText.object("a", null)).isEqualTo("{}");
    assertThat(JsonText.object()).isEqualTo("{}");
  }
}
