package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.core.rollup.RollupFixtures.dec;
import static org.unsdcf.core.rollup.RollupFixtures.level;
import static org.unsdcf.core.rollup.RollupFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * design.md §7.5 (worked examples), to the digit. Example 4 and the §8 roll-up of §4.2 are in
 * testkit's {@code KyrgyzRollupTest}, on its {@code SamplePlans.kyrgyzstan()}.
 */
class WorkedExamplesTest {
  private static final LocalDate LATE = LocalDate.of(2027, 1, 31);

  static void assertScale4(Optional<BigDecimal> actual, String expected) {
    assertThat(actual).isPresent();
    assertThat(Ratios.scale4(actual.get())).isEqualTo(dec(expected));
  }

  static IndicatorProgress only(Indicator indicator, LocalDate asOf) {
    RollupReport report =
        RollupFixtures.rollUp(RollupFixtures.planWithOutcome(List.of(indicator)), asOf);
    assertThat(report.indicators()).hasSize(1);
    return report.indicators().get(0);
  }

  static Indicator increase() {
    return level("INC", Direction.INCREASE, 2022, 20, 2027, 60)
        .addMeasurement(year(2026, "50"))
        .build();
  }

  static Indicator decrease(String a) {
    return level("DEC", Direction.DECREASE, 2022, 40, 2027, 0)
        .addMeasurement(year(2025, a))
        .build();
  }

  static Indicator percent(String code) {
    return Indicator.builder()
        .code(code)
        .title("Share of women")
        .measure(Measure.PERCENTAGE)
        .unit(IndicatorUnit.PERCENT)
        .direction(Direction.INCREASE)
        .accumulation(Accumulation.PER_PERIOD)
        .baseline(Baseline.of(2022, Value.numeric(0)))
        .addTarget(Target.of(2027, TargetKind.FINAL, Value.numeric(60)))
        .build();
  }

  static Measurement ratio(ReportingPeriod period, String value, long numerator, long den) {
    return Measurement.builder()
        .period(period)
        .value(Value.numeric(value))
        .numerator(BigDecimal.valueOf(numerator))
        .denominator(BigDecimal.valueOf(den))
        .build();
  }

  @Test
  void example_1_percentages_combine_as_sum_of_numerators_over_sum_of_denominators() {
    Indicator share =
        percent("PCT")
            .withMeasurements(
                ratio(ReportingPeriod.ofYear(2023), "62", 310, 500),
                ratio(ReportingPeriod.ofYear(2024), "40", 40, 100));

    IndicatorProgress p = only(share, LATE);

    assertScale4(p.actual(), "58.3333");
    assertThat(p.actual().get()).isNotEqualByComparingTo("51");
  }

