package org.unsdcf.core.rollup;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The roll-up of a plan at a date (design.md §7, §8): the results tree with progress and budget at
 * every level, the progress of every indicator, and the budget by year, agency, contributing
 * partner and SDG goal. Members in their JSON order: framework, asOf, currency, thresholds,
 * sdgAttribution, validation, root, indicators, budget.
 *
 * <pre>{@code
 * RollupReport r = Rollup.compute(plan, RollupOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * r.root().progress().status(r.thresholds());      // ON_TRACK
 * r.indicator("OC1.1-I1").orElseThrow().pace();    // 1.3667…
 * r.budget().bySdgGoal();                          // goals 8 and 10, FULL: 120000 each
 * }</pre>
 *
 * <p>Numbers are held unrounded; writers round those that come from a division with {@link
 * Ratios#scale4}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollupReport {
  RollupReport() {}

  /**
   * Gets the code of the framework rolled up.
   *
   * @return a Code
   */
  public abstract String framework();

  /**
   * Gets the date of the roll-up.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Gets the plan's currency, the currency of every amount of the report.
   *
   * @return an ISO 4217 code
   */
  public abstract String currency();

  /**
   * Gets the thresholds used for statuses.
   *
   * @return the thresholds
   */
  public abstract ProgressThresholds thresholds();

  /**
   * Gets how funding was attributed to SDG goals.
   *
   * @return the attribution
   */
  public abstract SdgAttribution sdgAttribution();

  /**
   * Gets the outcome of validating the plan (DRAFT, same {@code asOf}).
   *
   * @return the verdict and counts
   */
  public abstract RollupValidation validation();

  /**
   * Gets the root of the results tree, at level FRAMEWORK.
   *
   * @return the root
   */
  public abstract RollupNode root();

  /**
   * Gets the progress of every indicator of the tree and of the sub-outputs outside it, in
   * canonical document order, one per code (the first wins).
   *
   * @return the indicators' progress
   */
  public abstract List<IndicatorProgress> indicators();

  /**
   * Gets the budget groupings, unlinked lines and skipped lines.
   *
   * @return the budget part
   */
  public abstract BudgetBreakdown budget();

  /**
   * Finds the progress of an indicator by code.
   *
   * @param code the indicator's code
   * @return its progress, if it is in {@link #indicators()}
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<IndicatorProgress> indicator(String code) {
    Objects.requireNonNull(code, "code");
    return indicators().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Finds the first node with a code, in pre-order from the root.
   *
   * @param code the framework's or an entity's code
   * @return the node, if it is in the tree
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<RollupNode> node(String code) {
    Objects.requireNonNull(code, "code");
    Deque<RollupNode> stack = new ArrayDeque<>();
    stack.push(root());
    while (!stack.isEmpty()) {
      RollupNode n = stack.pop();
      if (n.code().equals(code)) {
        return Optional.of(n);
      }
      List<RollupNode> children = n.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollupReport}. */
  public static final class Builder extends ImmutableRollupReport.Builder {
    Builder() {}
  }
}
