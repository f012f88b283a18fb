package org.unsdcf.core.units;

import java.util.Objects;

/**
 * Thrown when a value would be converted between units of different {@link UnitKind}s, for example
 * from {@code t} (MASS) to {@code tCO2e} (EMISSIONS).
 *
 * <p>The message names both symbols and kinds, e.g. {@code expected unit 'tCO2e' (EMISSIONS), but
 * was 't' (MASS)}; callers read {@link #expected()} and {@link #actual()} instead of parsing it.
 * The roll-up never lets this exception escape: it reports the indicator as UNIT_MISMATCH.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  /** The unit converted to, such as the indicator's own unit. */
  private final IndicatorUnit expected;

  /** The unit converted from, such as a measurement's own unit. */
  private final IndicatorUnit actual;

  /**
   * Creates an exception for a conversion between units of different kinds.
   *
   * @param expected the unit converted to, such as the indicator's unit
   * @param actual the unit converted from, such as a measurement's unit
   * @throws NullPointerException if either argument is null
   */
  public UnitMismatchException(IndicatorUnit expected, IndicatorUnit actual) {
    super(
        "expected unit '"
            + Objects.requireNonNull(expected, "expected").symbol()
            + "' ("
            + expected.kind()
            + "), but was '"
            + Objects.requireNonNull(actual, "actual").symbol()
            + "' ("
            + actual.kind()
            + ")");
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Gets the unit that was converted to.
   *
   * @return the expected unit, such as the indicator's unit
   */
  public IndicatorUnit expected() {
    return expected;
  }

  /**
   * Gets the unit that was converted from.
   *
   * @return the actual unit, such as a measurement's unit
   */
  public IndicatorUnit actual() {
    return actual;
  }
}
