package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.rollup.RollupFixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.InvariantViolationException;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;

/** The invariants and defaults of the roll-up's value types. */
class RollupValuesTest {

  @Test
  void should_default_thresholds_to_95_60_and_5_percent() {
    ProgressThresholds t = ProgressThresholds.defaults();

    assertThat(t.onTrack()).isEqualTo(dec("0.95"));
    assertThat(t.atRisk()).isEqualTo(dec("0.6"));
    assertThat(t.maintainTolerance()).isEqualTo(dec("0.05"));
    assertThat(ProgressThresholds.of(dec("0.950"), dec("0.60"), dec("0.0500"))).isEqualTo(t);
  }

  @Test
  void should_classify_a_pace_at_the_bounds() {
    ProgressThresholds t = ProgressThresholds.defaults();

    assertThat(t.statusForPace(dec("0.95"))).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(t.statusForPace(dec("0.9499"))).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(t.statusForPace(dec("0.6"))).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(t.statusForPace(dec("0.5999"))).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void should_reject_thresholds_out_of_order_or_range() {
    assertThatThrownBy(() -> ProgressThresholds.of(dec("0.5"), dec("0.6"), dec("0")))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("ProgressThresholds.atRisk");
    assertThatThrownBy(() -> ProgressThresholds.of(dec("0.9"), dec("0"), dec("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atRisk");
    assertThatThrownBy(() -> ProgressThresholds.of(dec("1.01"), dec("0.6"), dec("0")))
        .hasMessageContaining("onTrack");
    assertThatThrownBy(() -> ProgressThresholds.of(dec("0.9"), dec("0.6"), dec("-0.01")))
        .hasMessageContaining("maintainTolerance");
    assertThatThrownBy(() -> ProgressThresholds.of(dec("0.9"), dec("0.6"), dec("1.5")))
        .hasMessageContaining("maintainTolerance");
    assertThat(ProgressThresholds.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE).atRisk())
        .isEqualTo(BigDecimal.ONE);
  }

  @Test
  void should_default_options_and_require_as_of() {
    RollupOptions o = RollupOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();

    assertThat(o.thresholds()).isEqualTo(ProgressThresholds.defaults());
    assertThat(o.sdgAttribution()).isEqualTo(SdgAttribution.FULL);
    assertThat(o.weights()).isEmpty();
    assertThat(o.weightOf("X")).isEqualTo(BigDecimal.ONE);
    assertThatThrownBy(() -> RollupOptions.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void should_reject_negative_weights_and_normalise_the_others() {
    RollupOptions o =
        RollupOptions.builder().asOf(LocalDate.of(2024, 6, 30)).putWeight("A", dec("2.50")).build();

    assertThat(o.weightOf("A")).isEqualTo(dec("2.5"));
    assertThatThrownBy(
            () ->
                RollupOptions.builder()
                    .asOf(LocalDate.of(2024, 6, 30))
                    .putWeight("A", dec("-1"))
                    .build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("weights/A");
  }

  @Test
  void should_round_the_exact_value_of_a_double_to_scale_4() {
    assertThat(Ratios.scale4(2.2575610644377857)).isEqualTo(dec("2.2576"));
    assertThat(Ratios.scale4(5.0)).isEqualTo(dec("5"));
    assertThat(Ratios.scale4(-0.0)).isEqualTo(dec("0"));
    // the double nearest 0.00005 lies just above it, so it rounds up, unlike the decimal 0.00005
    assertThat(Ratios.scale4(0.00005)).isEqualTo(dec("0.0001"));
    assertThatThrownBy(() -> Ratios.scale4(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Ratios.scale4(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_round_derived_numbers_to_scale_4_half_even_normalised() {
    assertThat(Ratios.scale4(dec("0.93737166324435318275154"))).isEqualTo(dec("0.9374"));
    assertThat(Ratios.scale4(dec("1.0000"))).isEqualTo(dec("1"));
    assertThat(Ratios.scale4(dec("0.00005"))).isEqualTo(dec("0"));
    assertThat(Ratios.scale4(dec("0.00015"))).isEqualTo(dec("0.0002"));
    assertThat(Ratios.scale4(dec("120000"))).isEqualTo(dec("120000"));
    assertThat(Ratios.scale4(dec("-0.10004"))).isEqualTo(dec("-0.1"));
    assertThat(Ratios.scale4(dec("58.33333")).toPlainString()).isEqualTo("58.3333");
  }

  static IndicatorProgress.Builder progress(ProgressStatus status) {
    return IndicatorProgress.builder()
        .code("I")
        .level(ResultLevel.OUTPUT)
        .owner("OP")
        .status(status)
        .weight(BigDecimal.ONE);
  }

  @Test
  void should_tie_reasons_to_unassessed_statuses() {
    assertThatThrownBy(() -> progress(ProgressStatus.NO_DATA).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("IndicatorProgress.reason");
    assertThatThrownBy(
            () -> progress(ProgressStatus.ON_TRACK).reason(ProgressReason.NO_ACTUAL).build())
        .hasMessageContaining("reason");
    assertThat(
            progress(ProgressStatus.NOT_APPLICABLE)
                .reason(ProgressReason.UNIT_MISMATCH)
                .build()
                .reason())
        .contains(ProgressReason.UNIT_MISMATCH);
  }

  @Test
  void should_keep_achievement_members_together_and_capped_values_in_the_unit_interval() {
    assertThatThrownBy(() -> progress(ProgressStatus.ON_TRACK).achievement(dec("0.5")).build())
        .hasMessageContaining("cappedAchievement");
    assertThatThrownBy(
            () ->
                progress(ProgressStatus.ON_TRACK)
                    .achievement(dec("1.5"))
                    .cappedAchievement(dec("1.5"))
                    .cappedPace(BigDecimal.ONE)
                    .build())
        .hasMessageContaining("cappedAchievement");
    assertThatThrownBy(
            () ->
                progress(ProgressStatus.ON_TRACK)
                    .achievement(dec("0.5"))
                    .cappedAchievement(dec("0.5"))
                    .cappedPace(BigDecimal.ONE)
                    .pace(BigDecimal.ONE)
                    .build())
        .hasMessageContaining("pace");
    assertThatThrownBy(() -> progress(ProgressStatus.ON_TRACK).weight(dec("-1")).build())
        .hasMessageContaining("weight");
  }

  @Test
  void should_reject_negative_budget_parts() {
    assertThatThrownBy(
            () -> BudgetAggregate.of(-1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("lines");
    assertThatThrownBy(() -> BudgetAggregate.of(1, dec("-1"), BigDecimal.ZERO, BigDecimal.ZERO))
        .hasMessageContaining("required");
  }

  @Test
  void should_derive_budget_rates_only_from_non_zero_denominators() {
    BudgetAggregate nothing =
        BudgetAggregate.of(1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    BudgetAggregate over = BudgetAggregate.of(1, dec("100"), dec("150"), dec("0"));

    assertThat(nothing.fundingRate()).isEmpty();
    assertThat(nothing.deliveryRate()).isEmpty();
    assertThat(nothing.toBeMobilised()).isEqualTo(BigDecimal.ZERO);
    assertThat(over.toBeMobilised()).isEqualTo(BigDecimal.ZERO);
    assertThat(over.fundingRate()).contains(dec("1.5"));
    assertThat(over.deliveryRate()).contains(BigDecimal.ZERO);
    assertThat(over.plus(BudgetAggregate.of(1, dec("100"), dec("0"), dec("0"))).toBeMobilised())
        .isEqualTo(dec("50"));
    assertThat(BudgetAggregate.empty().lines()).isZero();
  }

  @Test
  void should_give_an_empty_progress_aggregate_no_ratio_and_not_applicable() {
    ProgressAggregate empty = ProgressAggregate.empty();

    assertThat(empty.progress()).isEmpty();
    assertThat(empty.pace()).isEmpty();
    assertThat(empty.coverage()).isEmpty();
    assertThat(empty.worstAssessed()).isEmpty();
    assertThat(empty.statusCounts()).isEmpty();
    assertThat(empty.status(ProgressThresholds.defaults()))
        .isEqualTo(ProgressStatus.NOT_APPLICABLE);
    assertThat(
            ProgressAggregate.of(
                    progress(ProgressStatus.NO_DATA).reason(ProgressReason.NO_TARGET).build())
                .status(ProgressThresholds.defaults()))
        .isEqualTo(ProgressStatus.NO_DATA);
  }
}
