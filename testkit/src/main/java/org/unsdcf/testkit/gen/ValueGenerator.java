package org.unsdcf.testkit.gen;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Value;

/**
 * Generates Decimals, Money and indicator {@link Value}s at and near the bounds of design.md §3.1:
 * zero, negative numbers, precision 34, scale 20, the largest magnitudes below 10^15, and money
 * with up to four decimal places.
 *
 * <p>{@link #next()} returns a numeric or a qualitative value. Not thread-safe; deterministic per
 * seed and size.
 */
public final class ValueGenerator implements Generator<Value> {
  /** The largest Decimal of precision 34: 15 integer digits, 19 decimals. */
  public static final BigDecimal MAX_DECIMAL =
      new BigDecimal("999999999999999.9999999999999999999");

  /** The smallest positive Decimal: scale 20. */
  public static final BigDecimal MIN_POSITIVE_DECIMAL = new BigDecimal("1E-20");

  /** The largest Money amount: below 10^15, four decimal places. */
  public static final BigDecimal MAX_MONEY = new BigDecimal("999999999999999.9999");

  private final Kit kit;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public ValueGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  ValueGenerator(Kit kit) {
    this.kit = kit;
  }

  @Override
  public Value next() {
    return kit.draw.chance(0.2) ? qualitative() : numeric();
  }

  /**
   * Generates a value of the kind a measure requires: text for QUALITATIVE, else a number (from 0
   * to 100 for PERCENTAGE, mostly).
   *
   * @param measure the indicator's measure
   * @return a value
   */
  public Value value(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    if (measure == Measure.QUALITATIVE) {
      return qualitative();
    }
    if (measure == Measure.PERCENTAGE && kit.draw.chance(0.8)) {
      return Value.numeric(BigDecimal.valueOf(kit.draw.random.nextLong(1_000_001), 4));
    }
    return numeric();
  }

  /**
   * Generates a numeric value, possibly negative.
   *
   * @return a numeric value
   */
  public Value.Numeric numeric() {
    return Value.numeric(decimal());
  }

  /**
   * Generates a qualitative value.
   *
   * @return a qualitative value, its text a Name
   */
  public Value.Qualitative qualitative() {
    return Value.qualitative(kit.text.name());
  }

  /**
   * Generates a Decimal: zero, small integers, the extremes, or digits of random precision (up to
   * 34) and scale (up to 20); negative half the time.
   *
   * @return a normalised Decimal, |x| below 10^15
   */
  public BigDecimal decimal() {
    Draw draw = kit.draw;
    double r = draw.random.nextDouble();
    BigDecimal x;
    if (r < 0.1) {
      return BigDecimal.ZERO;
    } else if (r < 0.4) {
      x = BigDecimal.valueOf(draw.between(0, 1_000));
    } else if (r < 0.45) {
      x = MAX_DECIMAL;
    } else if (r < 0.5) {
      x = MIN_POSITIVE_DECIMAL;
    } else if (r < 0.55) {
      x = digits(14, 20);
    } else {
      int integer = draw.between(0, 15);
      x = digits(integer, draw.between(integer == 0 ? 1 : 0, Math.min(20, 34 - integer)));
    }
    return normal(draw.coin() ? x.negate() : x);
  }

  /**
   * Generates a Decimal at least 0, e.g. a numerator.
   *
   * @return a normalised Decimal from 0 to below 10^15
   */
  public BigDecimal nonNegativeDecimal() {
    return decimal().abs();
  }

  /**
   * Generates a Decimal above 0, e.g. a denominator.
   *
   * @return a normalised Decimal above 0 and below 10^15
   */
  public BigDecimal positiveDecimal() {
    BigDecimal x = nonNegativeDecimal();
    return x.signum() == 0 ? BigDecimal.ONE : x;
  }

  /**
   * Generates Money: 0, the largest amount, or up to four decimal places.
   *
   * @param currency the ISO 4217 code
   * @return money in that currency
   */
  public Money money(String currency) {
    Objects.requireNonNull(currency, "currency");
    Draw draw = kit.draw;
    double r = draw.random.nextDouble();
    if (r < 0.1) {
      return Money.of(BigDecimal.ZERO, currency);
    }
    if (r < 0.15) {
      return Money.of(MAX_MONEY, currency);
    }
    long units = draw.random.nextLong(r < 0.8 ? 10_000_000L : 1_000_000_000_000L);
    return Money.of(BigDecimal.valueOf(units, draw.between(0, 4)), currency);
  }

  /** A number with the given digits before and after the point, the last one not zero. */
  private BigDecimal digits(int integer, int scale) {
    Draw draw = kit.draw;
    StringBuilder s = new StringBuilder(integer + scale + 2);
    s.append(integer == 0 ? "0" : Integer.toString(draw.between(1, 9)));
    for (int i = 1; i < integer; i++) {
      s.append((char) ('0' + draw.random.nextInt(10)));
    }
    if (scale > 0) {
      s.append('.');
      for (int i = 1; i < scale; i++) {
        s.append((char) ('0' + draw.random.nextInt(10)));
      }
      s.append((char) ('1' + draw.random.nextInt(9)));
    }
    return new BigDecimal(s.toString());
  }

  private static BigDecimal normal(BigDecimal x) {
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = x.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
