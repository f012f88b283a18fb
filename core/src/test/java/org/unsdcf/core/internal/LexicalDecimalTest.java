package org.unsdcf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Lexical#isBoundedDecimal} bounds a JSON number literal before any arithmetic: at most 34
 * significant digits (leading zeros not counted), a scale within ±20, an exponent that fits an int.
 */
class LexicalDecimalTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "1",
        "-1.5",
        "120000",
        "0.25",
        "1e5",
        "1E+5",
        "2.5e-3",
        "1e20",
        "1e-20",
        "1.5e-19",
        "-1.5e19",
        "0.00000000000000000001",
        "-0.00000000000000000001"
      })
  void should_accept_literals_within_the_bounds(String literal) {
    assertThat(Lexical.isBoundedDecimal(literal)).as(literal).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e21",
        "-1e21",
        "1e-21",
        "1.5e-20",
        "0.000000000000000000001",
        "1e99999999999",
        "1e-99999999999"
      })
  void should_reject_a_scale_beyond_twenty_or_an_exponent_past_an_int(String literal) {
    assertThat(Lexical.isBoundedDecimal(literal)).as(literal).isFalse();
  }

  static String[][] precision() {
    String d34 = "1234567890123456789012345678901234";
    return new String[][] {
      {d34, "true"},
      {"-" + d34, "true"},
      {d34 + "5", "false"},
      {"-" + d34 + "5", "false"},
      {"0".repeat(40) + d34, "true"},
      {"1" + "0".repeat(33), "true"},
      {"1" + "0".repeat(34), "false"},
      {"0.000" + d34.substring(0, 17), "true"},
      {"1234567890123456.789012345678901234", "true"},
      {"1234567890123456.7890123456789012345", "false"},
      {"10000000000000000.00000000000000000", "true"},
      {"10000000000000000.000000000000000000", "false"}
    };
  }

  @ParameterizedTest
  @MethodSource("precision")
  void should_count_significant_digits_without_leading_zeros(String literal, String bounded) {
    assertThat(Lexical.isBoundedDecimal(literal))
        .as(literal)
        .isEqualTo(Boolean.parseBoolean(bounded));
  }
}
