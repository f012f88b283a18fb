package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.rollup.ComputedValue;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.units.IndicatorUnit;

/** A named example of the unit-invariance law: every unit of the catalogue, half way there. */
class UnitRescalingTest {
  private static final RollupOptions AS_OF_2025 =
      RollupOptions.builder().asOf(LocalDate.of(2025, 6, 30)).build();

  /** {@link SamplePlans#everyUnit()} (baseline 10, target 20) with an actual of 15 in 2024. */
  static CooperationFramework everyUnitHalfWay() {
    CooperationFramework plan = SamplePlans.everyUnit();
    PriorityArea area = plan.priorityAreas().get(0);
    Outcome outcome = area.outcomes().get(0);
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : outcome.indicators()) {
      indicators.add(
          i.withMeasurements(Measurement.of(ReportingPeriod.ofYear(2024), Value.numeric(15))));
    }
    return plan.withPriorityAreas(area.withOutcomes(outcome.withIndicators(indicators)));
  }

  @Test
  void values_in_km_and_per_mille_give_the_progress_of_values_in_m_and_percent() {
    CooperationFramework plan = everyUnitHalfWay();
    UnitRescaling rescaling = new UnitRescaling();
    CooperationFramework rescaled = rescaling.rescale(plan);

    Indicator percent = indicator(rescaled, "I-PERCENT");
    assertThat(percent.baseline().orElseThrow().unit()).contains(IndicatorUnit.PER_MILLE);
    assertThat(percent.baseline().orElseThrow().value()).isEqualTo(Value.numeric(100));
    assertThat(percent.measurements().get(0).value()).isEqualTo(Value.numeric(150));
    Indicator metre = indicator(rescaled, "I-METRE");
    assertThat(metre.targets().get(0).unit()).contains(IndicatorUnit.KILOMETRE);
    assertThat(metre.targets().get(0).value()).isEqualTo(Value.numeric("0.02"));
    // 13 of the 21 units have a sibling a power of ten away; count, score, m3, tCO2e, MW, h, d
    // and year have none, so their indicators keep their values.
    assertThat(rescaling.rescaled()).isEqualTo(3 * 13);

    RollupReport before = Rollup.compute(plan, AS_OF_2025);
    RollupReport after = Rollup.compute(rescaled, AS_OF_2025);
    assertThat(RollupPropertiesTest.asGiven(after.indicators()))
        .isEqualTo(RollupPropertiesTest.asGiven(before.indicators()));
    assertThat(after.root()).isEqualTo(before.root());
    assertThat(progress(before, "I-PERCENT").computed()).isEmpty();
    assertThat(progress(after, "I-PERCENT").computed())
        .containsExactly(ComputedValue.BASELINE, ComputedValue.TARGET, ComputedValue.ACTUAL);
    for (IndicatorProgress p : after.indicators()) {
      UnsdcfAssertions.assertThat(p).hasAchievement("0.5").hasActual("15");
    }
    UnsdcfAssertions.assertThat(after).root().hasProgress("0.5").hasStatus(ProgressStatus.ON_TRACK);
  }

  private static IndicatorProgress progress(RollupReport report, String code) {
    return report.indicators().stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static Indicator indicator(CooperationFramework plan, String code) {
    return plan.priorityAreas().get(0).outcomes().get(0).indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
