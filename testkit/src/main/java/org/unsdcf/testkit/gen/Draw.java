package org.unsdcf.testkit.gen;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.YearRange;

/**
 * The random choices every generator makes, from one {@link RandomGenerator} and a size. A budget
 * of list elements keeps nested lists from multiplying: once it is spent, lists get their minimum
 * length. A plan refills it for each part (results framework, groups, JWPs, committee). Nothing
 * here iterates a hash-ordered collection or reads the clock.
 */
final class Draw {
  static final int MIN_YEAR = 1945;
  static final int MAX_YEAR = 2100;
  static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

  final RandomGenerator random;
  final int size;
  private final int small;
  private int budget;
  private int serial;

  Draw(RandomGenerator random, int size) {
    this.random = Objects.requireNonNull(random, "random");
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, but was " + size);
    }
    this.size = size;
    this.small = 2 + (31 - Integer.numberOfLeadingZeros(size));
    refill();
  }

  /** Starts a new budget of list elements, so parts generated later do not starve. */
  void refill() {
    budget = 20 * size + 20;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  boolean coin() {
    return random.nextBoolean();
  }

  /** A uniform int from lo to hi, both included. */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /** A value half the time. */
  <T> Optional<T> maybe(Supplier<T> value) {
    return coin() ? Optional.of(value.get()) : Optional.empty();
  }

  /**
   * A list length of at least {@code min}: empty a quarter of the time, {@code size} (a large list)
   * now and then, else short; never more than the budget left.
   */
  int count(int min) {
    int n;
    double r = random.nextDouble();
    if (r < 0.25) {
      n = 0;
    } else if (r < 0.31) {
      n = size;
    } else {
      n = between(1, small);
    }
    n = Math.max(min, Math.min(n, budget));
    budget -= n;
    return n;
  }

  /** A list of {@code count(min)} elements. */
  <T> List<T> list(int min, Supplier<T> element) {
    int n = count(min);
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(element.get());
    }
    return list;
  }

  /**
   * A list of distinct elements, for {@code {set}} members; shorter than drawn if the supplier runs
   * out of new values, but at least one when {@code min} is 1 (the first is always new).
   */
  <T> List<T> set(int min, Supplier<T> element) {
    int n = count(min);
    List<T> list = new ArrayList<>(n);
    for (int attempt = 0; list.size() < n && attempt < 4 * n; attempt++) {
      T candidate = element.get();
      if (!list.contains(candidate)) {
        list.add(candidate);
      }
    }
    return list;
  }

  /** A number unique within this draw, for codes. */
  int serial() {
    return ++serial;
  }

  /** A framework period: typically five years, sometimes at the bounds 1945 and 2100. */
  YearRange frameworkPeriod() {
    double r = random.nextDouble();
    int start;
    if (r < 0.1) {
      start = MIN_YEAR;
    } else if (r < 0.2) {
      start = MAX_YEAR - between(0, 4);
    } else {
      start = between(1990, 2040);
    }
    int end = Math.min(MAX_YEAR, start + (chance(0.7) ? 4 : between(0, 9)));
    return YearRange.of(start, end);
  }

  /** A sub-range of years, e.g. a JWP period inside the framework's. */
  YearRange within(YearRange period) {
    int start = year(period);
    int end = Math.min(period.end().getValue(), start + between(0, 2));
    return YearRange.of(start, end);
  }

  int year(YearRange period) {
    return between(period.start().getValue(), period.end().getValue());
  }

  /** A date from lo to hi, both included, at a bound a tenth of the time each. */
  LocalDate date(LocalDate lo, LocalDate hi) {
    double r = random.nextDouble();
    if (r < 0.1) {
      return lo;
    }
    if (r < 0.2) {
      return hi;
    }
    return lo.plusDays(random.nextLong(ChronoUnit.DAYS.between(lo, hi) + 1));
  }

  LocalDate date(YearRange period) {
    return date(period.firstDay(), period.lastDay());
  }

  ReportingPeriod reportingPeriod(YearRange period) {
    LocalDate start = date(period);
    LocalDate end = coin() ? start : date(start, period.lastDay());
    return ReportingPeriod.of(start, end);
  }
}
