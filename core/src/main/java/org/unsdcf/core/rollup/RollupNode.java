package org.unsdcf.core.rollup;

import java.util.List;
import org.immutables.value.Value;
import org.unsdcf.core.model.ResultLevel;

/**
 * A node of the roll-up tree: the framework, a priority area, outcome, output or sub-output, with
 * its progress and budget (design.md §7.3, §8).
 *
 * <p>Progress: a sub-output, output or outcome aggregates its own indicators; a priority area
 * merges its outcomes, the framework its areas, so output progress sits beside its outcome's, not
 * folded in. Budget: a sub-output sums its lines, every other node its children. Children are in
 * document order; sub-outputs sit under their output by JWP, then entry. The status of a node is
 * {@code progress().status(report.thresholds())}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollupNode {
  RollupNode() {}

  /**
   * Gets the node's level.
   *
   * @return the level
   */
  public abstract ResultLevel level();

  /**
   * Gets the code of the framework or entity.
   *
   * @return a Code
   */
  public abstract String code();

  /**
   * Gets the node's progress.
   *
   * @return the aggregate
   */
  public abstract ProgressAggregate progress();

  /**
   * Gets the node's budget.
   *
   * @return the aggregate
   */
  public abstract BudgetAggregate budget();

  /**
   * Gets the child nodes, in document order.
   *
   * @return the children; empty for a sub-output
   */
  public abstract List<RollupNode> children();

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollupNode}. */
  public static final class Builder extends ImmutableRollupNode.Builder {
    Builder() {}
  }
}
