package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;

/**
 * A small seeded generator of indicator progress and aggregates for the law tests (testkit's
 * generators are not visible to core's tests). It counts what it produced so tests can check every
 * class appeared.
 */
final class AggregateGen {
  private static final ProgressStatus[] STATUSES = ProgressStatus.values();
  private final RandomGenerator random;
  private final int size;
  int zeroWeights;
  int withAchievement;
  int unassessed;
  int overAchieved;
  int withOpenSdg;
  int openSdgUnscored;
  int openSdgAchieved;

  AggregateGen(RandomGenerator random, int size) {
    this.random = random;
    this.size = size;
  }

  BigDecimal decimal(int bound, int scale) {
    return BigDecimal.valueOf(random.nextLong(-bound * 10_000L, bound * 10_000L + 1), 4)
        .setScale(scale, java.math.RoundingMode.DOWN);
  }

  BigDecimal unitInterval() {
    return BigDecimal.valueOf(random.nextLong(0, 10_001), 4);
  }

  IndicatorProgress indicator() {
    ProgressStatus status = STATUSES[random.nextInt(STATUSES.length)];
    BigDecimal weight =
        random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextLong(1, 400), 2);
    if (weight.signum() == 0) {
      zeroWeights++;
    }
    IndicatorProgress.Builder b =
        IndicatorProgress.builder()
            .code("I" + random.nextInt(1000))
            .level(ResultLevel.OUTCOME)
            .owner("OC")
            .status(status)
            .weight(weight);
    if (random.nextBoolean()) {
      b.openSdg(openSdg());
    }
    if (!status.isAssessed()) {
      unassessed++;
      return b.reason(
              status == ProgressStatus.NO_DATA
                  ? ProgressReason.NO_ACTUAL
                  : ProgressReason.UNIT_MISMATCH)
          .build();
    }
    if (random.nextInt(4) == 0) {
      return b.build();
    }
    withAchievement++;
    BigDecimal achievement = decimal(2, random.nextInt(5));
    if (achievement.compareTo(BigDecimal.ONE) > 0) {
      overAchieved++;
    }
    b.achievement(achievement)
        .cappedAchievement(clamp(achievement))
        .cappedPace(status == ProgressStatus.ACHIEVED ? BigDecimal.ONE : unitInterval());
    if (random.nextBoolean()) {
      b.expected(unitInterval()).pace(decimal(3, 4));
    }
    return b.build();
  }

  /** An Open SDG result of any status, its score from the whole double range of −5 to 5. */
  OpenSdgResult openSdg() {
    withOpenSdg++;
    OpenSdgStatus[] statuses = OpenSdgStatus.values();
    OpenSdgStatus s = statuses[random.nextInt(statuses.length)];
    if (s == OpenSdgStatus.NOT_AVAILABLE) {
      openSdgUnscored++;
      return OpenSdgResult.of(s, OptionalDouble.empty(), OptionalDouble.empty());
    }
    if (s == OpenSdgStatus.TARGET_ACHIEVED) {
      openSdgAchieved++;
      return OpenSdgResult.of(s, OptionalDouble.of(5), OptionalDouble.of(random.nextDouble(1, 9)));
    }
    return OpenSdgResult.of(
        s,
        OptionalDouble.of(random.nextDouble(-5, 5)),
        OptionalDouble.of(random.nextDouble(-2, 2)));
  }

  static BigDecimal clamp(BigDecimal x) {
    return x.signum() < 0 ? BigDecimal.ZERO : x.min(BigDecimal.ONE);
  }

  List<IndicatorProgress> indicators() {
    List<IndicatorProgress> list = new ArrayList<>();
    int n = random.nextInt(size + 1);
    for (int i = 0; i < n; i++) {
      list.add(indicator());
    }
    return list;
  }

  static ProgressAggregate fold(List<IndicatorProgress> list) {
    ProgressAggregate a = ProgressAggregate.empty();
    for (IndicatorProgress p : list) {
      a = a.plus(ProgressAggregate.of(p));
    }
    return a;
  }

  ProgressAggregate progress() {
    return fold(indicators());
  }

  BigDecimal money() {
    return BigDecimal.valueOf(random.nextLong(0, 1_000_000_000L), random.nextInt(5));
  }

  BudgetAggregate budgetLine() {
    return BudgetAggregate.of(
        1, money(), money(), random.nextInt(4) == 0 ? BigDecimal.ZERO : money());
  }

  List<BudgetAggregate> budgetLines() {
    List<BudgetAggregate> list = new ArrayList<>();
    int n = random.nextInt(size + 1);
    for (int i = 0; i < n; i++) {
      list.add(budgetLine());
    }
    return list;
  }

  static BudgetAggregate foldBudget(List<BudgetAggregate> list) {
    BudgetAggregate a = BudgetAggregate.empty();
    for (BudgetAggregate b : list) {
      a = a.plus(b);
    }
    return a;
  }

  BudgetAggregate budget() {
    return foldBudget(budgetLines());
  }
}
