package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericRangeTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void should_build_closed_and_half_open_ranges() {
    assertThat(NumericRange.of(d("0"), d("10")).min()).contains(d("0"));
    assertThat(NumericRange.atLeast(d("1")).max()).isEmpty();
    assertThat(NumericRange.atMost(d("5")).min()).isEmpty();
    assertThat(NumericRange.PERCENTAGE).isEqualTo(NumericRange.of(d("0"), d("100")));
  }

  @Test
  void should_reject_a_range_with_neither_bound() {
    assertViolation(
        () -> NumericRange.builder().build(),
        "NumericRange",
        "max",
        "{}",
        "must have a min or a max");
  }

  @Test
  void should_reject_max_below_min() {
    assertViolation(
        () -> NumericRange.of(d("10.50"), d("5")),
        "NumericRange",
        "max",
        "5",
        "must not be below min 10.5");
  }

  @Test
  void should_accept_an_empty_width_range() {
    assertThat(NumericRange.of(d("5"), d("5.00")).contains(d("5"))).isTrue();
  }

  @Test
  void should_normalise_bounds() {
    NumericRange range = NumericRange.of(d("1.50"), d("1E+2"));

    assertThat(range)
        .isEqualTo(NumericRange.of(d("1.5"), d("100")))
        .hasSameHashCodeAs(NumericRange.of(d("1.5"), d("100")));
    assertThat(range.min().orElseThrow().scale()).isEqualTo(1);
    assertThat(range.max().orElseThrow().scale()).isZero();
  }

  @Test
  void should_check_each_bound_as_a_decimal() {
    assertViolation(
        () -> NumericRange.atLeast(d("0.000000000000000000001")),
        "NumericRange",
        "min",
        "0.000000000000000000001",
        "must have at most 34 significant digits and 20 decimal places");
    assertViolation(
        () -> NumericRange.atMost(d("1E+15")),
        "NumericRange",
        "max",
        "1E+15",
        "must be below 10^15 in absolute value");
  }

  @ParameterizedTest
  @CsvSource({"-0.1, false", "0, true", "50, true", "100.0, true", "100.01, false"})
  void should_contain_values_bounds_included(BigDecimal value, boolean contained) {
    assertThat(NumericRange.PERCENTAGE.contains(value)).isEqualTo(contained);
  }

  @Test
  void should_treat_a_missing_bound_as_open() {
    assertThat(NumericRange.atLeast(d("1")).contains(d("1E+14"))).isTrue();
    assertThat(NumericRange.atLeast(d("1")).contains(d("0.9"))).isFalse();
    assertThat(NumericRange.atMost(d("1")).contains(d("-1E+14"))).isTrue();
    assertThat(NumericRange.atMost(d("1")).contains(d("1.1"))).isFalse();
  }

  @Test
  void should_normalise_and_check_copies() {
    NumericRange range = NumericRange.of(d("0"), d("10"));

    assertThat(range.withMax(d("20.0")).max()).contains(d("20"));
    assertThat(range.withMax(d("20"))).isNotEqualTo(range);
    assertViolation(
        () -> range.withMax(d("-1")), "NumericRange", "max", "-1", "must not be below min 0");
    assertThat(range.toString()).contains("10");
  }

  @Test
  void should_reject_null_bounds_naming_them() {
    assertThatThrownBy(() -> NumericRange.builder().min((BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("min");
    assertThatThrownBy(() -> NumericRange.atMost(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("max");
  }
}