  @Test
  void example_2_increase_is_at_risk_at_three_quarters() {
    IndicatorProgress p = only(increase(), LATE);

    assertThat(p.achievement()).contains(dec("0.75"));
    assertThat(p.cappedAchievement()).contains(dec("0.75"));
    assertScale4(p.expected(), "0.8001");
    assertScale4(p.pace(), "0.9374");
    assertScale4(p.cappedPace(), "0.9374");
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(p.reason()).isEmpty();
    assertThat(p.actualDate()).contains(LocalDate.of(2026, 12, 31));
    assertThat(p.baseline()).contains(dec("20"));
    assertThat(p.target()).contains(dec("60"));
    assertThat(p.actual()).contains(dec("50"));
    assertThat(p.weight()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void example_2_pace_is_one_division_of_exact_products() {
    IndicatorProgress p = only(increase(), LATE);

    BigDecimal expected =
        new BigDecimal(30 * 1826)
            .divide(new BigDecimal(40 * 1461), java.math.MathContext.DECIMAL128);
    assertThat(p.pace().get()).isEqualByComparingTo(expected);
  }

  @Test
  void example_2_decrease_to_zero_is_on_track() {
    IndicatorProgress p = only(decrease("10"), LATE);

    assertThat(p.achievement()).contains(dec("0.75"));
    assertScale4(p.pace(), "1.2495");
    assertThat(p.cappedPace()).contains(BigDecimal.ONE);
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void example_2_decrease_worse_than_baseline_is_deteriorating() {
    IndicatorProgress p = only(decrease("44"), LATE);

    assertThat(p.achievement()).contains(dec("-0.1"));
    assertThat(p.cappedAchievement()).contains(BigDecimal.ZERO);
    assertThat(p.cappedPace()).contains(BigDecimal.ZERO);
    assertThat(p.status()).isEqualTo(ProgressStatus.DETERIORATING);
  }

  @Test
  void example_2_holding_95_by_direction() {
    assertThat(hold(Direction.INCREASE, "96").status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(hold(Direction.INCREASE, "94").status()).isEqualTo(ProgressStatus.DETERIORATING);
    assertThat(hold(Direction.DECREASE, "94").status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(hold(Direction.DECREASE, "96").status()).isEqualTo(ProgressStatus.DETERIORATING);
    assertThat(hold(Direction.MAINTAIN, "92").status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(hold(Direction.MAINTAIN, "99.75").status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(hold(Direction.MAINTAIN, "99.76").status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(hold(Direction.MAINTAIN, "90.24").status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(hold(null, "92").status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(hold(null, "90").status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void example_2_holding_scores_one_or_zero_without_expected_or_pace() {
    IndicatorProgress held = hold(Direction.INCREASE, "96");
    IndicatorProgress lost = hold(Direction.INCREASE, "94");

    assertThat(held.achievement()).contains(BigDecimal.ONE);
    assertThat(held.cappedAchievement()).contains(BigDecimal.ONE);
    assertThat(held.cappedPace()).contains(BigDecimal.ONE);
    assertThat(held.expected()).isEmpty();
    assertThat(held.pace()).isEmpty();
    assertThat(lost.achievement()).contains(BigDecimal.ZERO);
    assertThat(lost.cappedPace()).contains(BigDecimal.ZERO);
    assertThat(lost.pace()).isEmpty();
  }

  static IndicatorProgress hold(Direction direction, String a) {
    return only(
        level("HOLD", direction, 2022, 95, 2027, 95).addMeasurement(year(2024, a)).build(), LATE);
  }

  @Test
  void example_3_outcome_aggregates_its_own_indicators() {
    Indicator empty = level("NONE", Direction.INCREASE, 2022, 0, 2027, 10).build();
    RollupReport report =
        RollupFixtures.rollUp(
            RollupFixtures.planWithOutcome(List.of(increase(), decrease("10"), empty)), LATE);
    ProgressAggregate outcome = report.node("OC1").orElseThrow().progress();

    assertThat(outcome.indicators()).isEqualTo(3);
    assertThat(outcome.assessed()).isEqualTo(2);
    assertThat(outcome.achieved()).isZero();
    assertThat(outcome.progress()).contains(dec("0.75"));
    assertScale4(outcome.pace(), "0.9687");
    assertScale4(outcome.coverage(), "0.6667");
    assertThat(outcome.status(ProgressThresholds.defaults())).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(outcome.statusCounts())
        .containsExactly(
            Map.entry(ProgressStatus.ON_TRACK, 1),
            Map.entry(ProgressStatus.AT_RISK, 1),
            Map.entry(ProgressStatus.NO_DATA, 1));
    assertThat(outcome.worstAssessed()).contains(ProgressStatus.AT_RISK);
  }

  @Test
  void example_3_area_merges_outcomes_never_averaging_averages() {
    Indicator done =
        level("X-1", Direction.INCREASE, 2022, 0, 2027, 10)
            .addMeasurement(year(2024, "10"))
            .build();
    List<Indicator> stuck =
        List.of(
            level("Y-1", Direction.INCREASE, 2022, 0, 2027, 10)
                .addMeasurement(year(2024, "0"))
                .build(),
            level("Y-2", Direction.INCREASE, 2022, 0, 2027, 10)
                .addMeasurement(year(2024, "0"))
                .build(),
            level("Y-3", Direction.INCREASE, 2022, 0, 2027, 10)
                .addMeasurement(year(2024, "0"))
                .build());
    CooperationFramework plan =
        RollupFixtures.plan(
            List.of(
                PriorityArea.builder()
                    .code("SP1")
                    .title("Area")
                    .addOutcome(RollupFixtures.outcome("X", List.of(done)))
                    .addOutcome(RollupFixtures.outcome("Y", stuck))
                    .build()),
            List.of());

    RollupReport report = RollupFixtures.rollUp(plan, LATE);

    assertThat(report.node("X").orElseThrow().progress().progress()).contains(BigDecimal.ONE);
    assertThat(report.node("Y").orElseThrow().progress().progress()).contains(BigDecimal.ZERO);
    assertThat(report.node("SP1").orElseThrow().progress().progress()).contains(dec("0.25"));
    assertThat(report.root().progress().progress()).contains(dec("0.25"));
  }
}
