package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void should_build_from_a_long_or_a_decimal() {
    Money money = Money.of(120_000, "USD");

    assertThat(money.amount()).isEqualTo(new BigDecimal("120000"));
    assertThat(money.currency()).isEqualTo("USD");
    assertThat(Money.of(new BigDecimal("120000"), "USD")).isEqualTo(money);
  }

  @ParameterizedTest
  @CsvSource({
    "12500.00, 12500",
    "12500, 12500",
    "1.2500E+4, 12500",
    "0.50, 0.5",
    "0.0000, 0",
    "0.00000, 0",
    "1.00000, 1",
    "999999999999999.9999, 999999999999999.9999"
  })
  void should_normalise_the_amount(BigDecimal given, String normal) {
    Money money = Money.of(given, "KGS");

    assertThat(money.amount().toString()).isEqualTo(normal);
    assertThat(money.amount().scale()).isNotNegative();
    assertThat(money).isEqualTo(Money.of(new BigDecimal(normal), "KGS"));
  }

  @Test
  void should_make_equal_amounts_of_different_scale_equal() {
    Money a = Money.of(new BigDecimal("12500.00"), "USD");
    Money b = Money.of(12_500, "USD");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).hasToString("12500 USD");
  }

  @ParameterizedTest
  @CsvSource({"-1, -1", "-0.50, -0.5", "-0.0001, -0.0001"})
  void should_reject_a_negative_amount(BigDecimal amount, String value) {
    assertViolation(
        () -> Money.of(amount, "USD"), "Money", "amount", value, "must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00001", "1.23456", "12500.000001"})
  void should_reject_more_than_four_decimal_places(String amount) {
    assertViolation(
        () -> Money.of(new BigDecimal(amount), "USD"),
        "Money",
        "amount",
        amount,
        "must have at most 4 decimal places");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000000", "1000000000000000.5", "1E+20"})
  void should_reject_an_amount_of_10_to_the_15_or_more(String amount) {
    assertViolation(
        () -> Money.of(new BigDecimal(amount), "USD"),
        "Money",
        "amount",
        amount,
        "must be below 10^15 in absolute value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "USDX", "", "U$D", "ÜSD"})
  void should_reject_a_currency_that_is_not_three_capital_letters(String currency) {
    assertViolation(
        () -> Money.of(1, currency), "Money", "currency", currency, "must be an ISO 4217 code");
  }

  @Test
  void should_reject_nulls_naming_them() {
    assertThatThrownBy(() -> Money.of(null, "USD"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount");
    assertThatThrownBy(() -> Money.of(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency");
  }

  @Test
  void should_normalise_and_check_copies() {
    Money money = Money.of(1, "USD");

    assertThat(money.withAmount(new BigDecimal("5.50")).amount()).isEqualTo(new BigDecimal("5.5"));
    assertThat(money.withCurrency("EUR")).isNotEqualTo(money);
    assertViolation(
        () -> money.withAmount(new BigDecimal("-5")),
        "Money",
        "amount",
        "-5",
        "must not be negative");
  }
}
