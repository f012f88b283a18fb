package org.unsdcf.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.OpenSdgStatus;
import org.unsdcf.core.rollup.ProgressThresholds;
import org.unsdcf.core.rollup.RollupNode;

/**
 * Assertions on a node of a roll-up tree ({@link RollupNode}): its level, children, progress
 * (status under the report's thresholds) and budget. Obtain one with {@link
 * RollupAssert#node(String)} or {@link RollupAssert#root()}.
 *
 * <pre>{@code
 * assertThat(report).node("SP1").hasLevel(ResultLevel.PRIORITY_AREA)
 *     .hasStatus(ProgressStatus.ON_TRACK).hasProgress("0.25").hasPace("1").hasCoverage(1, 1);
 * assertThat(report).node("1.1.1.01").budget().hasRequired(120000);
 * assertThat(report).root().hasOpenSdgStatus(OpenSdgStatus.SUBSTANTIAL_PROGRESS);
 * }</pre>
 *
 * <p>The progress methods are shortcuts for {@link #progress()}'s, with the same rules for numbers
 * (see {@link ProgressAggregateAssert}). A failure names the node: {@code Expecting node SP1 to
 * have status AT_RISK, but was ON_TRACK}.
 */
public final class NodeAssert extends AbstractAssert<NodeAssert, RollupNode> {
  private final ProgressThresholds thresholds;

  NodeAssert(RollupNode actual, ProgressThresholds thresholds) {
    super(actual, NodeAssert.class);
    this.thresholds = thresholds;
  }

  /**
   * Verifies the node's level.
   *
   * @param level the expected level
   * @return this assertion
   */
  public NodeAssert hasLevel(ResultLevel level) {
    Objects.requireNonNull(level, "level");
    if (subject().level() != level) {
      failWithMessage(
          "Expecting node %s to have level %s, but was %s", actual.code(), level, actual.level());
    }
    return this;
  }

  /**
   * Verifies the codes of the node's children, in order.
   *
   * @param codes the expected codes, none for a leaf
   * @return this assertion
   */
  public NodeAssert hasChildren(String... codes) {
    List<String> found = new ArrayList<>();
    subject().children().forEach(c -> found.add(c.code()));
    if (!found.equals(List.of(codes))) {
      failWithMessage(
          "Expecting node %s to have children %s, but was %s",
          actual.code(), List.of(codes), found);
    }
    return this;
  }

  /**
   * Verifies the node's status under the report's thresholds.
   *
   * @param status the expected status
   * @return this assertion
   */
  public NodeAssert hasStatus(ProgressStatus status) {
    progress().hasStatus(status);
    return this;
  }

  /**
   * Verifies the node's progress.
   *
   * @param expected the progress, e.g. {@code "0.25"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public NodeAssert hasProgress(String expected) {
    progress().hasProgress(expected);
    return this;
  }

  /**
   * Verifies that the node has no progress (no weighted indicator with an achievement).
   *
   * @return this assertion
   */
  public NodeAssert hasNoProgress() {
    progress().hasNoProgress();
    return this;
  }

  /**
   * Verifies the node's pace.
   *
   * @param expected the pace, e.g. {@code "1"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public NodeAssert hasPace(String expected) {
    progress().hasPace(expected);
    return this;
  }

  /**
   * Verifies the node's coverage as {@code assessed/indicators}.
   *
   * @param assessed the expected number of assessed indicators
   * @param indicators the expected number of indicators
   * @return this assertion
   */
  public NodeAssert hasCoverage(int assessed, int indicators) {
    progress().hasCoverage(assessed, indicators);
    return this;
  }

  /**
   * Verifies the status of the node's Open SDG view (design.md §16).
   *
   * @param status the expected status
   * @return this assertion
   */
  public NodeAssert hasOpenSdgStatus(OpenSdgStatus status) {
    progress().hasOpenSdgStatus(status);
    return this;
  }

  /**
   * Verifies the node's Open SDG score.
   *
   * @param expected the score, e.g. {@code "2.2576"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public NodeAssert hasOpenSdgScore(String expected) {
    progress().hasOpenSdgScore(expected);
    return this;
  }

  /**
   * Verifies that none of the node's indicators has an Open SDG result.
   *
   * @return this assertion
   */
  public NodeAssert hasNoOpenSdg() {
    progress().hasNoOpenSdg();
    return this;
  }

  /**
   * Navigates to the node's progress aggregate, judged under the report's thresholds.
   *
   * @return an assertion on the progress
   */
  public ProgressAggregateAssert progress() {
    return new ProgressAggregateAssert(subject().progress(), "node " + actual.code(), thresholds);
  }

  /**
   * Navigates to the node's budget.
   *
   * @return an assertion on the budget
   */
  public BudgetAssert budget() {
    return new BudgetAssert(subject().budget(), "budget of node " + actual.code(), null);
  }

  private RollupNode subject() {
    isNotNull();
    return actual;
  }
}
