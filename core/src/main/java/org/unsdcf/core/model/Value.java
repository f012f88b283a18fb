package org.unsdcf.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.unsdcf.core.internal.Checks;

/**
 * The value of a baseline, target or measurement: a number for numeric measures, words for
 * qualitative ones.
 *
 * <pre>{@code
 * Value share = Value.numeric(new BigDecimal("62"));
 * Value words = Value.qualitative("Law adopted by parliament");
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Value permits Value.Numeric, Value.Qualitative {

  /**
   * Obtains a numeric value.
   *
   * @param amount the number, normalised when built
   * @return the value
   * @throws InvariantViolationException if the number is out of the Decimal bounds
   */
  static Numeric numeric(BigDecimal amount) {
    return new Numeric(amount);
  }

  /**
   * Obtains a whole numeric value.
   *
   * @param amount the number
   * @return the value
   */
  static Numeric numeric(long amount) {
    return new Numeric(BigDecimal.valueOf(amount));
  }

  /**
   * Obtains a numeric value from its decimal text, e.g. {@code "62.5"}.
   *
   * @param amount the number as text
   * @return the value
   * @throws NumberFormatException if the text is not a number
   */
  static Numeric numeric(String amount) {
    return new Numeric(new BigDecimal(amount));
  }

  /**
   * Obtains a qualitative value.
   *
   * @param text the words, a Name
   * @return the value
   * @throws InvariantViolationException if the text is blank, too long or has control characters
   */
  static Qualitative qualitative(String text) {
    return new Qualitative(text);
  }

  /**
   * Checks if this value is a number.
   *
   * @return true for {@link Numeric}
   */
  default boolean isNumeric() {
    return this instanceof Numeric;
  }

  /**
   * A numeric value, normalised ({@code 62.0} is {@code 62}) and within the Decimal bounds:
   * precision at most 34, scale at most 20, absolute value below 10^15.
   *
   * @param amount the number
   */
  record Numeric(BigDecimal amount) implements Value {
    /**
     * Creates a numeric value.
     *
     * @param amount the number
     * @throws InvariantViolationException if the number is out of bounds
     */
    public Numeric {
      Objects.requireNonNull(amount, "amount");
      amount = Checks.decimal("Value", "amount", amount);
    }

    @Override
    public String toString() {
      return amount.toPlainString();
    }
  }

  /**
   * A qualitative value: 1–1,000 code points, not blank, no control characters.
   *
   * @param text the words
   */
  record Qualitative(String text) implements Value {
    /**
     * Creates a qualitative value.
     *
     * @param text the words
     * @throws InvariantViolationException if the text is not a Name
     */
    public Qualitative {
      Objects.requireNonNull(text, "text");
      Checks.name("Value", "text", text);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
