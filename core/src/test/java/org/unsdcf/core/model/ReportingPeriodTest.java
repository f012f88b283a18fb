package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {
  static final String DATE_REASON = "must be a date from 1945-01-01 to 2100-12-31";
  final ReportingPeriod q4 =
      ReportingPeriod.of(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));

  @Test
  void should_reject_end_before_start() {
    assertViolation(
        () -> ReportingPeriod.of(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 11, 30)),
        "ReportingPeriod",
        "end",
        "2023-11-30",
        "must not be before start 2023-12-01");
  }

  @Test
  void should_give_the_documented_message_for_a_reversed_period() {
    assertThatThrownBy(
            () -> ReportingPeriod.of(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 11, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ReportingPeriod.end: must not be before start 2023-12-01, but was '2023-11-30'");
  }

  @Test
  void should_accept_a_single_day() {
    LocalDate day = LocalDate.of(2023, 6, 30);

    assertThat(ReportingPeriod.of(day, day).contains(day)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "1944-12-31, 2000-01-01, start, 1944-12-31",
    "2000-01-01, 2101-01-01, end, 2101-01-01",
    "1900-01-01, 2200-01-01, start, 1900-01-01"
  })
  void should_reject_dates_outside_the_model(
      LocalDate start, LocalDate end, String field, String value) {
    assertViolation(
        () -> ReportingPeriod.of(start, end), "ReportingPeriod", field, value, DATE_REASON);
  }

  @Test
  void should_accept_the_first_and_last_days_of_the_model() {
    ReportingPeriod all = ReportingPeriod.of(LocalDate.of(1945, 1, 1), LocalDate.of(2100, 12, 31));

    assertThat(all.start()).isEqualTo(LocalDate.of(1945, 1, 1));
    assertThat(all.end()).isEqualTo(LocalDate.of(2100, 12, 31));
  }

  @Test
  void should_cover_a_whole_year() {
    assertThat(ReportingPeriod.ofYear(2023))
        .isEqualTo(ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
  }

  @Test
  void should_reject_a_year_outside_the_model() {
    assertViolation(
        () -> ReportingPeriod.ofYear(2101), "ReportingPeriod", "start", "2101-01-01", DATE_REASON);
  }

  @Test
  void should_reject_null_bounds_naming_them() {
    assertThatThrownBy(() -> ReportingPeriod.of(null, LocalDate.of(2023, 1, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(2023, 1, 1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("end");
  }

  @ParameterizedTest
  @CsvSource({"2023-09-30, false", "2023-10-01, true", "2023-12-31, true", "2024-01-01, false"})
  void should_contain_its_days_bounds_included(LocalDate day, boolean contained) {
    assertThat(q4.contains(day)).isEqualTo(contained);
  }

  @ParameterizedTest
  @CsvSource({
    "2023-01-01, 2023-09-30, false",
    "2023-01-01, 2023-10-01, true",
    "2023-11-01, 2023-11-30, true",
    "2023-12-31, 2024-03-31, true",
    "2024-01-01, 2024-03-31, false"
  })
  void should_overlap_periods_sharing_a_day(LocalDate start, LocalDate end, boolean overlapping) {
    ReportingPeriod other = ReportingPeriod.of(start, end);

    assertThat(q4.overlaps(other)).isEqualTo(overlapping);
    assertThat(other.overlaps(q4)).isEqualTo(overlapping);
  }

  @Test
  void should_check_invariants_on_copies() {
    assertThat(q4.withStart(LocalDate.of(2023, 12, 31)).start())
        .isEqualTo(LocalDate.of(2023, 12, 31));
    assertViolation(
        () -> q4.withEnd(LocalDate.of(2023, 9, 30)),
        "ReportingPeriod",
        "end",
        "2023-09-30",
        "must not be before start 2023-10-01");
    assertViolation(
        () -> q4.withStart(LocalDate.of(2024, 1, 1)),
        "ReportingPeriod",
        "end",
        "2023-12-31",
        "must not be before start 2024-01-01");
  }

  @Test
  void should_compare_structurally() {
    ReportingPeriod same =
        ReportingPeriod.of(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));

    assertThat(same).isEqualTo(q4).hasSameHashCodeAs(q4);
    assertThat(q4.withEnd(LocalDate.of(2023, 12, 30))).isNotEqualTo(q4);
    assertThat(q4).hasToString("2023-10-01/2023-12-31");
  }
}
