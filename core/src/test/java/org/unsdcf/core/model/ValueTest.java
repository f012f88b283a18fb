package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTest {
  static final String DIGITS = "must have at most 34 significant digits and 20 decimal places";

  @Test
  void should_make_62_point_00_equal_to_62() {
    Value.Numeric a = Value.numeric(new BigDecimal("62.00"));
    Value.Numeric b = Value.numeric(62);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.amount().scale()).isZero();
    assertThat(Value.numeric("62.00")).isEqualTo(b);
  }

  @ParameterizedTest
  @CsvSource({
    "1E+3, 1000, 0",
    "1000, 1000, 0",
    "0.500, 0.5, 1",
    "-0.0, 0, 0",
    "0E-10, 0, 0",
    "-12.340, -12.34, 2",
    "0.00000000000000000001, 0.00000000000000000001, 20"
  })
  void should_normalise_the_amount(String given, String plain, int scale) {
    BigDecimal amount = Value.numeric(new BigDecimal(given)).amount();

    assertThat(amount.toPlainString()).isEqualTo(plain);
    assertThat(amount.scale()).isEqualTo(scale);
  }

  @Test
  void should_reject_more_than_34_significant_digits() {
    // 15 integer digits and 20 decimals: below 10^15 and within scale 20, but precision 35.
    String amount = "123456789012345.12345678901234567891";

    assertViolation(() -> Value.numeric(amount), "Value", "amount", amount, DIGITS);
  }

  @Test
  void should_accept_34_significant_digits() {
    String amount = "12345678901234.12345678901234567891";

    assertThat(Value.numeric(amount).amount().precision()).isEqualTo(34);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.000000000000000000001", "1.000000000000000000001"})
  void should_reject_more_than_20_decimal_places(String amount) {
    assertViolation(() -> Value.numeric(amount), "Value", "amount", amount, DIGITS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000000", "-1000000000000000", "1E+15", "1E+400"})
  void should_reject_10_to_the_15_or_more_in_absolute_value(String amount) {
    assertViolation(
        () -> Value.numeric(amount),
        "Value",
        "amount",
        amount,
        "must be below 10^15 in absolute value");
  }

  @Test
  void should_accept_negative_amounts() {
    assertThat(Value.numeric(-5).amount()).isEqualTo(BigDecimal.valueOf(-5));
  }

  @Test
  void should_keep_qualitative_text_verbatim() {
    Value.Qualitative v = Value.qualitative("  Draft law submitted  ");

    assertThat(v.text()).isEqualTo("  Draft law submitted  ");
    assertThat(v.isNumeric()).isFalse();
    assertThat(v).isEqualTo(Value.qualitative("  Draft law submitted  "));
    assertThat(v).isNotEqualTo(Value.qualitative("Draft law submitted"));
    assertThat(v).hasToString("  Draft law submitted  ");
  }

  @Test
  void should_tell_numeric_from_qualitative() {
    assertThat(Value.numeric(1).isNumeric()).isTrue();
    assertThat(Value.qualitative("1").isNumeric()).isFalse();
    assertThat((Value) Value.qualitative("1")).isNotEqualTo(Value.numeric(1));
    assertThat(Value.numeric("1E+3")).hasToString("1000");
  }

  @Test
  void should_reject_nulls_naming_them() {
    assertThatThrownBy(() -> Value.numeric((BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount");
    assertThatThrownBy(() -> Value.qualitative(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
