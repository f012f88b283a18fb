package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decimals are normalised when built, so {@code equals} agrees with {@code compareTo} (design.md
 * §3.1): checked over seeded random decimals of growing size, each written at several scales.
 */
class DecimalNormalisationPropertyTest {
  static final long BASE_SEED = 20_231_130L;

  static Stream<Arguments> cases() {
    // sizes 1, 2, 4 ... 32 (significant digits), 8 seeds each
    return IntStream.range(0, 48)
        .mapToObj(i -> Arguments.of(BASE_SEED + i, 1 << Math.min(i / 8, 5)));
  }

  /** A decimal of at most {@code size} significant digits, below 10^15, scale at most 20. */
  static BigDecimal decimal(SplittableRandom random, int size) {
    int digits = 1 + random.nextInt(Math.min(size, 34));
    int scale = Math.max(digits - 15, random.nextInt(Math.min(20, digits + 5) + 1));
    scale = Math.min(scale, 20);
    StringBuilder unscaled = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      unscaled.append((char) ('0' + random.nextInt(10)));
    }
    BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), scale);
    return random.nextBoolean() ? value : value.negate();
  }

  /** The same number written with {@code extra} more trailing zeros, as far as scale 20 allows. */
  static BigDecimal padded(BigDecimal value, int extra) {
    return value.setScale(Math.min(20, Math.max(value.scale(), 0) + extra));
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void equal_numbers_make_equal_values(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 50; n++) {
      BigDecimal x = decimal(random, size);
      BigDecimal y = padded(x, random.nextInt(6));

      Value.Numeric a = Value.numeric(x);
      Value.Numeric b = Value.numeric(y);

      assertThat(a).as("%s vs %s", x, y).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.amount().compareTo(x)).isZero();
      assertThat(a.amount().scale()).isBetween(0, 20);
      assertThat(Value.numeric(a.amount())).isEqualTo(a);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void equals_agrees_with_compare_to(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 50; n++) {
      BigDecimal x = decimal(random, size);
      BigDecimal y = random.nextInt(4) == 0 ? padded(x, 3) : decimal(random, size);

      boolean sameNumber = x.compareTo(y) == 0;

      assertThat(Value.numeric(x).equals(Value.numeric(y)))
          .as("%s vs %s", x, y)
          .isEqualTo(sameNumber);
      assertThat(NumericRange.atLeast(x).equals(NumericRange.atLeast(y))).isEqualTo(sameNumber);
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void money_of_equal_amounts_is_equal(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 50; n++) {
      BigDecimal x = decimal(random, Math.min(size, 19)).abs();
      if (Math.max(x.stripTrailingZeros().scale(), 0) > Money.MAX_SCALE) {
        x = x.setScale(Money.MAX_SCALE, java.math.RoundingMode.DOWN);
      }
      Money a = Money.of(x, "USD");
      Money b = Money.of(padded(x, 2), "USD");

      assertThat(a).as("%s", x).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.amount().scale()).isBetween(0, Money.MAX_SCALE);
    }
  }
}
