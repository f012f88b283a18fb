package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.InvariantViolationException;

/**
 * Every branch of design.md §16 and §20 for one series, with numbers of our own. Expected values
 * were worked out independently of this code (a separate port of the formulas); they hold to 1e-12.
 */
class OpenSdgProgressTest {
  private static final Offset<Double> CLOSE = within(1e-12);

  static OpenSdgSeries.Builder series(int baseYear, double base, int currentYear, double current) {
    return OpenSdgSeries.builder()
        .baseYear(baseYear)
        .baseValue(base)
        .currentYear(currentYear)
        .currentValue(current)
        .direction(Direction.INCREASE);
  }

  static OpenSdgResult assess(OpenSdgSeries.Builder b) {
    return OpenSdgProgress.assess(b.build());
  }

  static void expect(OpenSdgResult r, OpenSdgStatus status, double score, double pv) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.score()).hasValueCloseTo(score, CLOSE);
    assertThat(r.progressValue()).hasValueCloseTo(pv, CLOSE);
  }

  static void expectNotAvailable(OpenSdgResult r) {
    assertThat(r.status()).isEqualTo(OpenSdgStatus.NOT_AVAILABLE);
    assertThat(r.score()).isEmpty();
    assertThat(r.progressValue()).isEmpty();
  }

  @Nested
  class Method1WithoutTarget {
    @Test
    void should_be_substantial_progress_at_two_percent_a_year() {
      expect(
          assess(series(2015, 100, 2020, 110)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          4.622438245728283,
          0.019244876491456564);
    }

    @Test
    void should_cap_the_score_at_5() {
      expect(
          assess(series(2015, 100, 2020, 200)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          0.1486983549970351);
    }

    @Test
    void should_be_moderate_progress_at_one_percent_a_year() {
      expect(
          assess(series(2015, 100, 2020, 105)),
          OpenSdgStatus.MODERATE_PROGRESS,
          1.201449418371332,
          0.009805797673485328);
    }

    @Test
    void should_be_limited_progress_below_half_a_percent_a_year() {
      expect(
          assess(series(2015, 100, 2020, 101)),
          OpenSdgStatus.LIMITED_PROGRESS,
          -1.5039761667333096,
          0.001992047666533381);
    }

    @Test
    void should_be_deterioration_when_moving_away() {
      expect(
          assess(series(2015, 100, 2020, 95)),
          OpenSdgStatus.DETERIORATION,
          -3.7757772891264367,
          -0.010206218313011495);
    }

    @Test
    void should_floor_the_score_at_minus_5() {
      expect(
          assess(series(2015, 100, 2020, 20)),
          OpenSdgStatus.DETERIORATION,
          -5,
          -0.27522033632230447);
    }

    @Test
    void should_count_a_fall_as_progress_for_a_decrease() {
      expect(
          assess(series(2015, 100, 2020, 90).direction(Direction.DECREASE)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          0.0208516376390232);
    }

    @Test
    void should_reverse_the_growth_of_a_negative_base() {
      // sign = -1: from -100 to -90 is a rise, progress for INCREASE
      expect(
          assess(series(2015, -100, 2020, -90)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          0.0208516376390232);
      expect(
          assess(series(2015, -100, 2020, -110).direction(Direction.DECREASE)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          4.622438245728283,
          0.019244876491456564);
      expect(
          assess(series(2015, -100, 2020, -110)),
          OpenSdgStatus.DETERIORATION,
          -4.905609561432071,
          -0.019244876491456564);
    }
  }

  @Nested
  class LimitCoefficient {
    @Test
    void should_reduce_the_thresholds_below_the_limit() {
      // b = 40 <= L = 100: coeff = 1 - 0.4^4.44 = 0.98289…; pv 0.0098 is moderate, scored on
      // pv/coeff
      expect(
          assess(series(2015, 40, 2020, 42).limit(100)),
          OpenSdgStatus.MODERATE_PROGRESS,
          1.2441135172896036,
          0.009805797673485328);
    }

    @Test
    void should_reduce_the_thresholds_between_the_limit_and_twice_it() {
      // b = 150: coeff = 1 - ((200 - 150) / 100)^4.44 = 0.95392…
      expect(
          assess(series(2015, 150, 2020, 152).limit(100)),
          OpenSdgStatus.LIMITED_PROGRESS,
          -1.1096675281189456,
          0.0026525571709437035);
    }

    @Test
    void should_not_reduce_the_thresholds_from_twice_the_limit() {
      OpenSdgResult withLimit = assess(series(2015, 200, 2020, 210).limit(100));
      OpenSdgResult without = assess(series(2015, 200, 2020, 210));
      expect(withLimit, OpenSdgStatus.MODERATE_PROGRESS, 1.201449418371332, 0.009805797673485328);
      assertThat(withLimit).isEqualTo(without);
      assertThat(assess(series(2015, 250, 2020, 260).limit(100)))
          .isEqualTo(assess(series(2015, 250, 2020, 260)));
    }

    @Test
    void should_use_the_absolute_values_of_base_and_limit() {
      assertThat(assess(series(2015, 40, 2020, 42).limit(-100)))
          .isEqualTo(assess(series(2015, 40, 2020, 42).limit(100)));
    }

    @Test
    void should_score_5_when_the_base_sits_on_the_limit_and_holds() {
      // coeff = 0: every threshold is 0 and pv / coeff would be 0/0; sdg-build scores 5
      expect(
          assess(series(2015, 100, 2020, 100).limit(100)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          0);
      expect(
          assess(series(2015, 100, 2020, 101).limit(100)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          0.001992047666533381);
    }

    @Test
    void should_score_a_move_away_from_the_limit_on_the_unreduced_value() {
      expect(
          assess(series(2015, 100, 2020, 99).limit(100)),
          OpenSdgStatus.DETERIORATION,
          -2.751006042321769,
          -0.002008048338574153);
    }

    @Test
    void should_ignore_the_limit_with_a_target() {
      assertThat(assess(series(2015, 10, 2020, 14).target(30).limit(12)))
          .isEqualTo(assess(series(2015, 10, 2020, 14).target(30)));
    }
  }

  @Nested
  class Method2WithTarget {
    @Test
    void should_be_substantial_progress_ahead_of_the_needed_growth() {
      expect(
          assess(series(2015, 10, 2020, 20).target(30)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          1.9568244419482952);
    }

    @Test
    void should_be_moderate_progress_from_60_percent_of_the_needed_growth() {
      expect(
          assess(series(2015, 10, 2020, 14).target(30)),
          OpenSdgStatus.MODERATE_PROGRESS,
          2.2575610644377857,
          0.9160510527149738);
    }

    @Test
    void should_be_limited_progress_below_60_percent() {
      expect(
          assess(series(2015, 10, 2020, 11).target(30)),
          OpenSdgStatus.LIMITED_PROGRESS,
          -1.4447555877953153,
          0.2532566328760613);
    }

    @Test
    void should_be_deterioration_when_moving_away_from_the_target() {
      expect(
          assess(series(2015, 10, 2020, 9).target(30)),
          OpenSdgStatus.DETERIORATION,
          -3.6433471196172253,
          -0.27440111349922613);
    }

    @Test
    void should_use_the_target_year() {
      OpenSdgResult by2030 = assess(series(2015, 10, 2020, 14).target(30));
      OpenSdgResult by2025 = assess(series(2015, 10, 2020, 14).target(30).targetYear(2025));
      assertThat(by2025.progressValue().getAsDouble())
          .isLessThan(by2030.progressValue().getAsDouble());
      assertThat(
              OpenSdgSeries.builder().from(series(2015, 10, 2020, 14).build()).build().targetYear())
          .isEqualTo(OpenSdgSeries.DEFAULT_TARGET_YEAR);
    }

    @Test
    void should_achieve_an_increase_target_at_or_above_it() {
      expect(
          assess(series(2015, 10, 2020, 31).target(30)),
          OpenSdgStatus.TARGET_ACHIEVED,
          5,
          3.341604147383743);
      assertThat(assess(series(2015, 10, 2020, 30).target(30)).status())
          .isEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
    }

    @Test
    void should_achieve_a_decrease_target_at_or_below_it() {
      expect(
          assess(series(2015, 10, 2020, 4).target(5).direction(Direction.DECREASE)),
          OpenSdgStatus.TARGET_ACHIEVED,
          5,
          3.7079880398310063);
      assertThat(assess(series(2015, 10, 2020, 5).target(5).direction(Direction.DECREASE)).status())
          .isEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
      assertThat(
              assess(series(2015, 10, 2020, 5.01).target(5).direction(Direction.DECREASE)).status())
          .isNotEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
    }

    @Test
    void should_count_a_target_of_0_as_0_001() {
      OpenSdgSeries.Builder zero =
          series(2015, 10, 2020, 5).target(0).direction(Direction.DECREASE);
      expect(
          assess(zero), OpenSdgStatus.LIMITED_PROGRESS, -1.3244526047839764, 0.28212911781890315);
      assertThat(assess(zero))
          .isEqualTo(assess(series(2015, 10, 2020, 5).target(0.001).direction(Direction.DECREASE)));
      // the substitute decides "achieved" too: 0.0005 <= 0.001
      assertThat(
              assess(series(2015, 10, 2020, 0.0005).target(0).direction(Direction.DECREASE))
                  .status())
          .isEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
    }
  }

  @Nested
  class UndefinedProgressValue {
    @Test
    void should_be_not_available_when_base_year_is_current_year() {
      expectNotAvailable(assess(series(2020, 10, 2020, 12).target(30)));
      expectNotAvailable(assess(series(2020, 10, 2020, 12)));
    }

    @Test
    void should_be_not_available_when_current_year_is_before_base_year() {
      expectNotAvailable(assess(series(2020, 10, 2015, 12)));
    }

    @Test
    void should_be_not_available_for_a_base_value_of_0() {
      expectNotAvailable(assess(series(2015, 0, 2020, 12)));
      expectNotAvailable(assess(series(2015, 0, 2020, 12).target(30)));
    }

    @Test
    void should_achieve_the_target_even_where_the_progress_value_is_undefined() {
      OpenSdgResult sameYear = assess(series(2020, 10, 2020, 31).target(30));
      assertThat(sameYear.status()).isEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
      assertThat(sameYear.score()).hasValue(5);
      assertThat(sameYear.progressValue()).isEmpty();
      OpenSdgResult baseZero = assess(series(2015, 0, 2020, 31).target(30));
      assertThat(baseZero.status()).isEqualTo(OpenSdgStatus.TARGET_ACHIEVED);
      assertThat(baseZero.score()).hasValue(5);
      assertThat(baseZero.progressValue()).isEmpty();
    }

    @Test
    void should_be_not_available_when_base_and_current_have_opposite_signs() {
      // Math.pow(-0.2, 1 / 1) would be a number; sdg-build refuses the pair
      expectNotAvailable(assess(series(2015, 10, 2016, -2)));
      expectNotAvailable(assess(series(2015, 10, 2020, -2)));
      expectNotAvailable(assess(series(2015, -10, 2016, 2)));
    }

    @Test
    void should_be_not_available_when_the_needed_growth_is_undefined() {
      // a target of the other sign: Math.pow of a negative ratio to 1/15 is NaN
      expectNotAvailable(
          assess(series(2015, 10, 2020, 8).target(-5).direction(Direction.DECREASE)));
    }
  }

  @Nested
  class DivisionByZero {
    @Test
    void should_be_deterioration_at_minus_infinity_when_the_target_is_the_base() {
      // needed growth 0: pv = -0.0208… / 0 = -∞, shown as no progress value
      OpenSdgResult r = assess(series(2015, 10, 2020, 9).target(10));
      assertThat(r.status()).isEqualTo(OpenSdgStatus.DETERIORATION);
      assertThat(r.score()).hasValue(-5);
      assertThat(r.progressValue()).isEmpty();
      OpenSdgResult down =
          assess(series(2015, 10, 2020, 11).target(10).direction(Direction.DECREASE));
      assertThat(down.status()).isEqualTo(OpenSdgStatus.DETERIORATION);
      assertThat(down.score()).hasValue(-5);
    }

    @Test
    void should_be_substantial_progress_at_plus_infinity() {
      // 1e300 / 4.9e-324 overflows to +∞, and so does its fifth root
      OpenSdgResult r = assess(series(2015, Double.MIN_VALUE, 2020, 1e300));
      assertThat(r.status()).isEqualTo(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
      assertThat(r.score()).hasValue(5);
      assertThat(r.progressValue()).isEmpty();
    }

    @Test
    void should_divide_by_an_infinite_needed_growth_when_the_target_year_is_the_base_year() {
      // 1 / (2015 - 2015) = +∞, so the needed growth is +∞ and pv = 0.0371… / ∞ = 0
      expect(
          assess(series(2015, 10, 2020, 12).target(15).targetYear(2015)),
          OpenSdgStatus.LIMITED_PROGRESS,
          -2.5,
          0);
    }
  }

  @Nested
  class OpenSdgFeatureScenarios {
    // the two cases of Open SDG's ProgressStatus.feature, as their README describes them
    @Test
    void should_show_deterioration_when_a_decrease_rises_from_its_target() {
      OpenSdgResult r =
          assess(series(2015, 1, 2016, 3).target(1).limit(1).direction(Direction.DECREASE));
      assertThat(r.status()).isEqualTo(OpenSdgStatus.DETERIORATION);
      assertThat(r.score()).hasValue(-5);
    }

    @Test
    void should_show_substantial_progress_for_a_rise_towards_the_target() {
      expect(
          assess(series(2015, 5, 2016, 6).target(9)),
          OpenSdgStatus.SUBSTANTIAL_PROGRESS,
          5,
          5.004545663635249);
    }
  }

  @Nested
  class Invariants {
    @Test
    void should_reject_maintain() {
      assertThatThrownBy(() -> series(2015, 1, 2020, 2).direction(Direction.MAINTAIN).build())
          .isInstanceOf(IllegalArgumentException.class)
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("direction")
          .hasMessageContaining("MAINTAIN");
    }

    @Test
    void should_reject_values_that_are_not_finite() {
      assertThatThrownBy(() -> series(2015, Double.NaN, 2020, 2).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("baseValue")
          .hasMessageContaining("NaN");
      assertThatThrownBy(() -> series(2015, 1, 2020, Double.POSITIVE_INFINITY).build())
          .hasMessageContaining("currentValue");
      assertThatThrownBy(() -> series(2015, 1, 2020, 2).target(Double.NEGATIVE_INFINITY).build())
          .hasMessageContaining("target");
      assertThatThrownBy(() -> series(2015, 1, 2020, 2).limit(Double.NaN).build())
          .hasMessageContaining("limit");
    }

    @Test
    void should_require_the_inputs() {
      assertThatThrownBy(() -> OpenSdgSeries.builder().baseYear(2015).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("baseValue");
      assertThatThrownBy(() -> OpenSdgProgress.assess(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("series");
    }

    @Test
    void should_check_results() {
      assertThatThrownBy(
              () ->
                  OpenSdgResult.of(
                      OpenSdgStatus.NOT_AVAILABLE,
                      java.util.OptionalDouble.of(1),
                      java.util.OptionalDouble.empty()))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("score");
      assertThatThrownBy(
              () ->
                  OpenSdgResult.of(
                      OpenSdgStatus.LIMITED_PROGRESS,
                      java.util.OptionalDouble.empty(),
                      java.util.OptionalDouble.empty()))
          .hasMessageContaining("score");
      assertThatThrownBy(
              () ->
                  OpenSdgResult.of(
                      OpenSdgStatus.DETERIORATION,
                      java.util.OptionalDouble.of(-5.5),
                      java.util.OptionalDouble.empty()))
          .hasMessageContaining("-5.5");
      assertThatThrownBy(
              () ->
                  OpenSdgResult.of(
                      OpenSdgStatus.TARGET_ACHIEVED,
                      java.util.OptionalDouble.of(4),
                      java.util.OptionalDouble.empty()))
          .hasMessageContaining("TARGET_ACHIEVED");
      assertThatThrownBy(
              () ->
                  OpenSdgResult.of(
                      OpenSdgStatus.DETERIORATION,
                      java.util.OptionalDouble.of(-5),
                      java.util.OptionalDouble.of(Double.NEGATIVE_INFINITY)))
          .hasMessageContaining("progressValue");
    }
  }
}
