package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;
import static org.unsdcf.core.model.Fixtures.countIndicator;
import static org.unsdcf.core.model.Fixtures.percentageIndicator;
import static org.unsdcf.core.model.Fixtures.unitlessIndicator;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unsdcf.core.units.IndicatorUnit;

class IndicatorTest {
  static final ReportingPeriod Y2023 = ReportingPeriod.ofYear(2023);
  static final DisaggregationDimension SEX =
      DisaggregationDimension.of("sex", true, "female", "male");

  private static Measurement.Builder actual(Value value) {
    return Measurement.builder().period(Y2023).value(value);
  }

  @Test
  void should_build_a_minimal_count_indicator() {
    Indicator indicator = countIndicator().build();

    assertThat(indicator.measure()).isEqualTo(Measure.UNIT);
    assertThat(indicator.unit()).contains(IndicatorUnit.COUNT);
    assertThat(indicator.accumulation()).contains(Accumulation.PER_PERIOD);
    assertThat(indicator.baseline()).isEmpty();
    assertThat(indicator.targets()).isEmpty();
    assertThat(indicator.measurements()).isEmpty();
    assertThat(indicator.tags()).isEmpty();
  }

  // unit and accumulation vs measure

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"UNIT", "PERCENTAGE"})
  void should_require_a_unit_for_unit_and_percentage(Measure measure) {
    assertViolation(
        () ->
            Indicator.builder()
                .code("I1")
                .title("t")
                .measure(measure)
                .accumulation(Accumulation.LEVEL)
                .build(),
        "Indicator",
        "unit",
        "",
        "is required for a " + measure + " indicator");
  }

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"UNIT", "PERCENTAGE"})
  void should_require_an_accumulation_for_unit_and_percentage(Measure measure) {
    assertViolation(
        () ->
            Indicator.builder()
                .code("I1")
                .title("t")
                .measure(measure)
                .unit(IndicatorUnit.PERCENT)
                .build(),
        "Indicator",
        "accumulation",
        "",
        "is required for a " + measure + " indicator");
  }

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"NOMINAL", "ORDINAL", "QUALITATIVE"})
  void should_reject_a_unit_on_other_measures(Measure measure) {
    assertViolation(
        () -> unitlessIndicator(measure).unit(IndicatorUnit.SCORE).build(),
        "Indicator",
        "unit",
        "score",
        "is not allowed for a " + measure + " indicator");
  }

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"NOMINAL", "ORDINAL", "QUALITATIVE"})
  void should_reject_an_accumulation_on_other_measures(Measure measure) {
    assertViolation(
        () -> unitlessIndicator(measure).accumulation(Accumulation.CUMULATIVE).build(),
        "Indicator",
        "accumulation",
        "CUMULATIVE",
        "is not allowed for a " + measure + " indicator");
  }

  @ParameterizedTest
  @EnumSource(
      value = IndicatorUnit.class,
      names = {"PERCENT"},
      mode = EnumSource.Mode.EXCLUDE)
  void should_reject_a_percentage_indicator_in_any_unit_but_percent(IndicatorUnit unit) {
    assertViolation(
        () -> percentageIndicator().unit(unit).build(),
        "Indicator",
        "unit",
        unit.symbol(),
        "must be % for a PERCENTAGE indicator");
  }

  @ParameterizedTest
  @EnumSource(IndicatorUnit.class)
  void should_accept_any_catalogue_unit_on_a_unit_indicator(IndicatorUnit unit) {
    assertThat(countIndicator().unit(unit).build().unit()).contains(unit);
  }

  // naturalRange

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"NOMINAL", "QUALITATIVE"})
  void should_reject_a_natural_range_on_nominal_and_qualitative(Measure measure) {
    assertViolation(
        () ->
            unitlessIndicator(measure).naturalRange(NumericRange.atLeast(BigDecimal.ZERO)).build(),
        "Indicator",
        "naturalRange",
        measure.name(),
        "is allowed only for UNIT, PERCENTAGE and ORDINAL indicators");
  }

  @Test
  void should_accept_a_natural_range_on_unit_percentage_and_ordinal() {
    NumericRange range = NumericRange.of(BigDecimal.ONE, BigDecimal.valueOf(5));

    assertThat(countIndicator().naturalRange(range).build().naturalRange()).contains(range);
    assertThat(percentageIndicator().naturalRange(range).build().naturalRange()).contains(range);
    assertThat(unitlessIndicator(Measure.ORDINAL).naturalRange(range).build().naturalRange())
        .contains(range);
  }

  @Test
  void should_make_percentage_range_0_to_100_unless_declared() {
    NumericRange declared = NumericRange.of(BigDecimal.ZERO, BigDecimal.valueOf(50));

    assertThat(percentageIndicator().build().effectiveRange()).contains(NumericRange.PERCENTAGE);
    assertThat(percentageIndicator().build().naturalRange()).isEmpty();
    assertThat(percentageIndicator().naturalRange(declared).build().effectiveRange())
        .contains(declared);
    assertThat(countIndicator().build().effectiveRange()).isEmpty();
    assertThat(countIndicator().naturalRange(declared).build().effectiveRange()).contains(declared);
    assertThat(unitlessIndicator(Measure.QUALITATIVE).build().effectiveRange()).isEmpty();
  }

  // value kind vs measure

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"UNIT", "PERCENTAGE", "NOMINAL", "ORDINAL"})
  void should_reject_a_qualitative_value_on_a_numeric_measure(Measure measure) {
    Indicator.Builder base =
        measure.hasUnit()
            ? Indicator.builder()
                .code("I1")
                .title("t")
                .measure(measure)
                .unit(IndicatorUnit.PERCENT)
                .accumulation(Accumulation.LEVEL)
            : unitlessIndicator(measure);
    Value text = Value.qualitative("Adopted");
    String reason = "must be a number for a " + measure + " indicator";

    assertViolation(
        () -> base.baseline(Baseline.of(2022, text)).build(),
        "Indicator",
        "baseline/value",
        "Adopted",
        reason);
  }

  @Test
  void should_report_the_value_kind_at_the_offending_target_or_measurement() {
    Value text = Value.qualitative("Adopted");

    assertViolation(
        () ->
            countIndicator()
                .addTargets(
                    Target.of(2025, TargetKind.MILESTONE, Value.numeric(1)),
                    Target.of(2027, TargetKind.FINAL, text))
                .build(),
        "Indicator",
        "targets/1/value",
        "Adopted",
        "must be a number for a UNIT indicator");
    assertViolation(
        () -> countIndicator().addMeasurement(actual(text).build()).build(),
        "Indicator",
        "measurements/0/value",
        "Adopted",
        "must be a number for a UNIT indicator");
  }

  @Test
  void should_reject_a_numeric_value_on_a_qualitative_indicator() {
    String reason = "must be text for a QUALITATIVE indicator";

    assertViolation(
        () ->
            unitlessIndicator(Measure.QUALITATIVE)
                .baseline(Baseline.of(2022, Value.numeric("3.50")))
                .build(),
        "Indicator",
        "baseline/value",
        "3.5",
        reason);
    assertViolation(
        () ->
            unitlessIndicator(Measure.QUALITATIVE)
                .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(3)))
                .build(),
        "Indicator",
        "targets/0/value",
        "3",
        reason);
  }

  @Test
  void should_accept_qualitative_values_throughout_a_qualitative_indicator() {
    Indicator indicator =
        unitlessIndicator(Measure.QUALITATIVE)
            .baseline(Baseline.of(2022, Value.qualitative("No law")))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.qualitative("Law adopted")))
            .addMeasurement(
                actual(Value.qualitative("Draft law"))
                    .assessedStatus(ProgressStatus.ON_TRACK)
                    .build())
            .build();

    assertThat(indicator.measurements()).hasSize(1);
  }

  // a value's own unit

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"NOMINAL", "ORDINAL"})
  void should_reject_an_own_unit_on_values_of_an_indicator_without_unit(Measure measure) {
    String reason = "is allowed only on values of an indicator with a unit";

    assertViolation(
        () ->
            unitlessIndicator(measure)
                .baseline(
                    Baseline.builder()
                        .year(2022)
                        .value(Value.numeric(2))
                        .unit(IndicatorUnit.SCORE)
                        .build())
                .build(),
        "Indicator",
        "baseline/unit",
        "score",
        reason);
    assertViolation(
        () ->
            unitlessIndicator(measure)
                .addTarget(
                    Target.of(2027, TargetKind.FINAL, Value.numeric(3))
                        .withUnit(IndicatorUnit.COUNT))
                .build(),
        "Indicator",
        "targets/0/unit",
        "1",
        reason);
    assertViolation(
        () ->
            unitlessIndicator(measure)
                .addMeasurement(actual(Value.numeric(3)).unit(IndicatorUnit.SCORE).build())
                .build(),
        "Indicator",
        "measurements/0/unit",
        "score",
        reason);
  }

  @Test
  void should_keep_an_own_unit_on_values_of_an_indicator_with_a_unit() {
    Indicator roads =
        countIndicator()
            .unit(IndicatorUnit.KILOMETRE)
            .accumulation(Accumulation.CUMULATIVE)
            .baseline(
                Baseline.builder()
                    .year(2022)
                    .value(Value.numeric(1500))
                    .unit(IndicatorUnit.METRE)
                    .build())
            .build();

    assertThat(roads.baseline().orElseThrow().unit()).contains(IndicatorUnit.METRE);
    assertThat(roads.baseline().orElseThrow().value()).isEqualTo(Value.numeric(1500));
  }

  // numerator and denominator

  @Test
  void should_reject_a_numerator_on_an_indicator_whose_unit_is_not_a_ratio() {
    assertViolation(
        () ->
            countIndicator()
                .addMeasurement(
                    actual(Value.numeric(30))
                        .numerator(new BigDecimal("3.0"))
                        .denominator(BigDecimal.TEN)
                        .build())
                .build(),
        "Indicator",
        "measurements/0/numerator",
        "3",
        "is allowed only for an indicator whose unit is a ratio");
  }

  @Test
  void should_accept_numerators_on_ratio_units() {
    Measurement m =
        actual(Value.numeric(50)).numerator(BigDecimal.ONE).denominator(BigDecimal.TEN).build();

    assertThatCode(() -> percentageIndicator().addMeasurement(m).build())
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                countIndicator()
                    .unit(IndicatorUnit.PER_HUNDRED_THOUSAND)
                    .accumulation(Accumulation.LEVEL)
                    .addMeasurement(m)
                    .build())
        .doesNotThrowAnyException();
  }

  @Test
  void should_build_a_gross_ratio_above_100_percent() {
    // Numerator above denominator is not an invariant (design.md §3.2): gross enrolment ratios
    // exceed 100 %.
    Measurement m =
        actual(Value.numeric("108.4"))
            .numerator(new BigDecimal("1084"))
            .denominator(new BigDecimal("1000"))
            .build();

    assertThat(percentageIndicator().addMeasurement(m).build().measurements()).containsExactly(m);
  }

  // assessedStatus

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"UNIT", "PERCENTAGE", "ORDINAL"})
  void should_reject_an_assessed_status_on_numeric_scales(Measure measure) {
    Indicator.Builder base =
        measure == Measure.ORDINAL
            ? unitlessIndicator(measure)
            : measure == Measure.UNIT ? countIndicator() : percentageIndicator();

    assertViolation(
        () ->
            base.addMeasurement(
                    actual(Value.numeric(3)).assessedStatus(ProgressStatus.AT_RISK).build())
                .build(),
        "Indicator",
        "measurements/0/assessedStatus",
        "AT_RISK",
        "is allowed only for QUALITATIVE and NOMINAL indicators");
  }

  @Test
  void should_accept_an_assessed_status_on_nominal_and_qualitative() {
    assertThatCode(
            () ->
                unitlessIndicator(Measure.NOMINAL)
                    .addMeasurement(
                        actual(Value.numeric(1)).assessedStatus(ProgressStatus.ACHIEVED).build())
                    .build())
        .doesNotThrowAnyException();
  }

  // disaggregation

  @Test
  void should_reject_an_undeclared_dimension() {
    assertViolation(
        () ->
            countIndicator()
                .addDisaggregation(SEX)
                .addMeasurement(actual(Value.numeric(4)).putDisaggregation("age", "0-14").build())
                .build(),
        "Indicator",
        "measurements/0/disaggregation/age",
        "age",
        "must name a declared disaggregation dimension");
  }

  @Test
  void should_reject_an_undeclared_category() {
    assertViolation(
        () ->
            countIndicator()
                .addDisaggregation(SEX)
                .addMeasurement(actual(Value.numeric(10)).build())
                .addMeasurement(actual(Value.numeric(4)).putDisaggregation("sex", "other").build())
                .build(),
        "Indicator",
        "measurements/1/disaggregation/sex",
        "other",
        "must be a category of dimension sex");
  }

  @Test
  void should_reject_a_disaggregation_without_any_dimension_declared() {
    assertViolation(
        () ->
            countIndicator()
                .addMeasurement(actual(Value.numeric(4)).putDisaggregation("sex", "female").build())
                .build(),
        "Indicator",
        "measurements/0/disaggregation/sex",
        "sex",
        "must name a declared disaggregation dimension");
  }

  @Test
  void should_reject_two_dimensions_of_the_same_name() {
    assertViolation(
        () ->
            countIndicator()
                .addDisaggregations(SEX, DisaggregationDimension.of("sex", false, "female"))
                .build(),
        "Indicator",
        "disaggregations/1",
        "sex",
        "must not repeat a dimension name");
  }

  @Test
  void should_accept_declared_cells() {
    DisaggregationDimension area = DisaggregationDimension.of("area", true, "urban", "rural");
    Indicator indicator =
        countIndicator()
            .addDisaggregations(SEX, area)
            .addMeasurement(
                actual(Value.numeric(4))
                    .putDisaggregation("sex", "male")
                    .putDisaggregation("area", "rural")
                    .build())
            .build();

    assertThat(indicator.measurements().get(0).disaggregation()).hasSize(2);
  }

  // alignment, tags and sets

  @Test
  void should_reject_a_malformed_sdg_indicator() {
    assertViolation(
        () -> countIndicator().sdgIndicator("4.1").build(),
        "Indicator",
        "sdgIndicator",
        "4.1",
        "must be an SDG indicator code such as 5.2.1");
  }

  @ParameterizedTest
  @EnumSource(value = SdgVocabulary.class)
  void should_reject_sdg_vocabularies_in_tags(SdgVocabulary vocabulary) {
    assertViolation(
        () ->
            countIndicator()
                .addTags(Tag.of(Tag.GCM_OBJECTIVE, "2"), Tag.of(vocabulary.name(), vocabulary.code))
                .build(),
        "Indicator",
        "tags/1",
        vocabulary.name(),
        "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
  }

  enum SdgVocabulary {
    SDG_TARGET("4.1"),
    SDG_INDICATOR("4.1.1");

    final String code;

    SdgVocabulary(String code) {
      this.code = code;
    }
  }

  @Test
  void should_reject_a_repeated_tag_at_the_later_element() {
    Tag gcm = Tag.of(Tag.GCM_OBJECTIVE, "2");

    assertViolation(
        () -> countIndicator().addTags(gcm, Tag.of("NDS", "1"), gcm).build(),
        "Indicator",
        "tags/2",
        gcm.toString(),
        "must not repeat an element of the set");
  }

  @Test
  void should_reject_a_repeated_responsible_entity() {
    assertViolation(
        () -> countIndicator().addResponsibleEntities("UNICEF", "UNICEF").build(),
        "Indicator",
        "responsibleEntities/1",
        "UNICEF",
        "must not repeat an element of the set");
  }

  @Test
  void should_accept_repeated_means_of_verification() {
    assertThat(
            countIndicator()
                .addMeansOfVerification("Survey", "Survey")
                .build()
                .meansOfVerification())
        .containsExactly("Survey", "Survey");
  }

  @Test
  void should_align_with_its_sdg_indicator_then_its_tags() {
    Tag gcm = Tag.of(Tag.GCM_OBJECTIVE, "2");
    Tag nds = Tag.of("NDS", "3.1");

    assertThat(countIndicator().sdgIndicator("4.1.1").addTags(gcm, nds).build().alignment())
        .containsExactly(Tag.of(Tag.SDG_INDICATOR, "4.1.1"), gcm, nds);
    assertThat(countIndicator().addTags(nds, gcm).build().alignment()).containsExactly(nds, gcm);
    assertThat(countIndicator().build().alignment()).isEmpty();
  }

  // final target

  @Test
  void should_find_the_first_final_target_in_document_order() {
    Target milestone = Target.of(2025, TargetKind.MILESTONE, Value.numeric(50));
    Target first = Target.of(2027, TargetKind.FINAL, Value.numeric(100));
    Target second = Target.of(2026, TargetKind.FINAL, Value.numeric(90));

    assertThat(countIndicator().addTargets(milestone, first, second).build().finalTarget())
        .containsSame(first);
    assertThat(countIndicator().addTargets(milestone).build().finalTarget()).isEmpty();
    assertThat(countIndicator().build().finalTarget()).isEmpty();
  }

  // nulls, missing, equality, copies

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> Indicator.builder().measure(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("measure");
    assertThatThrownBy(() -> Indicator.builder().addTarget(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("targets element");
    assertThatThrownBy(() -> Indicator.builder().baseline((Baseline) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseline");
    assertThatThrownBy(() -> Indicator.builder().code("I1").title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("measure");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    Indicator a = countIndicator().baseline(Baseline.of(2022, Value.numeric("10.0"))).build();
    Indicator b = countIndicator().baseline(Baseline.of(2022, Value.numeric(10))).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withDirection(Direction.INCREASE)).isNotEqualTo(a);
    assertThat(a.withFrequency(Frequency.ANNUAL).frequency()).contains(Frequency.ANNUAL);
    assertThat(a.toString()).contains("OC1.1");
    assertViolation(
        () -> a.withMeasure(Measure.NOMINAL),
        "Indicator",
        "unit",
        "1",
        "is not allowed for a NOMINAL indicator");
    assertViolation(
        () -> a.withMeasure(Measure.PERCENTAGE),
        "Indicator",
        "unit",
        "1",
        "must be % for a PERCENTAGE indicator");
  }
}
