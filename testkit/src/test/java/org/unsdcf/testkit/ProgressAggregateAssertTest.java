package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.ProgressThresholds;

class ProgressAggregateAssertTest {
  private static final ProgressAggregate SLOW =
      ProgressAggregate.of(
          IndicatorProgress.builder()
              .code("I1")
              .level(ResultLevel.OUTCOME)
              .owner("OC1")
              .status(ProgressStatus.AT_RISK)
              .achievement(new BigDecimal("0.45"))
              .cappedAchievement(new BigDecimal("0.45"))
              .expected(new BigDecimal("0.5"))
              .pace(new BigDecimal("0.9"))
              .cappedPace(new BigDecimal("0.9"))
              .weight(BigDecimal.ONE)
              .build());

  @Test
  void a_standalone_aggregate_is_judged_under_the_default_thresholds_unless_told() {
    assertThat(SLOW).hasProgress("0.45").hasPace("0.9").hasStatus(ProgressStatus.AT_RISK);
    assertThat(SLOW)
        .usingThresholds(
            ProgressThresholds.of(new BigDecimal("0.9"), new BigDecimal("0.5"), BigDecimal.ZERO))
        .hasStatus(ProgressStatus.ON_TRACK);
    assertThatThrownBy(() -> assertThat(SLOW).hasStatus(ProgressStatus.ON_TRACK))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting progress aggregate to have status ON_TRACK, but was AT_RISK");
    assertThatThrownBy(() -> assertThat(SLOW).hasIndicators(2))
        .hasMessage("Expecting progress aggregate to have 2 indicators, but was 1");
    assertThatThrownBy(() -> assertThat(SLOW).hasAssessed(0))
        .hasMessage("Expecting progress aggregate to have 0 assessed indicators, but was 1");
    assertThatThrownBy(() -> assertThat(SLOW).hasCoverage("0.5"))
        .hasMessage("Expecting progress aggregate to have coverage 0.5, but was 1");
    assertThatThrownBy(() -> assertThat(SLOW).hasNoPace())
        .hasMessage("Expecting progress aggregate to have no pace, but was 0.9");
  }

  @Test
  void the_empty_aggregates_have_no_ratios() {
    assertThat(ProgressAggregate.empty())
        .hasIndicators(0)
        .hasNoProgress()
        .hasNoPace()
        .hasCoverage(0, 0)
        .hasStatus(ProgressStatus.NOT_APPLICABLE);
    assertThat(BudgetAggregate.empty())
        .hasLines(0)
        .hasRequired(0)
        .hasToBeMobilised(0)
        .hasNoFundingRate()
        .hasNoDeliveryRate();
    assertThatThrownBy(() -> assertThat(BudgetAggregate.empty()).hasFundingRate("0"))
        .hasMessage("Expecting budget to have fundingRate 0, but was absent");
  }
}
