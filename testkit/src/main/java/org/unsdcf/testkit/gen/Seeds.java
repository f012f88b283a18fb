package org.unsdcf.testkit.gen;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The (seed, size) cases of a property test, for {@code @MethodSource}. Sizes ramp from 1 up to
 * {@link #MAX_SIZE} by powers of two, so the first failure tends to be small; seeds come from the
 * base seed, so a run is repeatable.
 *
 * <pre>{@code
 * static Stream<Arguments> cases() {
 *   return Seeds.ramp(20260101L, 200);
 * }
 *
 * @ParameterizedTest(name = "seed={0} size={1}")
 * @MethodSource("cases")
 * void round_trips(long seed, int size) {
 *   CooperationFramework plan = new PlanGenerator(new SplittableRandom(seed), size).next();
 *   ...
 * }
 * }</pre>
 *
 * <p>To replay a failure, run with {@code -Dunsdcf.seed=<seed>} (and {@code -Dunsdcf.size=<size>},
 * default {@link #MAX_SIZE}): every {@code ramp} then yields just that case.
 */
public final class Seeds {
  /** The largest size of a ramp. */
  public static final int MAX_SIZE = 64;

  /** The system property that replays one seed. */
  public static final String SEED_PROPERTY = "unsdcf.seed";

  /** The system property that sets the size of the replayed seed. */
  public static final String SIZE_PROPERTY = "unsdcf.size";

  private Seeds() {}

  /**
   * Obtains {@code count} cases with sizes 1, 2, 4 … {@link #MAX_SIZE}, each size for an equal
   * share of the cases in that order, or the one case the system properties name.
   *
   * @param baseSeed the seed the cases' seeds derive from
   * @param count how many cases, at least 1
   * @return arguments {@code (long seed, int size)}
   * @throws IllegalArgumentException if count is below 1, or a property is not a number
   */
  public static Stream<Arguments> ramp(long baseSeed, int count) {
    return ramp(baseSeed, count, MAX_SIZE, System::getProperty);
  }

  /**
   * Obtains {@code count} cases with sizes ramping by powers of two from 1 up to {@code maxSize},
   * or the one case the system properties name.
   *
   * @param baseSeed the seed the cases' seeds derive from
   * @param count how many cases, at least 1
   * @param maxSize the largest size, at least 1
   * @return arguments {@code (long seed, int size)}
   * @throws IllegalArgumentException if count or maxSize is below 1, or a property is not a number
   */
  public static Stream<Arguments> ramp(long baseSeed, int count, int maxSize) {
    return ramp(baseSeed, count, maxSize, System::getProperty);
  }

  static Stream<Arguments> ramp(
      long baseSeed, int count, int maxSize, UnaryOperator<String> properties) {
    if (count < 1 || maxSize < 1) {
      throw new IllegalArgumentException(
          "count and maxSize must be at least 1, but were " + count + " and " + maxSize);
    }
    String seed = properties.apply(SEED_PROPERTY);
    if (seed != null) {
      String size = properties.apply(SIZE_PROPERTY);
      return Stream.of(
          Arguments.of(parseLong(SEED_PROPERTY, seed), size == null ? maxSize : parseSize(size)));
    }
    int steps =
        32 - Integer.numberOfLeadingZeros(maxSize) + (Integer.bitCount(maxSize) == 1 ? 0 : 1);
    SplittableRandom seeds = new SplittableRandom(baseSeed);
    Arguments[] cases = new Arguments[count];
    for (int i = 0; i < count; i++) {
      int step = (int) ((long) i * steps / count);
      cases[i] = Arguments.of(seeds.nextLong(), Math.min(maxSize, 1 << step));
    }
    return Stream.of(cases);
  }

  private static long parseLong(String property, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a long, but was '" + value + "'", e);
    }
  }

  private static int parseSize(String value) {
    long size = parseLong(SIZE_PROPERTY, value);
    if (size < 1 || size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(SIZE_PROPERTY + " must be at least 1, but was " + value);
    }
    return (int) size;
  }
}
