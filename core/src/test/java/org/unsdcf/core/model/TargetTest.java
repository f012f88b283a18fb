package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unsdcf.core.units.IndicatorUnit;

class TargetTest {
  final Target target = Target.of(2027, TargetKind.FINAL, Value.numeric(80));

  @Test
  void should_build_from_year_kind_and_value() {
    assertThat(target.year()).isEqualTo(Year.of(2027));
    assertThat(target.kind()).isEqualTo(TargetKind.FINAL);
    assertThat(target.value()).isEqualTo(Value.numeric(80));
    assertThat(target.unit()).isEmpty();
    assertThat(target.comment()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1944, 2101})
  void should_reject_a_year_outside_1945_to_2100(int year) {
    assertViolation(
        () -> Target.of(year, TargetKind.MILESTONE, Value.numeric(1)),
        "Target",
        "year",
        Integer.toString(year),
        "must be a year from 1945 to 2100");
  }

  @Test
  void should_keep_its_own_unit() {
    assertThat(target.withUnit(IndicatorUnit.PER_MILLE).unit()).contains(IndicatorUnit.PER_MILLE);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Target.builder().kind(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> Target.builder().unit((IndicatorUnit) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
    assertThatThrownBy(() -> Target.builder().year(2027).value(Value.numeric(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    assertThat(Target.of(2027, TargetKind.FINAL, Value.numeric("80.000")))
        .isEqualTo(target)
        .hasSameHashCodeAs(target);
    assertThat(target.withKind(TargetKind.MILESTONE)).isNotEqualTo(target);
    assertThat(target.toString()).contains("FINAL");
    assertViolation(
        () -> target.withYear(Year.of(2101)),
        "Target",
        "year",
        "2101",
        "must be a year from 1945 to 2100");
  }
}
