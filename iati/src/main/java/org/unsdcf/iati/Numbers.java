package org.unsdcf.iati;

import java.math.BigDecimal;

/** Decimals as IATI's {@code xsd:decimal} values: plain, normalised, never in E notation. */
final class Numbers {
  private Numbers() {}

  /**
   * Writes a decimal without trailing zeros or exponent: {@code 12500.00} → {@code 12500}.
   *
   * @param value a decimal
   * @return its plain form
   */
  static String plain(BigDecimal value) {
    if (value.scale() == 0) {
      // Already without fraction or exponent (most amounts): stripping zeros would change nothing.
      return value.toPlainString();
    }
    BigDecimal normal = value.stripTrailingZeros();
    if (normal.scale() < 0) {
      normal = normal.setScale(0);
    }
    return normal.toPlainString();
  }
}
