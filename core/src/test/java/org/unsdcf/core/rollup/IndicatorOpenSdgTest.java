package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.unsdcf.core.rollup.RollupFixtures.count;
import static org.unsdcf.core.rollup.RollupFixtures.level;
import static org.unsdcf.core.rollup.RollupFixtures.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/** {@link IndicatorProgress#openSdg()} and the nodes' {@link ProgressAggregate#openSdg()} (§16). */
class IndicatorOpenSdgTest {
  private static final LocalDate LATE = LocalDate.of(2027, 1, 31);

  static Optional<OpenSdgResult> openSdg(Indicator i) {
    return WorkedExamplesTest.only(i, LATE).openSdg();
  }

  static Indicator rising(Direction direction) {
    return level("INC", direction, 2022, 20, 2027, 60).addMeasurement(year(2026, "50")).build();
  }

  @Test
  void should_assess_base_year_and_value_current_year_and_value_and_the_final_target() {
    // base 2022 = 20, current 2026 = 50, target 2027 = 60: method 2
    OpenSdgResult r = openSdg(rising(Direction.INCREASE)).orElseThrow();
    assertThat(r)
        .isEqualTo(
            OpenSdgProgress.assess(
                OpenSdgSeries.builder()
                    .baseYear(2022)
                    .baseValue(20)
                    .currentYear(2026)
                    .currentValue(50)
                    .target(60)
                    .targetYear(2027)
                    .direction(Direction.INCREASE)
                    .build()));
    assertThat(r.status()).isEqualTo(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
    assertThat(r.score()).hasValueCloseTo(3.1973676501679, within(1e-12));
    assertThat(r.progressValue()).hasValueCloseTo(1.0476231852843942, within(1e-12));
  }

  @Test
  void should_take_the_direction_the_target_implies_when_none_is_declared() {
    assertThat(openSdg(rising(null))).isEqualTo(openSdg(rising(Direction.INCREASE)));
  }

  @Test
  void should_follow_the_declared_direction_even_where_design_7_finds_a_conflict() {
    Indicator conflict = rising(Direction.DECREASE);
    assertThat(WorkedExamplesTest.only(conflict, LATE).status())
        .isEqualTo(ProgressStatus.NOT_APPLICABLE);
    // 50 <= 60 for a DECREASE: Open SDG calls it achieved
    assertThat(openSdg(conflict).orElseThrow().status()).isEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
  }

  @Test
  void should_use_method_1_without_a_final_target() {
    Indicator noTarget =
        count("NT", Direction.INCREASE, Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(20)))
            .addMeasurement(year(2026, "50"))
            .build();
    IndicatorProgress p = WorkedExamplesTest.only(noTarget, LATE);
    assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
    OpenSdgResult r = p.openSdg().orElseThrow();
    assertThat(r.status()).isEqualTo(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
    assertThat(r.score()).hasValue(5);
    assertThat(r.progressValue()).hasValueCloseTo(0.2574334296829355, within(1e-12));
  }

  @Test
  void should_have_none_for_maintain_or_without_any_direction() {
    assertThat(openSdg(rising(Direction.MAINTAIN))).isEmpty();
    Indicator flat =
        level("FLAT", null, 2022, 20, 2027, 20).addMeasurement(year(2026, "21")).build();
    assertThat(openSdg(flat)).isEmpty();
    Indicator undirected =
        count("U", null, Accumulation.LEVEL)
            .baseline(Baseline.of(2022, Value.numeric(20)))
            .addMeasurement(year(2026, "50"))
            .build();
    assertThat(openSdg(undirected)).isEmpty();
  }

  @Test
  void should_have_none_without_baseline_or_actual() {
    Indicator noBaseline =
        count("NB", Direction.INCREASE, Accumulation.LEVEL)
            .addMeasurement(year(2026, "50"))
            .build();
    assertThat(openSdg(noBaseline)).isEmpty();
    assertThat(openSdg(level("NA", Direction.INCREASE, 2022, 20, 2027, 60).build())).isEmpty();
  }

  @Test
  void should_have_none_for_an_unconvertible_unit() {
    Indicator mismatch =
        level("UM", Direction.INCREASE, 2022, 20, 2027, 60)
            .addMeasurement(
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2026))
                    .value(Value.numeric(50))
                    .unit(IndicatorUnit.HOUR)
                    .build())
            .build();
    assertThat(WorkedExamplesTest.only(mismatch, LATE).reason())
        .contains(ProgressReason.UNIT_MISMATCH);
    assertThat(openSdg(mismatch)).isEmpty();
  }

  @Test
  void should_have_none_for_qualitative_indicators() {
    Indicator law =
        Indicator.builder()
            .code("Q")
            .title("Law adopted")
            .measure(Measure.QUALITATIVE)
            .direction(Direction.INCREASE)
            .baseline(Baseline.of(2022, Value.qualitative("No law")))
            .addMeasurement(
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2024))
                    .value(Value.qualitative("Adopted"))
                    .assessedStatus(ProgressStatus.ACHIEVED)
                    .build())
            .build();
    assertThat(openSdg(law)).isEmpty();
  }

  @Test
  void should_give_each_node_the_combination_of_its_indicators() {
    Indicator falling =
        level("DEC", Direction.DECREASE, 2022, 40, 2027, 0)
            .addMeasurement(year(2025, "10"))
            .build();
    Indicator maintain = rising(Direction.MAINTAIN).withCode("KEEP");
    RollupReport report =
        RollupFixtures.rollUp(
            RollupFixtures.planWithOutcome(List.of(rising(Direction.INCREASE), falling, maintain)),
            LATE);
    OpenSdgResult inc = report.indicator("INC").orElseThrow().openSdg().orElseThrow();
    OpenSdgResult dec = report.indicator("DEC").orElseThrow().openSdg().orElseThrow();
    assertThat(dec.status()).isEqualTo(OpenSdgStatus.LIMITED_PROGRESS);
    assertThat(dec.score()).hasValueCloseTo(-0.7476812302515725, within(1e-12));
    OpenSdgResult expected = OpenSdgProgress.combine(List.of(inc, dec));
    assertThat(report.node("OC1").orElseThrow().progress().openSdg()).contains(expected);
    assertThat(report.node("SP1").orElseThrow().progress().openSdg()).contains(expected);
    assertThat(report.root().progress().openSdg()).contains(expected);
    assertThat(expected.status()).isEqualTo(OpenSdgStatus.MODERATE_PROGRESS);
    assertThat(expected.score())
        .hasValueCloseTo((3.1973676501679 - 0.7476812302515725) / 2, within(1e-12));
  }

  @Test
  void should_give_a_node_without_open_sdg_results_none() {
    RollupReport report =
        RollupFixtures.rollUp(
            RollupFixtures.planWithOutcome(List.of(rising(Direction.MAINTAIN))), LATE);
    assertThat(report.root().progress().openSdg()).isEmpty();
    assertThat(ProgressAggregate.empty().openSdg()).isEmpty();
  }
}
