package org.unsdcf.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.ProgressStatus;

/** conventions.md §6: the monoid laws of ProgressAggregate and BudgetAggregate on seeded cases. */
class AggregateLawsTest {
  static Stream<Arguments> cases() {
    return Seeds.ramp(Seeds.BASE_SEED, 120);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void progress_plus_is_associative_and_commutative_with_empty_as_identity(long seed, int size) {
    AggregateGen gen = new AggregateGen(new SplittableRandom(seed), size);
    ProgressAggregate a = gen.progress();
    ProgressAggregate b = gen.progress();
    ProgressAggregate c = gen.progress();

    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(ProgressAggregate.empty())).isEqualTo(a);
    assertThat(ProgressAggregate.empty().plus(a)).isEqualTo(a);
    assertThat(a.plus(b).hashCode()).isEqualTo(b.plus(a).hashCode());
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void progress_of_merged_halves_equals_the_whole_in_any_order(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    AggregateGen gen = new AggregateGen(random, size);
    List<IndicatorProgress> all = gen.indicators();
    int cut = random.nextInt(all.size() + 1);
    List<IndicatorProgress> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new java.util.Random(seed));

    ProgressAggregate whole = AggregateGen.fold(all);

    assertThat(
            AggregateGen.fold(all.subList(0, cut))
                .plus(AggregateGen.fold(all.subList(cut, all.size()))))
        .isEqualTo(whole);
    assertThat(AggregateGen.fold(shuffled)).isEqualTo(whole);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void progress_derived_values_stay_in_range_and_counts_agree(long seed, int size) {
    AggregateGen gen = new AggregateGen(new SplittableRandom(seed), size);
    List<IndicatorProgress> list = gen.indicators();
    ProgressAggregate a = AggregateGen.fold(list);

    assertThat(a.indicators()).isEqualTo(list.size());
    assertThat(a.statusCounts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(a.indicators());
    assertThat(a.statusCounts().values()).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(a.achieved()).isLessThanOrEqualTo(a.assessed());
    assertThat(a.assessed()).isLessThanOrEqualTo(a.indicators());
    for (BigDecimal r :
        List.of(a.progress(), a.pace(), a.coverage()).stream()
            .flatMap(java.util.Optional::stream)
            .toList()) {
      assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }
    assertThat(list)
        .allSatisfy(
            p -> {
              p.cappedAchievement()
                  .ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
              p.cappedPace()
                  .ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
            });
    assertThat(a.progress().isPresent()).isEqualTo(a.weightSum().signum() > 0);
    assertThat(a.coverage().isPresent()).isEqualTo(a.indicators() > 0);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void progress_is_the_weighted_mean_of_capped_achievements_never_an_average_of_averages(
      long seed, int size) {
    AggregateGen gen = new AggregateGen(new SplittableRandom(seed), size);
    List<IndicatorProgress> list = gen.indicators();
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    ProgressStatus worst = null;
    for (IndicatorProgress p : list) {
      if (p.achievement().isPresent()) {
        num = num.add(p.weight().multiply(p.cappedAchievement().get()));
        den = den.add(p.weight());
      }
      if (p.status().isAssessed() && (worst == null || p.status().compareTo(worst) > 0)) {
        worst = p.status();
      }
    }
    ProgressAggregate a = AggregateGen.fold(list);

    if (den.signum() > 0) {
      assertThat(a.progress().orElseThrow())
          .isEqualByComparingTo(num.divide(den, MathContext.DECIMAL128));
    } else {
      assertThat(a.progress()).isEmpty();
    }
    assertThat(a.worstAssessed()).isEqualTo(java.util.Optional.ofNullable(worst));
  }

  @Test
  void generator_produces_every_class_of_indicator() {
    AggregateGen gen = new AggregateGen(new SplittableRandom(Seeds.BASE_SEED), 64);
    for (int i = 0; i < 500; i++) {
      gen.indicator();
    }

    assertThat(gen.zeroWeights).isPositive();
    assertThat(gen.withAchievement).isPositive();
    assertThat(gen.unassessed).isPositive();
    assertThat(gen.overAchieved).isPositive();
    assertThat(gen.withOpenSdg).isPositive();
    assertThat(gen.openSdgUnscored).isPositive();
    assertThat(gen.openSdgAchieved).isPositive();
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void budget_plus_is_a_commutative_monoid(long seed, int size) {
    AggregateGen gen = new AggregateGen(new SplittableRandom(seed), size);
    BudgetAggregate a = gen.budget();
    BudgetAggregate b = gen.budget();
    BudgetAggregate c = gen.budget();

    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(BudgetAggregate.empty())).isEqualTo(a);
    assertThat(BudgetAggregate.empty().plus(a)).isEqualTo(a);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void budget_of_merged_halves_equals_the_whole_and_rates_come_from_sums(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    AggregateGen gen = new AggregateGen(random, size);
    List<BudgetAggregate> lines = gen.budgetLines();
    int cut = random.nextInt(lines.size() + 1);
    BudgetAggregate whole = AggregateGen.foldBudget(lines);

    assertThat(
            AggregateGen.foldBudget(lines.subList(0, cut))
                .plus(AggregateGen.foldBudget(lines.subList(cut, lines.size()))))
        .isEqualTo(whole);
    assertThat(whole.lines()).isEqualTo(lines.size());
    BigDecimal required =
        lines.stream().map(BudgetAggregate::required).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal available =
        lines.stream().map(BudgetAggregate::available).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(whole.required()).isEqualByComparingTo(required);
    assertThat(whole.toBeMobilised())
        .isEqualByComparingTo(required.subtract(available).max(BigDecimal.ZERO));
    if (required.signum() > 0) {
      assertThat(whole.fundingRate().orElseThrow())
          .isEqualByComparingTo(available.divide(required, MathContext.DECIMAL128));
    } else {
      assertThat(whole.fundingRate()).isEmpty();
    }
  }
}
