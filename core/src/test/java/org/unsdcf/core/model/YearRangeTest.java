package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearRangeTest {
  static final String YEAR_REASON = "must be a year from 1945 to 2100";
  final YearRange cycle = YearRange.of(2023, 2027);

  @Test
  void should_build_from_ints_or_years() {
    assertThat(cycle.start()).isEqualTo(Year.of(2023));
    assertThat(cycle.end()).isEqualTo(Year.of(2027));
    assertThat(YearRange.of(Year.of(2023), Year.of(2027))).isEqualTo(cycle);
  }

  @Test
  void should_reject_end_before_start() {
    assertViolation(
        () -> YearRange.of(2027, 2023),
        "YearRange",
        "end",
        "2023",
        "must not be before start 2027");
  }

  @Test
  void should_accept_a_single_year() {
    assertThat(YearRange.of(2023, 2023).length()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"1944, 2000, start, 1944", "2000, 2101, end, 2101", "1944, 2101, start, 1944"})
  void should_reject_years_outside_1945_to_2100(int start, int end, String field, String value) {
    assertViolation(() -> YearRange.of(start, end), "YearRange", field, value, YEAR_REASON);
  }

  @Test
  void should_accept_the_first_and_last_years_of_the_model() {
    YearRange all = YearRange.of(1945, 2100);

    assertThat(all.length()).isEqualTo(156);
    assertThat(all.firstDay()).isEqualTo(LocalDate.of(1945, 1, 1));
    assertThat(all.lastDay()).isEqualTo(LocalDate.of(2100, 12, 31));
  }

  @Test
  void should_reject_null_bounds_naming_them() {
    assertThatThrownBy(() -> YearRange.of(null, Year.of(2027)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> YearRange.of(Year.of(2023), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("end");
  }

  @Test
  void should_count_its_years() {
    assertThat(cycle.length()).isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource({"2022, false", "2023, true", "2025, true", "2027, true", "2028, false"})
  void should_contain_its_years_bounds_included(int year, boolean contained) {
    assertThat(cycle.contains(Year.of(year))).isEqualTo(contained);
  }

  @ParameterizedTest
  @CsvSource({
    "2022-12-31, false",
    "2023-01-01, true",
    "2025-06-15, true",
    "2027-12-31, true",
    "2028-01-01, false"
  })
  void should_contain_the_days_of_its_years(LocalDate day, boolean contained) {
    assertThat(cycle.contains(day)).isEqualTo(contained);
  }

  @ParameterizedTest
  @CsvSource({
    "2023, 2027, true",
    "2023, 2024, true",
    "2026, 2027, true",
    "2025, 2025, true",
    "2022, 2024, false",
    "2026, 2028, false",
    "2020, 2030, false",
    "2028, 2029, false"
  })
  void should_enclose_ranges_inside_it(int start, int end, boolean enclosed) {
    assertThat(cycle.encloses(YearRange.of(start, end))).isEqualTo(enclosed);
  }

  @ParameterizedTest
  @CsvSource({
    "2020, 2022, false",
    "2020, 2023, true",
    "2024, 2025, true",
    "2027, 2030, true",
    "2020, 2030, true",
    "2028, 2030, false"
  })
  void should_overlap_ranges_sharing_a_year(int start, int end, boolean overlapping) {
    YearRange other = YearRange.of(start, end);

    assertThat(cycle.overlaps(other)).isEqualTo(overlapping);
    assertThat(other.overlaps(cycle)).isEqualTo(overlapping);
  }

  @Test
  void should_give_its_first_and_last_day() {
    assertThat(cycle.firstDay()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(cycle.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void should_compare_structurally() {
    assertThat(YearRange.of(2023, 2027)).isEqualTo(cycle).hasSameHashCodeAs(cycle);
    assertThat(YearRange.of(2023, 2026)).isNotEqualTo(cycle);
    assertThat(YearRange.of(2022, 2027)).isNotEqualTo(cycle);
    assertThat(cycle).hasToString("2023-2027");
  }
}
