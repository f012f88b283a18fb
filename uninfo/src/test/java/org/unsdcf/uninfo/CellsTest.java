package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text helpers the reader and the writer share, on the edges of each rule. */
class CellsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "77478.080000000002, 77478.08",
    "1.1000000000000001, 1.1",
    "' 42 ', 42",
    "0, 0",
    "-0.0, 0",
    "0.000, 0",
    "-2.5, -2.5",
    "1e3, 1000",
    "1E-5, 0.00001",
    "123456789012345678901234567890, 123456789012345680000000000000",
    // needs all 17 digits: the JDK 17 Double.toString would give ...248 or ...008
    "231845256772633248, 231845256772633250",
    "282879384806159008, 282879384806159000",
  })
  void should_give_the_shortest_decimal_reading_back_to_the_same_double(
      String raw, String shortest) {
    assertThat(Cells.shortestDecimal(raw)).isEqualTo(shortest);
    assertThat(Double.parseDouble(Cells.shortestDecimal(raw)))
        .isEqualTo(Double.parseDouble(raw.strip()));
  }

  @Test
  void should_keep_text_that_is_no_finite_number_as_it_is() {
    assertThat(Cells.shortestDecimal(null)).isEmpty();
    assertThat(Cells.shortestDecimal("abc")).isEqualTo("abc");
    assertThat(Cells.shortestDecimal("1.2.3")).isEqualTo("1.2.3");
    assertThat(Cells.shortestDecimal("1e999")).isEqualTo("1e999");
    assertThat(Cells.shortestDecimal("-1e999")).isEqualTo("-1e999");
  }

  @Test
  void should_split_outside_parentheses_and_after_each_separator() {
    assertThat(Cells.split("a, b, c", ", ")).containsExactly("a", "b", "c");
    assertThat(Cells.split("a; b; c", "; ")).containsExactly("a", "b", "c");
    assertThat(Cells.split("x, y,z", ", ")).containsExactly("x", "y,z");
    assertThat(Cells.split("a (b, c), d", ", ")).containsExactly("a (b, c)", "d");
    // a closing parenthesis without an opening one does not stop the split
    assertThat(Cells.split("a), b, c", ", ")).containsExactly("a)", "b", "c");
    assertThat(Cells.split("a)), (b, c)", ", ")).containsExactly("a))", "(b, c)");
    assertThat(Cells.split(" -, , a, -", ", ")).containsExactly("a");
  }

  @ParameterizedTest(name = "''{0}'' → ''{1}''")
  @CsvSource({
    "AZaz09, AZaz09",
    "0a, 0a",
    "9a, 9a",
    "Aa, Aa",
    "Za, Za",
    "aa, aa",
    "za, za",
    "@a, a",
    "[a, a",
    "`a, a",
    "{a, a",
    "/a, a",
    ":a, a",
    ".a, a",
    "x@[`{, x----",
    "x/:._-, x/:._-",
    "x y, x-y",
  })
  void should_keep_code_characters_and_drop_those_that_cannot_start_a_code(
      String text, String code) {
    assertThat(Cells.codeChars(text)).isEqualTo(code);
  }

  @Test
  void should_accept_as_code_only_text_of_code_characters_up_to_64() {
    assertThat(Cells.isCode("a".repeat(64))).isTrue();
    assertThat(Cells.isCode("a".repeat(65))).isFalse();
    assertThat(Cells.isCode("a")).isTrue();
    assertThat(Cells.isCode("")).isFalse();
    assertThat(Cells.isCode("a b")).isFalse();
    assertThat(Cells.isCode("-a")).isFalse();
  }

  @ParameterizedTest(name = "''{0}'' → ''{1}''")
  @CsvSource({
    "'''=1', '=1'",
    "'''+1', '+1'",
    "'''-x', '-x'",
    "'''@x', '@x'",
    "'''=', '='",
    "'''x', '''x'",
    "'''', ''''",
    "'''''=', '''''='",
    "'=1', '=1'",
    "'', ''",
  })
  void should_drop_only_the_guard_before_a_formula_character(String cell, String unguarded) {
    assertThat(Cells.unguard(cell)).isEqualTo(unguarded);
  }
}
