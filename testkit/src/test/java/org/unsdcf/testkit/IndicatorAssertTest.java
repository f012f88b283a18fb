package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

class IndicatorAssertTest {
  private static final Indicator MIGRANTS =
      SamplePlans.kyrgyzstan().priorityAreas().get(0).outcomes().get(0).indicators().get(0);

  @Test
  void passes_for_the_migrants_indicator() {
    assertThat(MIGRANTS)
        .hasCode("OC1.1-I1")
        .hasMeasure(Measure.UNIT)
        .hasUnit(IndicatorUnit.COUNT)
        .hasDirection(Direction.INCREASE)
        .hasAccumulation(Accumulation.CUMULATIVE)
        .hasBaselineValue(0)
        .hasBaselineValue(Value.numeric(new BigDecimal("0.00")))
        .hasFinalTarget(2000)
        .hasTargetCount(1)
        .hasMeasurementCount(3);
  }

  @Test
  void failures_name_the_indicator_the_expectation_and_the_actual() {
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasMeasurementCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting indicator OC1.1-I1 to have number of measurements <2>, but was <3>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasBaselineValue(1))
        .hasMessage("Expecting indicator OC1.1-I1 to have baseline value <1>, but was <0>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasFinalTarget(Value.qualitative("done")))
        .hasMessageContaining("final target <done>, but was <2000>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasMeasure(Measure.PERCENTAGE))
        .hasMessageContaining("measure <PERCENTAGE>, but was <UNIT>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasUnit(IndicatorUnit.PERCENT))
        .hasMessageContaining("unit <PERCENT>, but was <COUNT>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasDirection(Direction.DECREASE))
        .hasMessageContaining("direction <DECREASE>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasAccumulation(Accumulation.LEVEL))
        .hasMessageContaining("accumulation <LEVEL>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasNoBaseline())
        .hasMessageContaining("baseline <none>, but was <");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasTargetCount(0))
        .hasMessageContaining("number of targets <0>, but was <1>");
    assertThatThrownBy(() -> assertThat(MIGRANTS).hasCode("X"))
        .hasMessageContaining("code <X>, but was <OC1.1-I1>");
  }

  @Test
  void an_absent_baseline_shows_as_none() {
    Indicator bare = MIGRANTS.withBaseline(java.util.Optional.<Baseline>empty());
    assertThat(bare).hasNoBaseline();
    assertThatThrownBy(() -> assertThat(bare).hasBaselineValue(0))
        .hasMessageContaining("baseline value <0>, but was <none>");
    assertThatThrownBy(() -> assertThat((Indicator) null).hasCode("X"))
        .isInstanceOf(AssertionError.class);
  }
}
