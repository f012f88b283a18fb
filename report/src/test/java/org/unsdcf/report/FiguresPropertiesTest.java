package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.testkit.gen.Seeds;

/**
 * The short cuts of {@link Figures} against their definitions: a percentage through a double
 * against the exact HALF_EVEN rounding, plain digits without stripping against stripping.
 */
class FiguresPropertiesTest {
  private static final long BASE_SEED = 18_018L;

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 64);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void percent_of_roll_up_quotients_is_the_exact_rounding(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50 * size; i++) {
      BigDecimal ratio = quotient(random, size);

      assertThat(Figures.percent(ratio)).as("%s", ratio).isEqualTo(Figures.exactPercent(ratio));
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void percent_at_and_beside_one_half_is_the_exact_rounding(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50 * size; i++) {
      // k + 0.5 hundredths, nudged by nothing or by one unit in the 34th digit either way.
      BigDecimal half =
          BigDecimal.valueOf(random.nextLong(-100_000, 100_000))
              .add(new BigDecimal("0.5"))
              .movePointLeft(2);
      BigDecimal nudge = BigDecimal.ONE.movePointLeft(30 + random.nextInt(4));
      for (BigDecimal ratio :
          new BigDecimal[] {half, half.add(nudge), half.subtract(nudge), half.negate()}) {
        BigDecimal rounded = ratio.round(MathContext.DECIMAL128);

        assertThat(Figures.percent(rounded))
            .as("%s", rounded)
            .isEqualTo(Figures.exactPercent(rounded));
      }
    }
  }

  @Test
  void percent_of_edge_values_is_the_exact_rounding() {
    for (String value :
        new String[] {
          "0",
          "-0.001",
          "-0.005",
          "-0.0051",
          "0.005",
          "0.015",
          "0.025",
          "0.625",
          "0.635",
          "-1.2225",
          "1",
          "1E+3",
          "123456789.12345",
          "9999999.995",
          "1E-40",
          "3E-41",
          "-7E-45",
          "0.33333333333333333333333333333333333",
          "12345678901234567890.123456789"
        }) {
      BigDecimal ratio = new BigDecimal(value);

      assertThat(Figures.percent(ratio)).as(value).isEqualTo(Figures.exactPercent(ratio));
    }
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void plain_is_the_stripped_plain_string(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50 * size; i++) {
      BigInteger unscaled =
          new BigInteger(1 + random.nextInt(4 * size + 8), new Random(random.nextLong()));
      // Trailing zeros in the unscaled value, then a scale either side of zero.
      unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(4)));
      BigDecimal value =
          new BigDecimal(
              random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-6, 40));
      String expected = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();

      assertThat(Figures.plain(value)).as("%s", value).isEqualTo(expected);
    }
  }

  /** A quotient as the roll-up makes them: two amounts divided under DECIMAL128. */
  private static BigDecimal quotient(SplittableRandom random, int size) {
    BigDecimal numerator =
        BigDecimal.valueOf(
            random.nextLong(-1_000_000L * size, 1_000_000L * size), random.nextInt(0, 5));
    BigDecimal denominator =
        BigDecimal.valueOf(random.nextLong(1, 1_000_000L * size), random.nextInt(0, 5));
    return numerator.divide(denominator, MathContext.DECIMAL128);
  }
}
