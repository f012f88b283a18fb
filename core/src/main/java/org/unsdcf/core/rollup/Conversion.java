package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.util.Optional;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/** Brings a numeric value into its indicator's unit by the exact factor of design.md §9. */
final class Conversion {
  private Conversion() {}

  /**
   * Tells whether {@link #toIndicatorUnit} converts a value in the given unit rather than taking it
   * as given.
   *
   * @param own the value's own unit, if it has one
   * @param target the indicator's unit, if it has one
   * @return true when both units are present and differ
   */
  static boolean converts(Optional<IndicatorUnit> own, Optional<IndicatorUnit> target) {
    return own.isPresent() && target.isPresent() && own.get() != target.get();
  }

  /**
   * Converts a numeric value given in its own unit (if any) to the indicator's unit.
   *
   * @param value a numeric value
   * @param own the value's own unit, if it has one
   * @param target the indicator's unit, if it has one
   * @return the value in the indicator's unit, or null if the units are of different kinds
   */
  static BigDecimal toIndicatorUnit(
      Value value, Optional<IndicatorUnit> own, Optional<IndicatorUnit> target) {
    BigDecimal amount = ((Value.Numeric) value).amount();
    if (!converts(own, target)) {
      return amount;
    }
    if (own.get().kind() != target.get().kind()) {
      return null;
    }
    return own.get().convert(amount, target.get());
  }
}
