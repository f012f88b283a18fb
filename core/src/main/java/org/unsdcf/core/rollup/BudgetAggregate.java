package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Money;

/**
 * The money of a set of funding lines, as a commutative monoid (design.md §7.4): {@link #empty()}
 * is the identity and {@link #plus(BudgetAggregate)} adds the line counts and the required,
 * available and spent amounts exactly. Rates are derived from the sums at every level, never
 * averaged.
 *
 * <pre>{@code
 * BudgetAggregate line = BudgetAggregate.of(fundingLine);   // 120000 / 80000 / 60000
 * line.toBeMobilised();                                     // 40000
 * line.fundingRate();                                       // 0.6666…  (80000 ÷ 120000)
 * line.deliveryRate();                                      // 0.75     (60000 ÷ 80000)
 * }</pre>
 *
 * <p>Amounts are bare numbers in the plan's currency; the roll-up leaves foreign-currency lines
 * out. Invariants: lines and amounts at least 0 (the one exception: an EQUAL_SPLIT part of a line
 * of less than a few ten-thousandths, see {@link SdgAttribution#EQUAL_SPLIT}). Amounts are
 * normalised, so {@code equals} compares values. This class is immutable and thread-safe.
 */
public final class BudgetAggregate {
  private static final String TYPE = "BudgetAggregate";
  private static final BudgetAggregate EMPTY =
      new BudgetAggregate(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  private final int lines;
  private final BigDecimal required;
  private final BigDecimal available;
  private final BigDecimal expenditure;

  private BudgetAggregate(
      int lines, BigDecimal required, BigDecimal available, BigDecimal expenditure) {
    this.lines = lines;
    this.required = Checks.normalise(required);
    this.available = Checks.normalise(available);
    this.expenditure = Checks.normalise(expenditure);
  }

  /**
   * Obtains the aggregate of no line, the identity of {@link #plus(BudgetAggregate)}.
   *
   * @return the empty aggregate
   */
  public static BudgetAggregate empty() {
    return EMPTY;
  }

  /**
   * Obtains an aggregate from its parts, e.g. one goal's share of a line split between goals.
   *
   * @param lines the number of funding lines
   * @param required the money required
   * @param available the money available
   * @param expenditure the money spent
   * @return the aggregate
   * @throws NullPointerException if an amount is null
   * @throws org.unsdcf.core.model.InvariantViolationException if the count or an amount is negative
   */
  public static BudgetAggregate of(
      int lines, BigDecimal required, BigDecimal available, BigDecimal expenditure) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(available, "available");
    Objects.requireNonNull(expenditure, "expenditure");
    Checks.requireArgument(lines >= 0, TYPE, "lines", lines, "must not be negative");
    Checks.requireArgument(
        required.signum() >= 0, TYPE, "required", required, "must not be negative");
    Checks.requireArgument(
        available.signum() >= 0, TYPE, "available", available, "must not be negative");
    Checks.requireArgument(
        expenditure.signum() >= 0, TYPE, "expenditure", expenditure, "must not be negative");
    return new BudgetAggregate(lines, required, available, expenditure);
  }

  /**
   * Obtains a running total's aggregate, unchecked like {@link #part}: an EQUAL_SPLIT goal may sum
   * a negative sub-cent lowest share.
   */
  static BudgetAggregate total(
      int lines, BigDecimal required, BigDecimal available, BigDecimal expenditure) {
    return new BudgetAggregate(lines, required, available, expenditure);
  }

  /**
   * Obtains a share of a line split between SDG goals, unchecked: under EQUAL_SPLIT the lowest
   * goal's part, {@code amount - (n - 1) * share}, is below 0 when the amount is less than about n
   * ten-thousandths (design.md §11 keeps the parts summing exactly), and the roll-up never throws.
   */
  static BudgetAggregate part(BigDecimal required, BigDecimal available, BigDecimal expenditure) {
    return new BudgetAggregate(1, required, available, expenditure);
  }

  /**
   * Obtains the aggregate of one funding line: its amounts, an absent expenditure counting as 0.
   * Currencies are not looked at: the roll-up passes only lines in the plan's currency.
   *
   * @param line the funding line
   * @return the aggregate of that line alone
   * @throws NullPointerException if {@code line} is null
   */
  public static BudgetAggregate of(FundingLine line) {
    Objects.requireNonNull(line, "line");
    return new BudgetAggregate(
        1,
        line.required().amount(),
        line.available().amount(),
        line.expenditure().map(Money::amount).orElse(BigDecimal.ZERO));
  }

  /**
   * Returns the aggregate of this one's lines and the other's: counts and amounts added exactly.
   *
   * @param other the other aggregate
   * @return the combined aggregate
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if the line count overflows an {@code int}
   */
  public BudgetAggregate plus(BudgetAggregate other) {
    Objects.requireNonNull(other, "other");
    if (other == EMPTY) {
      return this;
    }
    if (this == EMPTY) {
      return other;
    }
    return new BudgetAggregate(
        Math.addExact(lines, other.lines),
        required.add(other.required),
        available.add(other.available),
        expenditure.add(other.expenditure));
  }

  /**
   * Gets the number of funding lines.
   *
   * @return the count
   */
  public int lines() {
    return lines;
  }

  /**
   * Gets the money required.
   *
   * @return the exact sum
   */
  public BigDecimal required() {
    return required;
  }

  /**
   * Gets the money available.
   *
   * @return the exact sum
   */
  public BigDecimal available() {
    return available;
  }

  /**
   * Gets the money spent, an absent expenditure counting as 0.
   *
   * @return the exact sum
   */
  public BigDecimal expenditure() {
    return expenditure;
  }

  /**
   * Gets the money still to mobilise: {@code max(0, required - available)} of the sums, so higher
   * up an over-funded line offsets others.
   *
   * @return the amount, at least 0
   */
  public BigDecimal toBeMobilised() {
    BigDecimal gap = required.subtract(available);
    return gap.signum() > 0 ? gap : BigDecimal.ZERO;
  }

  /**
   * Gets the funding rate {@code available ÷ required} under DECIMAL128.
   *
   * @return the rate, empty if nothing is required
   */
  public Optional<BigDecimal> fundingRate() {
    return ratio(available, required);
  }

  /**
   * Gets the delivery rate {@code expenditure ÷ available} under DECIMAL128.
   *
   * @return the rate, empty if nothing is available
   */
  public Optional<BigDecimal> deliveryRate() {
    return ratio(expenditure, available);
  }

  private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Checks.normalise(numerator.divide(denominator, MathContext.DECIMAL128)));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BudgetAggregate)) {
      return false;
    }
    BudgetAggregate that = (BudgetAggregate) o;
    return lines == that.lines
        && required.equals(that.required)
        && available.equals(that.available)
        && expenditure.equals(that.expenditure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, required, available, expenditure);
  }

  @Override
  public String toString() {
    return "BudgetAggregate{lines="
        + lines
        + ", required="
        + required.toPlainString()
        + ", available="
        + available.toPlainString()
        + ", expenditure="
        + expenditure.toPlainString()
        + "}";
  }
}
