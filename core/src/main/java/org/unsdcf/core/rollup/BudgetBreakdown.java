package org.unsdcf.core.rollup;

import java.util.List;
import org.immutables.value.Value;

/**
 * The budget of a roll-up beside the results tree (design.md §7.4, §8 {@code "budget"}): funding
 * grouped by year, agency, contributing partner and SDG goal, the lines of sub-outputs outside the
 * tree, and the count of lines left out for their currency.
 *
 * <p>The four groupings include the unlinked lines; every group counts a whole line in {@code
 * lines}, even when {@link SdgAttribution#EQUAL_SPLIT} gives it a share. Order: years ascending,
 * agencies and partners by {@link String#compareTo}, SDG goals numerically, {@code ""} last. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetBreakdown {
  BudgetBreakdown() {}

  /**
   * Gets the number of funding lines of current JWPs left out because a Money is not in the plan's
   * currency (FIN-006).
   *
   * @return the count
   */
  public abstract int skippedLines();

  /**
   * Gets the budget per funding year, years ascending.
   *
   * @return the groups, keyed {@code "2023"}…
   */
  public abstract List<BudgetGroup> byYear();

  /**
   * Gets the budget per agency, codes ordered by {@link String#compareTo}.
   *
   * @return the groups, keyed by agency code
   */
  public abstract List<BudgetGroup> byAgency();

  /**
   * Gets the budget per contributing partner name, ordered by {@link String#compareTo}, lines
   * without a partner last under {@code ""}.
   *
   * @return the groups, keyed by partner name
   */
  public abstract List<BudgetGroup> byContributingPartner();

  /**
   * Gets the budget per SDG goal of the sub-outputs' targets, goals numerically, lines of
   * sub-outputs without an SDG target last under {@code ""}.
   *
   * @return the groups, keyed {@code "1"}…{@code "17"}, {@code ""}
   */
  public abstract List<BudgetGroup> bySdgGoal();

  /**
   * Gets the budget of the sub-outputs of current JWPs whose {@code outputCode} names no output of
   * the tree.
   *
   * @return the aggregate, empty if there is none
   */
  public abstract BudgetAggregate unlinked();

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetBreakdown}. */
  public static final class Builder extends ImmutableBudgetBreakdown.Builder {
    Builder() {}
  }
}
