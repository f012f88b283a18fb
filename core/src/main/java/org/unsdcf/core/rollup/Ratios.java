package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.unsdcf.core.internal.Checks;

/**
 * Rounding of derived numbers for output (design.md §11, "Writing bytes"): every number that comes
 * from a division (achievement, expected, pace, progress, coverage, rates, a ratio actual, a
 * converted value) is written at scale 4, HALF_EVEN, normalised. The roll-up itself holds the
 * unrounded values.
 *
 * <pre>{@code
 * Ratios.scale4(new BigDecimal("0.93737166324435318275154"));  // 0.9374
 * Ratios.scale4(new BigDecimal("1.0000"));                     // 1
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Ratios {
  /** The scale at which derived numbers are written. */
  public static final int SCALE = 4;

  private Ratios() {}

  /**
   * Rounds a derived number for output: scale 4, HALF_EVEN, then normalised (trailing zeros
   * stripped, zero as {@code 0}, never a negative scale).
   *
   * @param value the unrounded value
   * @return the rounded, normalised value
   * @throws NullPointerException if {@code value} is null
   */
  public static BigDecimal scale4(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return Checks.normalise(value.setScale(SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Rounds a double for output, as {@link #scale4(BigDecimal)} rounds the exact decimal value of
   * the double (not its shortest text): the Open SDG score and progress value (design.md §16).
   *
   * <pre>{@code
   * Ratios.scale4(2.2575610644377857);   // 2.2576
   * }</pre>
   *
   * @param value the unrounded value
   * @return the rounded, normalised value
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static BigDecimal scale4(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: must be finite, but was '" + value + "'");
    }
    return scale4(new BigDecimal(value));
  }
}
