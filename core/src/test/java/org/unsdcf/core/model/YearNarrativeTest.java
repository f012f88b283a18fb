package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearNarrativeTest {
  @Test
  void should_keep_year_and_text() {
    YearNarrative n = YearNarrative.of(2023, "500 migrants consulted.");

    assertThat(n.year()).isEqualTo(Year.of(2023));
    assertThat(n.text()).isEqualTo("500 migrants consulted.");
    assertThat(YearNarrative.builder().year(2023).text(n.text()).build())
        .isEqualTo(n)
        .hasSameHashCodeAs(n);
    assertThat(YearNarrative.of(Year.of(2023), n.text())).isEqualTo(n);
  }

  @ParameterizedTest
  @ValueSource(ints = {1944, 2101})
  void should_reject_a_year_outside_the_model(int year) {
    assertViolation(
        () -> YearNarrative.of(year, "t"),
        "YearNarrative",
        "year",
        Integer.toString(year),
        "must be a year from 1945 to 2100");
  }

  @ParameterizedTest
  @ValueSource(ints = {1945, 2100})
  void should_accept_the_model_bounds(int year) {
    assertThat(YearNarrative.of(year, "t").year()).isEqualTo(Year.of(year));
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> YearNarrative.of((Year) null, "t"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("year");
    assertThatThrownBy(() -> YearNarrative.builder().text("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("year");
  }

  @Test
  void should_check_copies() {
    assertViolation(
        () -> YearNarrative.of(2023, "t").withYear(Year.of(2101)),
        "YearNarrative",
        "year",
        "2101",
        "must be a year from 1945 to 2100");
  }
}
