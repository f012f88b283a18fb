package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link OpenSdgProgress#combine}: an indicator's result from its series' (design.md §16). */
class OpenSdgCombineTest {
  static OpenSdgResult scored(OpenSdgStatus status, double score) {
    return OpenSdgResult.of(status, OptionalDouble.of(score), OptionalDouble.empty());
  }

  static final OpenSdgResult NA =
      OpenSdgResult.of(OpenSdgStatus.NOT_AVAILABLE, OptionalDouble.empty(), OptionalDouble.empty());
  static final OpenSdgResult ACHIEVED = scored(OpenSdgStatus.TARGET_ACHIEVED, 5);

  @Test
  void should_average_the_present_scores() {
    OpenSdgResult r =
        OpenSdgProgress.combine(
            List.of(
                scored(OpenSdgStatus.SUBSTANTIAL_PROGRESS, 4.622438245728283),
                NA,
                scored(OpenSdgStatus.LIMITED_PROGRESS, -1.5039761667333096),
                ACHIEVED));
    assertThat(r.status()).isEqualTo(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
    assertThat(r.score()).hasValueCloseTo(2.706154026331658, within(1e-15));
    assertThat(r.progressValue()).isEmpty();
  }

  @Test
  void should_achieve_the_target_only_when_every_scored_series_did() {
    assertThat(OpenSdgProgress.combine(List.of(ACHIEVED, NA, ACHIEVED))).isEqualTo(ACHIEVED);
    OpenSdgResult mixed =
        OpenSdgProgress.combine(List.of(ACHIEVED, scored(OpenSdgStatus.SUBSTANTIAL_PROGRESS, 5)));
    assertThat(mixed.status()).isEqualTo(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
    assertThat(mixed.score()).hasValue(5);
  }

  @Test
  void should_apply_the_score_thresholds_inclusively() {
    assertThat(status(2.5)).isEqualTo(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
    assertThat(status(Math.nextDown(2.5))).isEqualTo(OpenSdgStatus.MODERATE_PROGRESS);
    assertThat(status(0)).isEqualTo(OpenSdgStatus.MODERATE_PROGRESS);
    assertThat(status(-Double.MIN_VALUE)).isEqualTo(OpenSdgStatus.LIMITED_PROGRESS);
    assertThat(status(-2.5)).isEqualTo(OpenSdgStatus.LIMITED_PROGRESS);
    assertThat(status(Math.nextDown(-2.5))).isEqualTo(OpenSdgStatus.DETERIORATION);
    assertThat(status(-5)).isEqualTo(OpenSdgStatus.DETERIORATION);
  }

  private static OpenSdgStatus status(double score) {
    // the series' own status does not matter, only its score
    return OpenSdgProgress.combine(List.of(scored(OpenSdgStatus.DETERIORATION, score))).status();
  }

  @Test
  void should_be_not_available_without_a_score() {
    assertThat(OpenSdgProgress.combine(List.of(NA, NA))).isEqualTo(NA);
    assertThat(OpenSdgProgress.combine(List.of())).isEqualTo(NA);
  }

  @Test
  void should_reject_null() {
    assertThatThrownBy(() -> OpenSdgProgress.combine(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("results");
    assertThatThrownBy(() -> OpenSdgProgress.combine(Arrays.asList(ACHIEVED, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("results");
  }

  static Stream<Arguments> cases() {
    return Seeds.ramp(Seeds.BASE_SEED, 100);
  }

  static List<OpenSdgResult> results(SplittableRandom random, int size) {
    OpenSdgStatus[] statuses = OpenSdgStatus.values();
    List<OpenSdgResult> list = new ArrayList<>();
    for (int i = random.nextInt(size + 1); i > 0; i--) {
      OpenSdgStatus s = statuses[random.nextInt(statuses.length)];
      if (s == OpenSdgStatus.NOT_AVAILABLE) {
        list.add(NA);
      } else if (s == OpenSdgStatus.TARGET_ACHIEVED) {
        list.add(ACHIEVED);
      } else {
        list.add(scored(s, random.nextDouble(-5, 5)));
      }
    }
    return list;
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_not_depend_on_the_order_of_the_series(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<OpenSdgResult> list = results(random, size);
    List<OpenSdgResult> shuffled = new ArrayList<>(list);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(OpenSdgProgress.combine(shuffled)).isEqualTo(OpenSdgProgress.combine(list));
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_equal_a_naive_mean(long seed, int size) {
    List<OpenSdgResult> list = results(new SplittableRandom(seed), size);
    double sum = 0;
    int n = 0;
    for (OpenSdgResult r : list) {
      if (r.score().isPresent()) {
        sum += r.score().getAsDouble();
        n++;
      }
    }
    OpenSdgResult combined = OpenSdgProgress.combine(list);
    if (n == 0) {
      assertThat(combined).isEqualTo(NA);
    } else {
      assertThat(combined.score()).hasValueCloseTo(sum / n, within(1e-12));
    }
  }
}
