package org.unsdcf.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Numbers as the page and the tables show them, independent of the default locale. */
final class Figures {
  static final String ABSENT = "-";

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
    return value
        .map(v -> v.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%")
        .orElse(ABSENT);
  }

  /** An exact given or summed value, normalised. */
  static String plain(Optional<BigDecimal> value) {
    return value.map(Figures::plain).orElse(ABSENT);
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
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

  /** An SVG coordinate: one decimal, no exponent, the same on every platform. */
  static String coordinate(double value) {
    long tenths = Math.round(value * 10);
    long whole = Math.abs(tenths) / 10;
    long tenth = Math.abs(tenths) % 10;
    String sign = tenths < 0 ? "-" : "";
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }
}
