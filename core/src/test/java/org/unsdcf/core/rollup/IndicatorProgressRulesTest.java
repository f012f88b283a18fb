package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.core.rollup.RollupFixtures.count;
import static org.unsdcf.core.rollup.RollupFixtures.dec;
import static org.unsdcf.core.rollup.RollupFixtures.level;
import static org.unsdcf.core.rollup.RollupFixtures.year;
import static org.unsdcf.core.rollup.WorkedExamplesTest.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/** design.md §7.1 and §11 "Roll-up, precisely": every rule and edge case of indicator progress. */
class IndicatorProgressRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static IndicatorProgress assess(Indicator i) {
    return only(i, AS_OF);
  }

  private static Indicator.Builder measured(String unitSymbol, String b, String t) {
    IndicatorUnit unit = org.unsdcf.core.units.UnitCatalogue.lookup(unitSymbol).orElseThrow();
    return Indicator.builder()
        .code("I")
        .title("Measured")
        .measure(unit == IndicatorUnit.PERCENT ? Measure.PERCENTAGE : Measure.UNIT)
        .unit(unit)
        .accumulation(Accumulation.LEVEL)
        .baseline(Baseline.of(2022, Value.numeric(b)))
        .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(t)));
  }

  private static Measurement valued(int year, String value, IndicatorUnit unit) {
    return Measurement.builder()
        .period(ReportingPeriod.ofYear(year))
        .value(Value.numeric(value))
        .unit(java.util.Optional.ofNullable(unit))
        .build();
  }

  @Test
  void should_need_no_special_case_for_an_increase_to_target_zero() {
    IndicatorProgress p =
        assess(
            level("I", Direction.INCREASE, 2022, -10, 2027, 0)
                .addMeasurement(year(2024, "-5"))
                .build());

    assertThat(p.achievement()).contains(dec("0.5"));
    assertThat(p.status().isAssessed()).isTrue();
  }

  @Test
  void should_measure_achievement_from_a_negative_baseline() {
    IndicatorProgress p =
        assess(
            level("I", Direction.INCREASE, 2022, -20, 2027, 20)
                .addMeasurement(year(2024, "0"))
                .build());

    assertThat(p.achievement()).contains(dec("0.5"));
    assertThat(p.baseline()).contains(dec("-20"));
  }

  @Test
  void should_infer_the_direction_when_none_is_declared() {
    IndicatorProgress up =
        assess(level("I", null, 2022, 10, 2027, 20).addMeasurement(year(2024, "25")).build());
    IndicatorProgress down =
        assess(level("I", null, 2022, 20, 2027, 10).addMeasurement(year(2024, "25")).build());

    assertThat(up.status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(up.achievement()).contains(dec("1.5"));
    assertThat(up.cappedAchievement()).contains(BigDecimal.ONE);
    assertThat(down.status()).isEqualTo(ProgressStatus.DETERIORATING);
  }

  @Test
  void should_report_a_declared_direction_that_contradicts_baseline_and_target() {
    IndicatorProgress decreaseUp =
        assess(
            level("I", Direction.DECREASE, 2022, 10, 2027, 20)
                .addMeasurement(year(2024, "15"))
                .build());
    IndicatorProgress maintainUp =
        assess(
            level("I", Direction.MAINTAIN, 2022, 10, 2027, 20)
                .addMeasurement(year(2024, "15"))
                .build());

    for (IndicatorProgress p : List.of(decreaseUp, maintainUp)) {
      assertThat(p.status()).isEqualTo(ProgressStatus.NOT_APPLICABLE);
      assertThat(p.reason()).contains(ProgressReason.DIRECTION_CONFLICT);
      assertThat(p.achievement()).isEmpty();
      assertThat(p.actual()).contains(dec("15"));
    }
  }

  @Test
  void should_give_no_data_reasons_in_order_baseline_target_actual() {
    Indicator bare =
        count("I", Direction.INCREASE, Accumulation.LEVEL).addMeasurement(year(2024, "5")).build();
    Indicator baselineOnly =
        count("I", Direction.INCREASE, Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .build();
    Indicator milestoneOnly =
        baselineOnly.withTargets(Target.of(2025, TargetKind.MILESTONE, Value.numeric(5)));
    Indicator noActual = level("I", Direction.INCREASE, 2022, 0, 2027, 10).build();
    Indicator lateActual =
        level("I", Direction.INCREASE, 2022, 0, 2027, 10).addMeasurement(year(2025, "5")).build();

    assertThat(assess(bare).reason()).contains(ProgressReason.NO_BASELINE);
    assertThat(assess(baselineOnly).reason()).contains(ProgressReason.NO_TARGET);
    assertThat(assess(milestoneOnly).reason()).contains(ProgressReason.NO_TARGET);
    assertThat(assess(noActual).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(assess(lateActual).reason()).contains(ProgressReason.NO_ACTUAL);
    assertThat(List.of(assess(bare), assess(baselineOnly), assess(noActual), assess(lateActual)))
        .allSatisfy(
            p -> {
              assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
              assertThat(p.achievement()).isEmpty();
            });
    assertThat(assess(bare).actual()).contains(dec("5"));
  }

  @Test
  void should_take_the_first_final_target_in_document_order() {
    Indicator i =
        level("I", Direction.INCREASE, 2022, 0, 2027, 10)
            .addTarget(Target.of(2026, TargetKind.FINAL, Value.numeric(20)))
            .addMeasurement(year(2024, "5"))
            .build()
            .withTargets(
                Target.of(2024, TargetKind.MILESTONE, Value.numeric(4)),
                Target.of(2027, TargetKind.FINAL, Value.numeric(10)),
                Target.of(2026, TargetKind.FINAL, Value.numeric(20)));

    assertThat(assess(i).target()).contains(dec("10"));
    assertThat(assess(i).achievement()).contains(dec("0.5"));
  }

  @Test
  void should_not_apply_to_a_value_of_another_unit_kind_before_any_missing_data() {
    Indicator badBaseline =
        Indicator.builder()
            .code("I")
            .title("Road built")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.KILOMETRE)
            .accumulation(Accumulation.LEVEL)
            .baseline(
                Baseline.builder()
                    .year(2022)
                    .value(Value.numeric(1))
                    .unit(IndicatorUnit.KILOGRAM)
                    .build())
            .build();
    Indicator badMeasurement =
        measured("km", "0", "10").addMeasurement(valued(2024, "5", IndicatorUnit.HOUR)).build();

    assertThat(assess(badBaseline).status()).isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(assess(badBaseline).reason()).contains(ProgressReason.UNIT_MISMATCH);
    assertThat(assess(badBaseline).baseline()).isEmpty();
    assertThat(assess(badMeasurement).reason()).contains(ProgressReason.UNIT_MISMATCH);
    assertThat(assess(badMeasurement).actual()).isEmpty();
  }

  @Test
  void should_convert_metres_to_a_kilometre_indicator_exactly() {
    IndicatorProgress inKm =
        assess(
            measured("km", "0", "10")
                .addMeasurement(valued(2024, "5", IndicatorUnit.KILOMETRE))
                .build());
    IndicatorProgress inM =
        assess(
            measured("km", "0", "10")
                .addMeasurement(valued(2024, "5000", IndicatorUnit.METRE))
                .build());
    IndicatorProgress baselineInM =
        assess(
            measured("km", "0", "10")
                .baseline(
                    Baseline.builder()
                        .year(2022)
                        .value(Value.numeric(1500))
                        .unit(IndicatorUnit.METRE)
                        .build())
                .addMeasurement(valued(2024, "5.75", null))
                .build());

    assertThat(inM.actual()).isEqualTo(inKm.actual()).contains(dec("5"));
    assertThat(inM).isEqualTo(inKm.withComputed(ComputedValue.ACTUAL));
    assertThat(baselineInM.baseline()).contains(dec("1.5"));
    assertThat(baselineInM.achievement()).contains(dec("0.5"));
  }

  @Test
  void should_convert_per_mille_to_a_percent_indicator() {
    IndicatorProgress inPercent =
        assess(measured("%", "40", "60").addMeasurement(valued(2024, "62", null)).build());
    IndicatorProgress inPerMille =
        assess(
            measured("%", "40", "60")
                .addMeasurement(valued(2024, "620", IndicatorUnit.PER_MILLE))
                .build());

    assertThat(inPerMille.actual()).contains(dec("62"));
    assertThat(inPerMille).isEqualTo(inPercent.withComputed(ComputedValue.ACTUAL));
  }

  @Test
  void should_take_the_latest_level_and_the_later_of_a_tie() {
    Indicator i =
        level("I", Direction.INCREASE, 2022, 0, 2027, 100)
            .addMeasurement(year(2024, "30"))
            .addMeasurement(year(2023, "40"))
            .addMeasurement(
                Measurement.of(
                    ReportingPeriod.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)),
                    Value.numeric(35)))
            .addMeasurement(year(2025, "90"))
            .build();

    IndicatorProgress p = assess(i);

    assertThat(p.actual()).contains(dec("35"));
    assertThat(p.actualDate()).contains(LocalDate.of(2024, 12, 31));
  }

  @Test
  void should_sum_per_period_quarters_after_the_baseline() {
    Indicator i =
        count("I", Direction.INCREASE, Accumulation.PER_PERIOD)
            .baseline(Baseline.of(2022, Value.numeric(0)))
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(2000)))
            .addMeasurement(quarter(2022, 4, "999"))
            .addMeasurement(quarter(2024, 1, "120"))
            .addMeasurement(quarter(2024, 2, "130"))
            .addMeasurement(quarter(2024, 3, "150"))
            .addMeasurement(quarter(2025, 3, "777"))
            .build();

    IndicatorProgress p = only(i, LocalDate.of(2024, 9, 30));

    assertThat(p.actual()).contains(dec("400"));
    assertThat(p.actualDate()).contains(LocalDate.of(2024, 9, 30));
  }

  static Measurement quarter(int year, int q, String value) {
    LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
    return Measurement.of(
        ReportingPeriod.of(start, start.plusMonths(3).minusDays(1)), Value.numeric(value));
  }

  @Test
  void should_not_sum_scores_per_period() {
    Indicator i =
        Indicator.builder()
            .code("I")
            .title("Score")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.SCORE)
            .accumulation(Accumulation.PER_PERIOD)
            .build();

    IndicatorProgress p = assess(i);

    assertThat(p.status()).isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(p.reason()).contains(ProgressReason.NOT_AGGREGATABLE);
  }

  @Test
  void should_not_combine_per_period_ratios_without_counts() {
    Indicator i =
        WorkedExamplesTest.percent("I")
            .withMeasurements(
                WorkedExamplesTest.ratio(ReportingPeriod.ofYear(2023), "62", 310, 500),
                Measurement.of(ReportingPeriod.ofYear(2024), Value.numeric(40)));

    IndicatorProgress p = assess(i);

    assertThat(p.reason()).contains(ProgressReason.NOT_AGGREGATABLE);
    assertThat(assess(i.withMeasurements(i.measurements().get(1))).actual()).contains(dec("40"));
  }

  @Test
  void should_put_unit_mismatch_before_not_aggregatable() {
    Indicator i =
        WorkedExamplesTest.percent("I")
            .withMeasurements(
                Measurement.of(ReportingPeriod.ofYear(2023), Value.numeric(62)),
                valued(2024, "40", IndicatorUnit.KILOGRAM));

    assertThat(assess(i).reason()).contains(ProgressReason.UNIT_MISMATCH);
    assertThat(assess(i.withBaseline(java.util.Optional.empty())).reason())
        .contains(ProgressReason.UNIT_MISMATCH);
  }

  @Test
  void should_measure_pace_at_the_actual_date_not_as_of() {
    Indicator i =
        level("I", Direction.INCREASE, 2022, 0, 2027, 1826)
            .addMeasurement(year(2023, "365"))
            .build();

    IndicatorProgress early = only(i, LocalDate.of(2024, 1, 1));
    IndicatorProgress late = only(i, LocalDate.of(2026, 1, 1));

    assertThat(late).isEqualTo(early);
    assertThat(early.pace()).contains(BigDecimal.ONE);
    assertThat(early.expected().orElseThrow())
        .isEqualByComparingTo(
            BigDecimal.valueOf(365)
                .divide(BigDecimal.valueOf(1826), java.math.MathContext.DECIMAL128));
  }

  @Test
  void should_use_pace_one_at_or_before_the_baseline_day_and_achievement_after_the_target_day() {
    Indicator before =
        level("I", Direction.INCREASE, 2022, 0, 2027, 10).addMeasurement(year(2022, "2")).build();
    Indicator after =
        level("I", Direction.INCREASE, 2022, 0, 2024, 10).addMeasurement(year(2025, "6")).build();

    IndicatorProgress atBaseline = only(before, LocalDate.of(2025, 6, 30));
    IndicatorProgress pastTarget = only(after, LocalDate.of(2026, 6, 30));

    assertThat(atBaseline.pace()).contains(BigDecimal.ONE);
    assertThat(atBaseline.expected()).contains(BigDecimal.ZERO);
    assertThat(atBaseline.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(pastTarget.pace()).contains(dec("0.6"));
    assertThat(pastTarget.expected()).contains(BigDecimal.ONE);
    assertThat(pastTarget.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void should_expect_everything_when_the_target_day_is_not_after_the_baseline_day() {
    Indicator i =
        level("I", Direction.INCREASE, 2022, 0, 2022, 10).addMeasurement(year(2023, "3")).build();

    IndicatorProgress p = only(i, LocalDate.of(2024, 6, 30));

    assertThat(p.expected()).contains(BigDecimal.ONE);
    assertThat(p.pace()).contains(dec("0.3"));
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void should_classify_pace_with_the_given_thresholds() {
    RollupOptions lenient =
        RollupOptions.builder()
            .asOf(LocalDate.of(2027, 1, 31))
            .thresholds(ProgressThresholds.of(dec("0.9"), dec("0.5"), dec("0")))
            .build();

    RollupReport report =
        Rollup.compute(
            RollupFixtures.planWithOutcome(List.of(WorkedExamplesTest.increase())), lenient);

    assertThat(report.indicators().get(0).status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(report.thresholds()).isEqualTo(lenient.thresholds());
  }

  @Test
  void should_assess_qualitative_and_nominal_indicators_by_their_latest_assessed_status() {
    Indicator law =
        Indicator.builder()
            .code("Q")
            .title("Law adopted")
            .measure(Measure.QUALITATIVE)
            .baseline(Baseline.of(2022, Value.qualitative("No law")))
            .addMeasurement(assessedAs(2023, "Drafted", ProgressStatus.AT_RISK))
            .addMeasurement(assessedAs(2024, "Tabled", ProgressStatus.ON_TRACK))
            .addMeasurement(assessedAs(2024, "Tabled again", ProgressStatus.OFF_TRACK))
            .addMeasurement(
                Measurement.of(ReportingPeriod.ofYear(2024), Value.qualitative("No view")))
            .addMeasurement(assessedAs(2025, "Adopted", ProgressStatus.ACHIEVED))
            .build();
    Indicator nominal =
        Indicator.builder()
            .code("N")
            .title("Category")
            .measure(Measure.NOMINAL)
            .addMeasurement(
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2023))
                    .value(Value.numeric(3))
                    .assessedStatus(ProgressStatus.DETERIORATING)
                    .build())
            .build();

    IndicatorProgress q = assess(law);
    IndicatorProgress n = assess(nominal);

    assertThat(q.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(q.reason()).isEmpty();
    assertThat(q.actualDate()).contains(LocalDate.of(2024, 12, 31));
    assertThat(q.achievement()).isEmpty();
    assertThat(q.baseline()).isEmpty();
    assertThat(n.status()).isEqualTo(ProgressStatus.DETERIORATING);
    assertThat(assess(law.withMeasurements(law.measurements().get(3))).reason())
        .contains(ProgressReason.NO_ASSESSMENT);
    assertThat(assess(nominal.withMeasurements()).status()).isEqualTo(ProgressStatus.NO_DATA);
  }

  private static Measurement assessedAs(int year, String text, ProgressStatus status) {
    return Measurement.builder()
        .period(ReportingPeriod.ofYear(year))
        .value(Value.qualitative(text))
        .assessedStatus(status)
        .build();
  }

  @Test
  void should_report_the_weight_and_leave_weight_zero_out_of_the_averages() {
    Indicator a =
        level("A", Direction.INCREASE, 2022, 0, 2027, 10).addMeasurement(year(2024, "10")).build();
    Indicator b =
        level("B", Direction.INCREASE, 2022, 0, 2027, 10).addMeasurement(year(2024, "0")).build();
    RollupOptions options =
        RollupOptions.builder().asOf(AS_OF).putWeight("A", BigDecimal.ZERO).build();

    RollupReport report = Rollup.compute(RollupFixtures.planWithOutcome(List.of(a, b)), options);
    ProgressAggregate outcome = report.node("OC1").orElseThrow().progress();

    assertThat(report.indicator("A").orElseThrow().weight()).isEqualTo(BigDecimal.ZERO);
    assertThat(report.indicator("B").orElseThrow().weight()).isEqualTo(BigDecimal.ONE);
    assertThat(outcome.indicators()).isEqualTo(2);
    assertThat(outcome.assessed()).isEqualTo(2);
    assertThat(outcome.weightSum()).isEqualTo(BigDecimal.ONE);
    assertThat(outcome.progress()).contains(BigDecimal.ZERO);
    assertThat(outcome.status(report.thresholds())).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void should_fall_back_on_the_worst_assessed_status_when_nothing_is_weighted() {
    Indicator a =
        level("A", Direction.INCREASE, 2022, 0, 2027, 10).addMeasurement(year(2024, "10")).build();
    Indicator b =
        level("B", Direction.INCREASE, 2022, 0, 2027, 10).addMeasurement(year(2024, "0")).build();
    RollupOptions options =
        RollupOptions.builder()
            .asOf(AS_OF)
            .putWeight("A", BigDecimal.ZERO)
            .putWeight("B", BigDecimal.ZERO)
            .build();

    ProgressAggregate outcome =
        Rollup.compute(RollupFixtures.planWithOutcome(List.of(a, b)), options)
            .node("OC1")
            .orElseThrow()
            .progress();
    ProgressAggregate achievedOnly =
        Rollup.compute(RollupFixtures.planWithOutcome(List.of(a)), options)
            .node("OC1")
            .orElseThrow()
            .progress();

    assertThat(outcome.progress()).isEmpty();
    assertThat(outcome.pace()).isEmpty();
    assertThat(outcome.status(ProgressThresholds.defaults())).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(achievedOnly.status(ProgressThresholds.defaults()))
        .isEqualTo(ProgressStatus.ACHIEVED);
  }
}
