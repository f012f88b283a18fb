package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.core.rollup.RollupFixtures.AS_OF;
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
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/** design.md §7.5 (worked examples) and the §8 roll-up of §4.2, to the digit. */
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

  @Test
  void example_4_the_kyrgyz_line() {
    RollupReport report = RollupFixtures.rollUp(RollupFixtures.kyrgyzstan(), AS_OF);
    BudgetAggregate root = report.root().budget();

    assertThat(root.lines()).isEqualTo(1);
    assertThat(root.required()).isEqualTo(dec("120000"));
    assertThat(root.available()).isEqualTo(dec("80000"));
    assertThat(root.expenditure()).isEqualTo(dec("60000"));
    assertThat(root.toBeMobilised()).isEqualTo(dec("40000"));
    assertScale4(root.fundingRate(), "0.6667");
    assertThat(root.deliveryRate()).contains(dec("0.75"));
    assertThat(report.budget().bySdgGoal()).extracting(BudgetGroup::key).containsExactly("8", "10");
    assertThat(report.budget().bySdgGoal())
        .allSatisfy(g -> assertThat(g.budget().required()).isEqualTo(dec("120000")));
  }

  @Test
  void example_4_equal_split_halves_the_kyrgyz_line() {
    RollupReport report =
        Rollup.compute(
            RollupFixtures.kyrgyzstan(),
            RollupOptions.builder().asOf(AS_OF).sdgAttribution(SdgAttribution.EQUAL_SPLIT).build());

    assertThat(report.budget().bySdgGoal()).extracting(BudgetGroup::key).containsExactly("8", "10");
    assertThat(report.budget().bySdgGoal())
        .allSatisfy(
            g -> {
              assertThat(g.budget().lines()).isEqualTo(1);
              assertThat(g.budget().required()).isEqualTo(dec("60000"));
              assertThat(g.budget().available()).isEqualTo(dec("40000"));
              assertThat(g.budget().expenditure()).isEqualTo(dec("30000"));
            });
  }

  @Test
  void section_8_kyrgyz_roll_up_at_2024_06_30() {
    RollupReport report = RollupFixtures.rollUp(RollupFixtures.kyrgyzstan(), AS_OF);
    RollupNode root = report.root();
    ProgressAggregate p = root.progress();

    assertThat(report.framework()).isEqualTo("KGZ-2023-2027");
    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.currency()).isEqualTo("USD");
    assertThat(report.thresholds()).isEqualTo(ProgressThresholds.defaults());
    assertThat(report.sdgAttribution()).isEqualTo(SdgAttribution.FULL);
    assertThat(report.validation().valid()).isTrue();
    assertThat(report.validation().summary())
        .isEqualTo(org.unsdcf.core.validation.ValidationSummary.of(List.of()));
    assertThat(root.level()).isEqualTo(ResultLevel.FRAMEWORK);
    assertThat(root.code()).isEqualTo("KGZ-2023-2027");
    assertThat(p.indicators()).isEqualTo(1);
    assertThat(p.assessed()).isEqualTo(1);
    assertThat(p.achieved()).isZero();
    assertThat(p.progress()).contains(dec("0.25"));
    assertThat(p.pace()).contains(BigDecimal.ONE);
    assertThat(p.coverage()).contains(BigDecimal.ONE);
    assertThat(p.status(report.thresholds())).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.statusCounts()).containsExactly(Map.entry(ProgressStatus.ON_TRACK, 1));
    assertThat(root.budget().lines()).isEqualTo(1);

    IndicatorProgress consultations = report.indicator("OC1.1-I1").orElseThrow();
    assertThat(consultations.level()).isEqualTo(ResultLevel.OUTCOME);
    assertThat(consultations.owner()).isEqualTo("OC1.1");
    assertThat(consultations.achievement()).contains(dec("0.25"));
    assertScale4(consultations.expected(), "0.1829");
    assertScale4(consultations.pace(), "1.3668");
    assertThat(consultations.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(consultations.actual()).contains(dec("500"));
    assertThat(consultations.actualDate()).contains(LocalDate.of(2023, 11, 30));

    IndicatorProgress women = report.indicator("OP1.1.1-I1").orElseThrow();
    assertThat(women.level()).isEqualTo(ResultLevel.OUTPUT);
    assertThat(women.owner()).isEqualTo("OP1.1.1");
    assertThat(women.achievement()).contains(dec("1.1"));
    assertThat(women.status()).isEqualTo(ProgressStatus.ACHIEVED);

    RollupNode subOutput = report.node("1.1.1.01").orElseThrow();
    assertThat(subOutput.level()).isEqualTo(ResultLevel.SUB_OUTPUT);
    assertThat(subOutput.progress().status(report.thresholds()))
        .isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(subOutput.children()).isEmpty();
  }

  @Test
  void section_8_kyrgyz_tree_shape_and_groupings() {
    RollupReport report = RollupFixtures.rollUp(RollupFixtures.kyrgyzstan(), AS_OF);

    assertThat(report.indicators())
        .extracting(IndicatorProgress::code)
        .containsExactly("OC1.1-I1", "OP1.1.1-I1");
    RollupNode area = report.root().children().get(0);
    RollupNode outcome = area.children().get(0);
    RollupNode output = outcome.children().get(0);
    assertThat(List.of(area.level(), outcome.level(), output.level()))
        .containsExactly(ResultLevel.PRIORITY_AREA, ResultLevel.OUTCOME, ResultLevel.OUTPUT);
    assertThat(output.children()).extracting(RollupNode::code).containsExactly("1.1.1.01");
    assertThat(outcome.progress().indicators()).isEqualTo(1);
    assertThat(output.progress().status(report.thresholds())).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(output.budget()).isEqualTo(report.root().budget());
    BudgetBreakdown budget = report.budget();
    assertThat(budget.skippedLines()).isZero();
    assertThat(budget.unlinked()).isEqualTo(BudgetAggregate.empty());
    assertThat(budget.byYear()).extracting(BudgetGroup::key).containsExactly("2023");
    assertThat(budget.byAgency()).extracting(BudgetGroup::key).containsExactly("IOM");
    assertThat(budget.byContributingPartner())
        .extracting(BudgetGroup::key)
        .containsExactly("USAID");
  }
}
