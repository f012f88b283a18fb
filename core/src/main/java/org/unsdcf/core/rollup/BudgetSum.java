package org.unsdcf.core.rollup;

import java.math.BigDecimal;

/**
 * A running total of funding: exact sums, normalised once when the total is taken instead of at
 * every addition (a plan's roll-up adds several times per funding line).
 */
final class BudgetSum {
  private int lines;
  private BigDecimal required = BigDecimal.ZERO;
  private BigDecimal available = BigDecimal.ZERO;
  private BigDecimal expenditure = BigDecimal.ZERO;

  /**
   * Adds an aggregate.
   *
   * @param budget the aggregate
   * @return this sum
   */
  BudgetSum add(BudgetAggregate budget) {
    lines = Math.addExact(lines, budget.lines());
    required = required.add(budget.required());
    available = available.add(budget.available());
    expenditure = expenditure.add(budget.expenditure());
    return this;
  }

  /**
   * Gets the total, equal to folding the added aggregates with {@link BudgetAggregate#plus}.
   *
   * @return the total
   */
  BudgetAggregate total() {
    if (lines == 0
        && required.signum() == 0
        && available.signum() == 0
        && expenditure.signum() == 0) {
      return BudgetAggregate.empty();
    }
    return BudgetAggregate.total(lines, required, available, expenditure);
  }
}
