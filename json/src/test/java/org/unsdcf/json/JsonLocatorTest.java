package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.json.Json.a2q;
import static org.unsdcf.json.Json.utf8;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLocatorTest {
  private static final String DOC =
      a2q(
          "{\n"
              + "  'code': 'KGZ',\n"
              + "  'list': [\n"
              + "    {'a': 1},\n"
              + "    {'b': [true, null]}\n"
              + "  ],\n"
              + "  'empty': {}\n"
              + "}\n");

  static Stream<Arguments> pointers() {
    return Stream.of(
        Arguments.of("", 1, 1),
        Arguments.of("/code", 2, 11),
        Arguments.of("/list", 3, 11),
        Arguments.of("/list/0", 4, 5),
        Arguments.of("/list/0/a", 4, 11),
        Arguments.of("/list/1/b/1", 5, 18),
        Arguments.of("/empty", 7, 12));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("pointers")
  void should_locate_the_first_character_of_each_value(String pointer, int line, int column) {
    assertThat(JsonLocator.of(utf8(DOC)).locate(pointer)).contains(new JsonLocation(line, column));
  }

  @Test
  void should_locate_an_absent_member_at_its_parent_objects_brace() {
    JsonLocator locator = JsonLocator.of(utf8(DOC));

    assertThat(locator.locate("/list/0/missing")).contains(new JsonLocation(4, 5));
    assertThat(locator.locate("/empty/deeper/still")).contains(new JsonLocation(7, 12));
    assertThat(locator.locate("/nothing")).contains(new JsonLocation(1, 1));
  }

  @Test
  void should_count_code_points_and_every_kind_of_line_break() {
    // "é" is two bytes and the emoji four: each is one column.
    byte[] doc = utf8("\uFEFF{\"é\": \"\uD83D\uDE00\", \"x\": 1,\r\n\"y\":\r2,\n \"z\": 3}");

    JsonLocator locator = JsonLocator.of(doc);

    assertThat(locator.locate("")).contains(new JsonLocation(1, 1));
    assertThat(locator.locate("/é")).contains(new JsonLocation(1, 7));
    assertThat(locator.locate("/x")).contains(new JsonLocation(1, 17));
    assertThat(locator.locate("/y")).contains(new JsonLocation(3, 1));
    assertThat(locator.locate("/z")).contains(new JsonLocation(4, 7));
  }

  @Test
  void should_unescape_member_names_as_rfc_6901_does() {
    JsonLocator locator = JsonLocator.of(utf8(a2q("{'a/b': 1, 'm~n': 2}")));

    assertThat(locator.locate("/a~1b")).contains(new JsonLocation(1, 9));
    assertThat(locator.locate("/m~0n")).contains(new JsonLocation(1, 19));
  }

  @Test
  void should_escape_a_tilde_or_slash_that_starts_a_name() {
    JsonLocator locator = JsonLocator.of(utf8(a2q("{'~a': 1, '/b': 2}")));

    assertThat(locator.locate("/~0a")).contains(new JsonLocation(1, 8));
    assertThat(locator.locate("/~1b")).contains(new JsonLocation(1, 17));
  }

  @Test
  void should_end_a_line_at_a_cr_that_is_the_last_byte() {
    JsonLocator locator = JsonLocator.of(utf8("{\"a\": 1,\r\"b\": 2}\r"));

    assertThat(locator.locate("/b")).contains(new JsonLocation(2, 6));
  }

  @Test
  void should_keep_the_first_of_duplicate_members() {
    assertThat(JsonLocator.of(utf8(a2q("{'a': 1, 'a': 2}"))).locate("/a"))
        .contains(new JsonLocation(1, 7));
  }

  @Test
  void should_locate_what_precedes_a_syntax_error_and_nothing_in_an_empty_document() {
    JsonLocator broken = JsonLocator.of(utf8(a2q("{'a': 1, 'b': [2, }")));

    assertThat(broken.locate("/a")).contains(new JsonLocation(1, 7));
    assertThat(broken.locate("/b/0")).contains(new JsonLocation(1, 16));
    assertThat(JsonLocator.of(new byte[0]).locate("/a")).isEmpty();
    assertThat(JsonLocator.of(utf8("   ")).locate("")).isEmpty();
  }

  @Test
  void should_ignore_what_follows_the_root_value() {
    JsonLocator locator = JsonLocator.of(utf8(a2q("{'a': 1} {'b': 2}")));

    assertThat(locator.locate("/b")).contains(new JsonLocation(1, 1));
  }

  @Test
  void should_reject_a_pointer_without_leading_slash() {
    JsonLocator locator = JsonLocator.of(utf8(DOC));

    assertThatThrownBy(() -> locator.locate("code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pointer");
    assertThatThrownBy(() -> new JsonLocation(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line");
    assertThatThrownBy(() -> new JsonLocation(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column");
  }

  @Test
  void should_not_see_later_changes_to_the_callers_array() {
    byte[] doc = utf8(a2q("{'a': 1}"));
    JsonLocator locator = JsonLocator.of(doc);
    doc[1] = ' ';

    assertThat(locator.locate("/a")).contains(new JsonLocation(1, 7));
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("\"2023-03-24\"", "\"2023-02-30\""),
        Arguments.of("\"KGZ-2023-2027\"", "\"bad code\""),
        Arguments.of("\"currency\": \"USD\"", "\"currency\": 12"));
  }

  /** The reader's own problem positions are the oracle: both count as design.md §5.2 says. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("faults")
  void should_agree_with_the_readers_position_of_a_bad_value(String from, String to) {
    ReadProblem problem = Json.problemsOf(Json.goldenWith(from, to)).problems().get(0);

    Optional<JsonLocation> located = JsonLocator.of(utf8(Json.golden())).locate(problem.path());

    assertThat(located).contains(new JsonLocation(problem.line(), problem.column()));
  }
}
