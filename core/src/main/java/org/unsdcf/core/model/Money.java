package org.unsdcf.core.model;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * An amount of money in one currency, as planned or spent on a funding line.
 *
 * <pre>{@code
 * Money required = Money.of(new BigDecimal("120000.00"), "USD");
 * required.amount();   // 120000 (normalised)
 * }</pre>
 *
 * <p>Invariants: the amount is at least 0, below 10^15, with at most 4 decimal places after
 * normalisation; the currency is three upper-case letters (ISO 4217 pattern). Amounts are
 * normalised when built, so {@code equals} agrees with {@code compareTo}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Money implements WithMoney {
  /** The largest number of decimal places of an amount. */
  public static final int MAX_SCALE = 4;

  Money() {}

  /**
   * Gets the amount, normalised ({@code 12500.00} is {@code 12500}).
   *
   * @return the amount, at least 0
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Gets the currency code.
   *
   * @return the ISO 4217 code, e.g. {@code USD}
   */
  @Value.Parameter
  public abstract String currency();

  /**
   * Obtains an amount of money.
   *
   * @param amount the amount, at least 0 and at most 4 decimal places
   * @param currency the ISO 4217 code
   * @return the money
   * @throws InvariantViolationException if the amount or currency is out of bounds
   */
  public static Money of(BigDecimal amount, String currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Obtains a whole amount of money.
   *
   * @param amount the amount, at least 0
   * @param currency the ISO 4217 code
   * @return the money
   * @throws InvariantViolationException if the amount or currency is out of bounds
   */
  public static Money of(long amount, String currency) {
    return of(BigDecimal.valueOf(amount), currency);
  }

  @Value.Check
  Money normalise() {
    BigDecimal normal = Checks.decimal("Money", "amount", amount());
    Checks.requireArgument(
        amount().signum() >= 0, "Money", "amount", normal, "must not be negative");
    Checks.requireArgument(
        normal.scale() <= MAX_SCALE,
        "Money",
        "amount",
        normal,
        "must have at most %d decimal places",
        MAX_SCALE);
    Checks.pattern("Money", "currency", currency(), Checks.THREE_LETTERS, "an ISO 4217 code");
    return normal.equals(amount()) ? this : ImmutableMoney.of(normal, currency());
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency();
  }
}
