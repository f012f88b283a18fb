package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.json.BadInputTest.MIN;
import static org.unsdcf.json.BadInputTest.is;
import static org.unsdcf.json.Json.utf8;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The problems found before and while parsing (design.md §5.1 rows 1, 2, 6, 20–22; §5.2 positions):
 * the bad byte and its offset in an ENCODING message, counted with the BOM though columns are not,
 * the character a syntax error stopped at, and literals cut off by the end of input as truncation.
 */
class SyntaxMessagesTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(String ascii, int... more) {
    byte[] b = new byte[more.length];
    for (int i = 0; i < more.length; i++) {
      b[i] = (byte) more[i];
    }
    return concat(utf8(ascii), b);
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of(
            concat(bytes("", 0xFF), utf8(MIN)), 1, 1, "byte 0xFF at offset 0 is not valid UTF-8"),
        Arguments.of(
            bytes("{\"a\":\"", 0xC0, 0xAF), 1, 7, "byte 0xC0 at offset 6 is not valid UTF-8"),
        Arguments.of(
            concat(BOM, bytes("{\"a\":\"", 0xC0, 0xAF)),
            1,
            7,
            "byte 0xC0 at offset 9 is not valid UTF-8"),
        Arguments.of(
            bytes("{\n\"\u00e9\":\"", 0x80), 2, 6, "byte 0x80 at offset 8 is not valid UTF-8"),
        Arguments.of(
            bytes("{", 0),
            1,
            2,
            "byte 0x00 at offset 1: the document looks like UTF-16 or UTF-32, not UTF-8"),
        Arguments.of(
            concat(BOM, bytes("{", 0)),
            1,
            2,
            "byte 0x00 at offset 4: the document looks like UTF-16 or UTF-32, not UTF-8"),
        Arguments.of(
            bytes("", 0, '{', 0, '"'),
            1,
            1,
            "byte 0x00 at offset 0: the document looks like UTF-16 or UTF-32, not UTF-8"));
  }

  @ParameterizedTest(name = "[{index}] {3}")
  @MethodSource("encodings")
  void should_give_the_bad_byte_and_its_offset(byte[] doc, int line, int column, String message) {
    ReadProblem p = BadInputTest.only(doc);

    is(p, ReadProblemCode.ENCODING, "", line, column);
    assertThat(p.message()).isEqualTo(message);
  }

  @Test
  void should_call_a_second_bom_malformed_json() {
    ReadProblem p = BadInputTest.only(utf8("\ufeff\ufeff"));

    is(p, ReadProblemCode.JSON_SYNTAX, "", 1, 1);
    assertThat(p.message()).isEqualTo("malformed JSON: a second byte order mark");
  }

  /** One character of each UTF-8 length, at each edge of the lead-byte ranges. */
  static Stream<String> characters() {
    return Stream.of(
        "x", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffff", "\ud800\udc00", "\udbff\udfff");
  }

  private static String shown(String c) {
    return c.equals("\u007f") ? "\\u007F" : c;
  }

  @ParameterizedTest(name = "[{index}] U+{0}")
  @MethodSource("characters")
  void should_name_the_character_where_the_json_went_wrong(String c) {
    String inside = "{\"formatVersion\":1 " + c + "}";
    ReadProblem p = BadInputTest.only(inside);
    is(p, ReadProblemCode.JSON_SYNTAX, "", 1, 20);
    assertThat(p.message()).isEqualTo("malformed JSON: unexpected '" + shown(c) + "'");

    ReadProblem last = BadInputTest.only("{\"formatVersion\":1 " + c);
    assertThat(last.code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
    assertThat(last.message()).isEqualTo("malformed JSON: unexpected '" + shown(c) + "'");

    ReadProblem trailing = BadInputTest.only(MIN + " " + c);
    is(trailing, ReadProblemCode.TRAILING_CONTENT, "", 1, MIN.length() + 2);
    assertThat(trailing.message())
        .isEqualTo("unexpected content after the plan: unexpected '" + shown(c) + "'");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "t", "tr", "tru", "true", "f", "fa", "fal", "fals", "false", "n", "nu", "nul", "null"
  })
  void should_report_a_literal_cut_off_by_the_end_as_truncated(String literal) {
    for (String head : new String[] {"{\"formatVersion\":1,\"x\":", "[", "{\"a\":[1,"}) {
      String doc = head + literal;
      is(
          BadInputTest.only(doc),
          ReadProblemCode.JSON_TRUNCATED,
          BadInputTest.only(doc).path(),
          1,
          doc.length() + 1);
    }
    String alone = literal;
    if (!alone.equals("true") && !alone.equals("false") && !alone.equals("null")) {
      is(BadInputTest.only(alone), ReadProblemCode.JSON_TRUNCATED, "", 1, alone.length() + 1);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"tx", "trux", "truex", "nulx", "nulll", "falsy", "fx", "a", "x"})
  void should_report_a_misspelt_literal_as_malformed_at_its_start(String literal) {
    String doc = "{\"formatVersion\":1,\"x\":" + literal;
    ReadProblem p = BadInputTest.only(doc);

    is(p, ReadProblemCode.JSON_SYNTAX, p.path(), 1, doc.length() - literal.length() + 1);
    assertThat(p.message()).isEqualTo("malformed JSON: unexpected '" + literal.charAt(0) + "'");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"x", "}", "]", ":"})
  void should_name_the_first_character_when_the_json_is_wrong_from_the_start(String doc) {
    ReadProblem p = BadInputTest.only(doc);

    is(p, ReadProblemCode.JSON_SYNTAX, "", 1, 1);
    assertThat(p.message()).isEqualTo("malformed JSON: unexpected '" + doc + "'");
  }

  @Test
  void should_name_no_character_when_the_parser_stops_inside_one() {
    // Jackson stops after the lead byte of a non-ASCII first character; only the line of a
    // JSON_SYNTAX position is contractual (design.md §11), and no half character is quoted.
    ReadProblem p = BadInputTest.only("\u00e9");

    assertThat(p.code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("malformed JSON");
  }
}
