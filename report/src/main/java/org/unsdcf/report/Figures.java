package org.unsdcf.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
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

  /** An amount of money for people, with thousands separators ({@code 1,250,000.5}). */
  static String money(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(amount);
  }

  /** An SVG coordinate: one decimal, no exponent, the same on every platform. */
  static String coordinate(double value) {
    return BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
  }
}
