package org.unsdcf.core.validation;

import java.math.BigDecimal;
import java.util.Optional;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/** Reading indicator values for rules: numeric amounts in the indicator's unit. */
final class Values {
  private Values() {}

  /**
   * Checks if a value's own unit can be converted to the indicator's unit (or there is nothing to
   * convert).
   */
  static boolean convertible(Indicator indicator, Optional<IndicatorUnit> own) {
    if (own.isEmpty() || indicator.unit().isEmpty()) {
      return true;
    }
    return own.get().kind() == indicator.unit().get().kind();
  }

  /**
   * Gets a numeric value in the indicator's unit, or null if the value is qualitative or its own
   * unit cannot be converted (IND-006 reports that).
   */
  static BigDecimal amount(Indicator indicator, Value value, Optional<IndicatorUnit> own) {
    if (!(value instanceof Value.Numeric)) {
      return null;
    }
    BigDecimal amount = ((Value.Numeric) value).amount();
    if (own.isEmpty() || indicator.unit().isEmpty() || own.get() == indicator.unit().get()) {
      return amount;
    }
    if (!convertible(indicator, own)) {
      return null;
    }
    return own.get().convert(amount, indicator.unit().get());
  }

  /** Writes a decimal as JSON does. */
  static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /** Escapes a reference token of a JSON pointer (RFC 6901). */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
