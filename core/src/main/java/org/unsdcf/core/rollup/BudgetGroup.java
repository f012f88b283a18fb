package org.unsdcf.core.rollup;

import org.immutables.value.Value;

/**
 * The budget of one group of funding lines: one year, agency, contributing partner or SDG goal.
 *
 * <pre>{@code
 * BudgetGroup usaid = BudgetGroup.of("USAID", budget);
 * BudgetGroup none = BudgetGroup.of("", budget);    // lines without a contributing partner
 * }</pre>
 *
 * <p>The key is always a string: {@code "2023"}, {@code "IOM"}, {@code "8"}, or {@code ""} for
 * lines with no partner or no SDG goal. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetGroup {
  BudgetGroup() {}

  /**
   * Gets the group's key.
   *
   * @return a year, agency code, partner name or SDG goal number; {@code ""} for none
   */
  @Value.Parameter
  public abstract String key();

  /**
   * Gets the money of the group's lines.
   *
   * @return the aggregate
   */
  @Value.Parameter
  public abstract BudgetAggregate budget();

  /**
   * Obtains a group.
   *
   * @param key the key
   * @param budget the money of its lines
   * @return the group
   * @throws NullPointerException if an argument is null
   */
  public static BudgetGroup of(String key, BudgetAggregate budget) {
    return ImmutableBudgetGroup.of(key, budget);
  }
}
