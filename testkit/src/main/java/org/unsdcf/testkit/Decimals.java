package org.unsdcf.testkit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.unsdcf.core.rollup.Ratios;

/**
 * How the roll-up assertions compare numbers given as strings. A derived number (a ratio: progress,
 * pace, achievement, a rate) given with at most four decimals is compared with the actual rounded
 * as the JSON writer rounds it ({@link Ratios#scale4}, HALF_EVEN), so {@code "0.6667"} matches
 * 80000 ÷ 120000; given with more decimals it must equal the actual exactly ({@code compareTo}).
 * Money and other sums are always compared exactly. A double (Open SDG's score and progress value)
 * given with at most four decimals is compared with its exact value rounded likewise; given with
 * more, with its shortest decimal text ({@code "2.5185563910306596"}).
 */
final class Decimals {
  private Decimals() {}

  /** Parses an expected number, naming the argument if it is not one. */
  static BigDecimal parse(String expected) {
    Objects.requireNonNull(expected, "expected");
    try {
      return new BigDecimal(expected.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected must be a number, but was '" + expected + "'", e);
    }
  }

  /** Checks if an actual ratio matches the expected one by the rule above. */
  static boolean ratioMatches(Optional<BigDecimal> actual, BigDecimal expected) {
    return actual.isPresent() && shown(actual.get(), expected).compareTo(expected) == 0;
  }

  /** The actual as compared: rounded at scale 4 when the expected has at most four decimals. */
  static BigDecimal shown(BigDecimal actual, BigDecimal expected) {
    return expected.stripTrailingZeros().scale() <= Ratios.SCALE ? Ratios.scale4(actual) : actual;
  }

  /** An actual ratio as a failure message shows it. */
  static String showRatio(Optional<BigDecimal> actual, BigDecimal expected) {
    return actual.map(a -> plain(shown(a, expected))).orElse("absent");
  }

  /** A ratio shown when none was expected: as the writer rounds it. */
  static String showRatio(Optional<BigDecimal> actual) {
    return actual.map(a -> plain(Ratios.scale4(a))).orElse("absent");
  }

  /** Checks if an actual double matches the expected number by the rule above. */
  static boolean realMatches(OptionalDouble actual, BigDecimal expected) {
    return actual.isPresent() && shown(actual.getAsDouble(), expected).compareTo(expected) == 0;
  }

  /** The actual double as compared: at scale 4, or its shortest decimal text. */
  static BigDecimal shown(double actual, BigDecimal expected) {
    return expected.stripTrailingZeros().scale() <= Ratios.SCALE
        ? Ratios.scale4(actual)
        : BigDecimal.valueOf(actual);
  }

  /** An actual double as a failure message shows it. */
  static String showReal(OptionalDouble actual, BigDecimal expected) {
    return actual.isPresent() ? plain(shown(actual.getAsDouble(), expected)) : "absent";
  }

  /** A number without exponent or trailing zeros. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0";
    }
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
