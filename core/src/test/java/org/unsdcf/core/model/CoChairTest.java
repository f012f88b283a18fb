package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoChairTest {
  static final LocalDate FROM = LocalDate.of(2023, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2024, 6, 30);

  private static CoChair.Builder undp() {
    return CoChair.builder().entity("UNDP").role(ChairRole.UN_CO_CHAIR);
  }

  @Test
  void should_reject_until_before_from() {
    assertViolation(
        () -> undp().from(FROM).until(LocalDate.of(2022, 12, 31)).build(),
        "CoChair",
        "until",
        "2022-12-31",
        "must not be before from 2023-01-01");
  }

  @Test
  void should_accept_a_one_day_term() {
    assertThat(undp().from(FROM).until(FROM).build().servesOn(FROM)).isTrue();
  }

  @Test
  void should_reject_dates_outside_the_model() {
    assertViolation(
        () -> undp().from(LocalDate.of(1944, 12, 31)).build(),
        "CoChair",
        "from",
        "1944-12-31",
        "must be a date from 1945-01-01 to 2100-12-31");
    assertViolation(
        () -> undp().until(LocalDate.of(2101, 1, 1)).build(),
        "CoChair",
        "until",
        "2101-01-01",
        "must be a date from 1945-01-01 to 2100-12-31");
  }

  @ParameterizedTest
  @CsvSource({
    "2022-12-31, false",
    "2023-01-01, true",
    "2023-09-15, true",
    "2024-06-30, true",
    "2024-07-01, false"
  })
  void should_serve_within_its_term_bounds_included(LocalDate day, boolean serves) {
    assertThat(undp().from(FROM).until(UNTIL).build().servesOn(day)).isEqualTo(serves);
  }

  @ParameterizedTest
  @CsvSource({"1945-01-01, false", "2022-12-31, false", "2023-01-01, true", "2100-12-31, true"})
  void should_serve_indefinitely_after_from_without_until(LocalDate day, boolean serves) {
    assertThat(undp().from(FROM).build().servesOn(day)).isEqualTo(serves);
  }

  @ParameterizedTest
  @CsvSource({"1945-01-01, true", "2024-06-30, true", "2024-07-01, false"})
  void should_serve_until_its_end_without_from(LocalDate day, boolean serves) {
    assertThat(undp().until(UNTIL).build().servesOn(day)).isEqualTo(serves);
  }

  @Test
  void should_always_serve_without_bounds() {
    CoChair open = undp().build();

    assertThat(open.servesOn(LocalDate.of(1945, 1, 1))).isTrue();
    assertThat(open.servesOn(LocalDate.of(2100, 12, 31))).isTrue();
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> undp().role(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> undp().from((LocalDate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
    assertThatThrownBy(() -> CoChair.builder().entity("UNDP").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("role");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    CoChair c = undp().from(FROM).until(UNTIL).build();

    assertThat(undp().from(FROM).until(UNTIL).build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.withRole(ChairRole.GOVERNMENT_CO_CHAIR)).isNotEqualTo(c);
    assertThat(c.toString()).contains("UNDP");
    assertViolation(
        () -> c.withFrom(LocalDate.of(2024, 7, 1)),
        "CoChair",
        "until",
        "2024-06-30",
        "must not be before from 2024-07-01");
  }
}
