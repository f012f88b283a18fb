package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The enumerations of design.md §3.3: constants in order, and their IATI and UN INFO codes. */
class EnumsTest {
  @Test
  void should_number_measures_as_iati_does() {
    assertThat(Measure.values())
        .containsExactly(
            Measure.UNIT,
            Measure.PERCENTAGE,
            Measure.NOMINAL,
            Measure.ORDINAL,
            Measure.QUALITATIVE);
    assertThat(Arrays.stream(Measure.values()).mapToInt(Measure::code))
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void should_give_a_unit_only_to_unit_and_percentage_and_numbers_to_all_but_qualitative() {
    assertThat(EnumSet.allOf(Measure.class))
        .filteredOn(Measure::hasUnit)
        .containsExactly(Measure.UNIT, Measure.PERCENTAGE);
    assertThat(EnumSet.allOf(Measure.class))
        .filteredOn(m -> !m.isNumeric())
        .containsExactly(Measure.QUALITATIVE);
  }

  @Test
  void should_number_markers_as_un_info_does() {
    assertThat(Marker.values())
        .containsExactly(Marker.NOT_EXPECTED, Marker.LIMITED, Marker.SIGNIFICANT, Marker.PRINCIPAL);
    assertThat(Arrays.stream(Marker.values()).mapToInt(Marker::code)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void should_number_implementation_statuses_as_iati_does() {
    assertThat(ImplementationStatus.values())
        .containsExactly(
            ImplementationStatus.PIPELINE,
            ImplementationStatus.IMPLEMENTATION,
            ImplementationStatus.FINALISATION,
            ImplementationStatus.CLOSED,
            ImplementationStatus.CANCELLED,
            ImplementationStatus.SUSPENDED);
    assertThat(Arrays.stream(ImplementationStatus.values()).mapToInt(ImplementationStatus::code))
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void should_count_all_but_no_data_and_not_applicable_as_assessed() {
    assertThat(EnumSet.allOf(ProgressStatus.class))
        .filteredOn(ProgressStatus::isAssessed)
        .containsExactly(
            ProgressStatus.ACHIEVED,
            ProgressStatus.ON_TRACK,
            ProgressStatus.AT_RISK,
            ProgressStatus.OFF_TRACK,
            ProgressStatus.DETERIORATING);
  }

  @Test
  void should_list_the_other_enumerations_in_contract_order() {
    assertThat(Direction.values())
        .containsExactly(Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN);
    assertThat(Accumulation.values())
        .containsExactly(Accumulation.PER_PERIOD, Accumulation.CUMULATIVE, Accumulation.LEVEL);
    assertThat(JwpStatus.values())
        .containsExactly(
            JwpStatus.DRAFT, JwpStatus.IN_CONSULTATION, JwpStatus.ENDORSED, JwpStatus.CLOSED);
    assertThat(TargetKind.values()).containsExactly(TargetKind.FINAL, TargetKind.MILESTONE);
    assertThat(LocationLevel.values())
        .containsExactly(LocationLevel.NATIONAL, LocationLevel.SUBNATIONAL, LocationLevel.REGIONAL);
    assertThat(MarkerKind.values())
        .containsExactly(
            MarkerKind.GENDER_EQUALITY,
            MarkerKind.HUMAN_RIGHTS,
            MarkerKind.SUSTAINING_PEACE,
            MarkerKind.HUMANITARIAN);
    assertThat(ChairRole.values())
        .containsExactly(ChairRole.UN_CO_CHAIR, ChairRole.GOVERNMENT_CO_CHAIR);
    assertThat(DecisionKind.values())
        .containsExactly(
            DecisionKind.ENDORSE_JWP,
            DecisionKind.REVIEW_PROGRESS,
            DecisionKind.APPROVE_REVISION,
            DecisionKind.OTHER);
    assertThat(Frequency.values())
        .containsExactly(
            Frequency.ANNUAL,
            Frequency.SEMI_ANNUAL,
            Frequency.QUARTERLY,
            Frequency.MONTHLY,
            Frequency.BIENNIAL,
            Frequency.END_OF_CYCLE);
    assertThat(ResultLevel.values())
        .containsExactly(
            ResultLevel.FRAMEWORK,
            ResultLevel.PRIORITY_AREA,
            ResultLevel.OUTCOME,
            ResultLevel.OUTPUT,
            ResultLevel.SUB_OUTPUT);
  }

  @Test
  void should_seal_value_to_numeric_and_qualitative() {
    assertThat(Value.class.isSealed()).isTrue();
    assertThat(Value.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Value.Numeric.class, Value.Qualitative.class);
  }
}
