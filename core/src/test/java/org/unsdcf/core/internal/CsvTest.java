package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

  @Test
  void should_read_lf_records() {
    assertThat(Csv.parse("code,title\n1,End poverty\n"))
        .containsExactly(List.of("code", "title"), List.of("1", "End poverty"));
  }

  @Test
  void should_read_crlf_records() {
    assertThat(Csv.parse("a,b\r\nc,d\r\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void should_read_a_last_record_without_a_line_break() {
    assertThat(Csv.parse("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void should_keep_commas_inside_quotes() {
    assertThat(Csv.parse("1,\"End hunger, achieve food security\"\n"))
        .containsExactly(List.of("1", "End hunger, achieve food security"));
  }

  @Test
  void should_turn_doubled_quotes_into_one() {
    assertThat(Csv.parse("\"say \"\"hi\"\"\",\"\"\"\"\n"))
        .containsExactly(List.of("say \"hi\"", "\""));
  }

  @Test
  void should_keep_line_breaks_inside_quotes() {
    assertThat(Csv.parse("\"a\nb\",\"c\r\nd\"\r\ne,f\n"))
        .containsExactly(List.of("a\nb", "c\r\nd"), List.of("e", "f"));
  }

  @Test
  void should_read_empty_fields() {
    assertThat(Csv.parse(",a,,\"\",\n")).containsExactly(List.of("", "a", "", "", ""));
  }

  @Test
  void should_end_a_record_with_a_trailing_comma_at_the_end_of_text() {
    assertThat(Csv.parse("a,")).containsExactly(List.of("a", ""));
  }

  @Test
  void should_read_a_blank_line_as_one_empty_field() {
    assertThat(Csv.parse("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
  }

  @Test
  void should_read_no_record_from_empty_text() {
    assertThat(Csv.parse("")).isEmpty();
  }

  @Test
  void should_keep_spaces_and_non_ascii_characters_as_given() {
    assertThat(Csv.parse(" a , Under\u20115 \n")).containsExactly(List.of(" a ", " Under\u20115 "));
  }

  @Test
  void should_give_unmodifiable_records() {
    List<List<String>> records = Csv.parse("a,b\n");

    assertThatThrownBy(() -> records.get(0).add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> records.add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "'a,b\"c'                | line 1, column 4: a quote may appear only inside a quoted field",
        "'a\n\"b\"c'             | line 2, column 4: a closing quote must end the field",
        "'a\n\"x\ny'             | line 2, column 1: quoted field is not closed",
        "'a\rb'                  | line 1, column 2: a CR must be followed by LF",
        "'a\r'                   | line 1, column 2: a CR must be followed by LF",
        "'\"a\nbc\"d'             | line 2, column 4: a closing quote must end the field",
        "'\"a\nb\",c\nd\"e'      | line 3, column 2: a quote may appear only inside a quoted field",
      })
  void should_reject_what_rfc_4180_does_not_allow_naming_line_and_column(
      String text, String message) {
    assertThatThrownBy(() -> Csv.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSV " + message);
  }

  @Test
  void should_read_a_quoted_field_that_ends_the_text() {
    assertThat(Csv.parse("x,\"a\"")).containsExactly(List.of("x", "a"));
    assertThat(Csv.parse("\"a\"\"\"")).containsExactly(List.of("a\""));
  }

  @Test
  void should_name_the_argument_when_the_text_is_null() {
    assertThatThrownBy(() -> Csv.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }
}
