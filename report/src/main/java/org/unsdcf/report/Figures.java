package org.unsdcf.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/** Numbers as the page and the tables show them, independent of the default locale. */
final class Figures {
  static final String ABSENT = "-";

  /** 10^0 … 10^40 as the nearest doubles. */
  private static final double[] POWERS_OF_TEN = powersOfTen();

  private Figures() {}

  /** A ratio at scale 4 HALF_EVEN, as the text and JSON reports round it. */
  static String ratio(Optional<BigDecimal> value) {
    return value.map(Figures::ratio).orElse(ABSENT);
  }

  static String ratio(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A ratio as a whole percentage for people ({@code 0.625} is {@code 62%}). */
  static String percent(Optional<BigDecimal> value) {
    return value.isPresent() ? percent(value.get()) : ABSENT;
  }

  /**
   * A ratio as a whole percentage, rounded HALF_EVEN: {@code value × 100} at scale 0. The roll-up's
   * ratios are 34-digit quotients, whose exact rounding is a long division; a double holds the
   * hundredfold to within 1e-6 below a billion, which decides the rounding unless the fraction is
   * that close to one half, where the exact rounding decides.
   */
  static String percent(BigDecimal value) {
    BigDecimal hundredfold = value.movePointRight(2);
    int scale = hundredfold.scale();
    if (scale > 0 && scale < POWERS_OF_TEN.length) {
      double approximate = hundredfold.unscaledValue().doubleValue() / POWERS_OF_TEN[scale];
      double magnitude = Math.abs(approximate);
      if (magnitude < 1e9) {
        double whole = Math.floor(magnitude);
        double fraction = magnitude - whole;
        if (Math.abs(fraction - 0.5) > 1e-6) {
          long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
          return (approximate < 0 && rounded != 0 ? "-" : "") + rounded + "%";
        }
      }
    }
    return exactPercent(value);
  }

  /** {@link #percent(BigDecimal)} by the definition, for the tests to hold it to. */
  static String exactPercent(BigDecimal value) {
    return value.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** An exact given or summed value, normalised. */
  static String plain(Optional<BigDecimal> value) {
    return value.map(Figures::plain).orElse(ABSENT);
  }

  static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    // No trailing zero to strip: an integer's plain digits are its stripped form's, and an
    // unscaled value not divisible by ten ends in no zero (stripping asks a division per digit).
    if (value.scale() <= 0) {
      return value.toPlainString();
    }
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.testBit(0) || (unscaled.bitLength() < 63 && unscaled.longValue() % 10 != 0)) {
      return value.toPlainString();
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * An amount of money for people, exact, with thousands separators ({@code 1,250,000.5}). Money
   * has at most 4 decimals (design §3), so nothing is rounded.
   */
  static String money(BigDecimal amount) {
    String plain = plain(amount);
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }

  private static double[] powersOfTen() {
    double[] powers = new double[41];
    for (int i = 0; i < powers.length; i++) {
      powers[i] = Double.parseDouble("1e" + i);
    }
    return powers;
  }

  /** An SVG coordinate: one decimal, no exponent, the same on every platform. */
  static String coordinate(double value) {
    long tenths = Math.round(value * 10);
    long whole = Math.abs(tenths) / 10;
    long tenth = Math.abs(tenths) % 10;
    String sign = tenths < 0 ? "-" : "";
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }
}
