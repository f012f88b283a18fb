package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTest {
  static final ReportingPeriod Y2023 = ReportingPeriod.ofYear(2023);

  private static Measurement.Builder ratio(String numerator, String denominator) {
    return Measurement.builder()
        .period(Y2023)
        .value(Value.numeric(50))
        .numerator(new BigDecimal(numerator))
        .denominator(new BigDecimal(denominator));
  }

  @Test
  void should_build_a_headline_actual() {
    Measurement m = Measurement.of(Y2023, Value.numeric(120));

    assertThat(m.isHeadline()).isTrue();
    assertThat(m.disaggregation()).isEmpty();
    assertThat(m.numerator()).isEmpty();
    assertThat(m.denominator()).isEmpty();
    assertThat(m.assessedStatus()).isEmpty();
  }

  @Test
  void should_keep_disaggregation_cells_in_order() {
    Measurement m =
        Measurement.builder()
            .period(Y2023)
            .value(Value.numeric(60))
            .putDisaggregation("sex", "female")
            .putDisaggregation("age", "15-24")
            .build();

    assertThat(m.isHeadline()).isFalse();
    assertThat(m.disaggregation())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("sex", "female"),
            org.assertj.core.api.Assertions.entry("age", "15-24"));
  }

  @Test
  void should_reject_a_numerator_without_denominator() {
    assertViolation(
        () ->
            Measurement.builder()
                .period(Y2023)
                .value(Value.numeric(50))
                .numerator(new BigDecimal("5"))
                .build(),
        "Measurement",
        "denominator",
        "",
        "must be given together with numerator");
  }

  @Test
  void should_reject_a_denominator_without_numerator() {
    assertViolation(
        () ->
            Measurement.builder()
                .period(Y2023)
                .value(Value.numeric(50))
                .denominator(new BigDecimal("10"))
                .build(),
        "Measurement",
        "numerator",
        "",
        "must be given together with denominator");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.5", "-0.00000000000000000001"})
  void should_reject_a_negative_numerator(String numerator) {
    assertViolation(
        () -> ratio(numerator, "10").build(),
        "Measurement",
        "numerator",
        new BigDecimal(numerator).toPlainString(),
        "must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.000", "-1", "-0.5"})
  void should_reject_a_denominator_not_above_zero(String denominator) {
    assertViolation(
        () -> ratio("1", denominator).build(),
        "Measurement",
        "denominator",
        new BigDecimal(denominator).signum() == 0 ? "0" : denominator,
        "must be above 0");
  }

  @Test
  void should_accept_a_zero_numerator() {
    assertThat(ratio("0", "10").build().numerator()).contains(BigDecimal.ZERO);
  }

  @Test
  void should_accept_a_numerator_above_the_denominator() {
    // design.md §3.2 asks only numerator >= 0 and denominator > 0: a gross enrolment ratio can
    // exceed 100 %.
    Measurement m = ratio("1084", "1000").build();

    assertThat(m.numerator()).contains(new BigDecimal("1084"));
    assertThat(m.denominator()).contains(new BigDecimal("1000"));
  }

  @Test
  void should_normalise_numerator_and_denominator() {
    Measurement m = ratio("50.00", "1.0E+2").build();

    assertThat(m.numerator().orElseThrow().toString()).isEqualTo("50");
    assertThat(m.denominator().orElseThrow().toString()).isEqualTo("100");
    assertThat(m)
        .isEqualTo(ratio("50", "100").build())
        .hasSameHashCodeAs(ratio("50", "100").build());
  }

  @Test
  void should_check_numerator_and_denominator_as_decimals() {
    assertViolation(
        () -> ratio("1E+15", "1").build(),
        "Measurement",
        "numerator",
        "1E+15",
        "must be below 10^15 in absolute value");
    assertViolation(
        () -> ratio("1", "0.000000000000000000001").build(),
        "Measurement",
        "denominator",
        "0.000000000000000000001",
        "must have at most 34 significant digits and 20 decimal places");
  }

  @ParameterizedTest
  @EnumSource(
      value = ProgressStatus.class,
      names = {"NO_DATA", "NOT_APPLICABLE"})
  void should_reject_an_unassessed_status(ProgressStatus status) {
    assertViolation(
        () ->
            Measurement.builder()
                .period(Y2023)
                .value(Value.qualitative("Adopted"))
                .assessedStatus(status)
                .build(),
        "Measurement",
        "assessedStatus",
        status.name(),
        "must be an assessed status");
  }

  @ParameterizedTest
  @EnumSource(
      value = ProgressStatus.class,
      names = {"NO_DATA", "NOT_APPLICABLE"},
      mode = EnumSource.Mode.EXCLUDE)
  void should_accept_an_assessed_status(ProgressStatus status) {
    Measurement m =
        Measurement.builder()
            .period(Y2023)
            .value(Value.qualitative("Adopted"))
            .assessedStatus(status)
            .build();

    assertThat(m.assessedStatus()).contains(status);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Measurement.builder().putDisaggregation(null, "female"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("disaggregation key");
    assertThatThrownBy(() -> Measurement.builder().putDisaggregation("sex", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("disaggregation value");
    assertThatThrownBy(() -> Measurement.builder().numerator((BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("numerator");
    assertThatThrownBy(() -> Measurement.builder().period(Y2023).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> Measurement.builder().value(Value.numeric(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("period");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Measurement m = ratio("5", "10").build();

    assertThat(ratio("5.0", "10.00").build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m.withSource("Ministry of Education")).isNotEqualTo(m);
    assertThat(m.withPeriod(ReportingPeriod.ofYear(2024))).isNotEqualTo(m);
    assertThat(m.toString()).contains("Measurement");
    assertViolation(
        () -> m.withDenominator(new BigDecimal("0")),
        "Measurement",
        "denominator",
        "0",
        "must be above 0");
    assertThat(m.withNumerator(new BigDecimal("7.50")).numerator()).contains(new BigDecimal("7.5"));
  }
}
