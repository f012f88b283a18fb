package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.units.IndicatorUnit;

class BaselineTest {
  final Baseline baseline = Baseline.of(2022, Value.numeric(62));

  @Test
  void should_build_from_a_year_and_a_value() {
    assertThat(baseline.year()).isEqualTo(Year.of(2022));
    assertThat(baseline.value()).isEqualTo(Value.numeric(62));
    assertThat(baseline.date()).isEmpty();
    assertThat(baseline.unit()).isEmpty();
    assertThat(baseline.comment()).isEmpty();
  }

  @Test
  void should_fall_on_the_last_day_of_its_year_without_a_date() {
    assertThat(baseline.day()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  @Test
  void should_fall_on_its_date_when_it_has_one() {
    assertThat(baseline.withDate(LocalDate.of(2022, 6, 30)).day())
        .isEqualTo(LocalDate.of(2022, 6, 30));
  }

  @Test
  void should_reject_a_date_outside_its_year() {
    assertViolation(
        () -> baseline.withDate(LocalDate.of(2023, 1, 1)),
        "Baseline",
        "date",
        "2023-01-01",
        "must fall in the baseline year 2022");
  }

  @ParameterizedTest
  @ValueSource(ints = {1944, 2101, 0, -1})
  void should_reject_a_year_outside_1945_to_2100(int year) {
    assertViolation(
        () -> Baseline.of(year, Value.numeric(1)),
        "Baseline",
        "year",
        Integer.toString(year),
        "must be a year from 1945 to 2100");
  }

  @ParameterizedTest
  @ValueSource(ints = {1945, 2100})
  void should_accept_the_first_and_last_years(int year) {
    assertThat(Baseline.of(year, Value.numeric(1)).year()).isEqualTo(Year.of(year));
  }

  @Test
  void should_check_the_date_range_before_the_year_match() {
    assertViolation(
        () ->
            Baseline.builder()
                .year(2100)
                .date(LocalDate.of(2101, 1, 1))
                .value(Value.numeric(1))
                .build(),
        "Baseline",
        "date",
        "2101-01-01",
        "must be a date from 1945-01-01 to 2100-12-31");
  }

  @Test
  void should_keep_its_own_unit_and_comment() {
    Baseline b =
        Baseline.builder()
            .year(2022)
            .value(Value.numeric(1500))
            .unit(IndicatorUnit.METRE)
            .comment("Road survey\nMay 2022")
            .build();

    assertThat(b.unit()).contains(IndicatorUnit.METRE);
    assertThat(b.comment()).contains("Road survey\nMay 2022");
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Baseline.builder().value(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> Baseline.builder().year((Year) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("year");
    assertThatThrownBy(() -> Baseline.builder().year(2022).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> Baseline.builder().value(Value.numeric(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("year");
  }

  @Test
  void should_compare_structurally() {
    assertThat(Baseline.of(2022, Value.numeric("62.0")))
        .isEqualTo(baseline)
        .hasSameHashCodeAs(baseline);
    assertThat(baseline.withYear(Year.of(2021))).isNotEqualTo(baseline);
    assertThat(baseline.withValue(Value.numeric(63))).isNotEqualTo(baseline);
    assertThat(baseline.toString()).contains("62");
  }
}
