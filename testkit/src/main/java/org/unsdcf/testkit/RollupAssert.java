package org.unsdcf.testkit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.RollupNode;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationSummary;

/**
 * Assertions on a {@link RollupReport}, navigating by code to an indicator's progress, a node of
 * the tree, or the budget. A failed navigation lists what exists: {@code Expecting roll-up of
 * KGZ-2023-2027 to have indicator "X", but its indicators are [OC1.1-I1, OP1.1.1-I1]}. Obtain one
 * with {@link UnsdcfAssertions#assertThat(RollupReport)}.
 *
 * <pre>{@code
 * RollupReport report = Rollup.compute(SamplePlans.kyrgyzstan(),
 *     RollupOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * assertThat(report).isValid().root().hasStatus(ON_TRACK).hasProgress("0.25").hasCoverage(1, 1);
 * assertThat(report).indicator("OC1.1-I1").hasStatus(ON_TRACK).hasAchievement("0.25");
 * assertThat(report).budget().hasRequired(120000).hasFundingRate("0.6667");
 * assertThat(report).budget().byAgency("IOM").hasLines(1);
 * }</pre>
 *
 * <p>Numbers given as strings follow {@link ProgressAssert}'s and {@link BudgetAssert}'s rules:
 * derived ratios with at most four decimals are compared at scale 4, HALF_EVEN; amounts exactly.
 */
public final class RollupAssert extends AbstractAssert<RollupAssert, RollupReport> {
  RollupAssert(RollupReport actual) {
    super(actual, RollupAssert.class);
  }

  /**
   * Verifies the date of the roll-up.
   *
   * @param asOf the expected date
   * @return this assertion
   */
  public RollupAssert hasAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!subject().asOf().equals(asOf)) {
      failWithMessage(
          "Expecting roll-up of %s to be as of %s, but was %s",
          actual.framework(), asOf, actual.asOf());
    }
    return this;
  }

  /**
   * Verifies that the roll-up's validation found no ERROR.
   *
   * @return this assertion
   */
  public RollupAssert isValid() {
    if (!subject().validation().valid()) {
      failWithMessage(
          "Expecting roll-up of %s to be valid, but validation found %s",
          actual.framework(), counts(actual.validation().summary()));
    }
    return this;
  }

  /**
   * Verifies the counts of the roll-up's validation findings.
   *
   * @param errors the expected number of ERROR findings
   * @param warnings the expected number of WARNING findings
   * @param info the expected number of INFO findings
   * @return this assertion
   */
  public RollupAssert hasValidationCounts(int errors, int warnings, int info) {
    ValidationSummary s = subject().validation().summary();
    if (s.error() != errors || s.warning() != warnings || s.info() != info) {
      failWithMessage(
          "Expecting roll-up of %s to have validation errors %s, warnings %s, info %s, but found"
              + " %s",
          actual.framework(), errors, warnings, info, counts(s));
    }
    return this;
  }

  /**
   * Verifies the number of indicators listed.
   *
   * @param expected the count
   * @return this assertion
   */
  public RollupAssert hasIndicatorCount(int expected) {
    if (subject().indicators().size() != expected) {
      failWithMessage(
          "Expecting roll-up of %s to have %s indicators, but has %s: %s",
          actual.framework(), expected, actual.indicators().size(), indicatorCodes());
    }
    return this;
  }

  /**
   * Navigates to the progress of an indicator, failing if the report lists none with this code.
   *
   * @param code the indicator's code
   * @return an assertion on its progress
   */
  public ProgressAssert indicator(String code) {
    Objects.requireNonNull(code, "code");
    IndicatorProgress found = subject().indicator(code).orElse(null);
    if (found == null) {
      failWithMessage(
          "Expecting roll-up of %s to have indicator \"%s\", but its indicators are %s",
          actual.framework(), code, indicatorCodes());
    }
    return new ProgressAssert(found);
  }

  /**
   * Navigates to the root node, at level FRAMEWORK.
   *
   * @return an assertion on the root
   */
  public NodeAssert root() {
    return new NodeAssert(subject().root(), actual.thresholds());
  }

  /**
   * Navigates to the first node with a code in pre-order, failing if the tree has none.
   *
   * @param code the framework's or an entity's code
   * @return an assertion on the node
   */
  public NodeAssert node(String code) {
    Objects.requireNonNull(code, "code");
    RollupNode found = subject().node(code).orElse(null);
    if (found == null) {
      failWithMessage(
          "Expecting roll-up of %s to have node \"%s\", but its nodes are %s",
          actual.framework(), code, nodeCodes());
    }
    return new NodeAssert(found, actual.thresholds());
  }

  /**
   * Navigates to the root's budget, with the report's groupings by year, agency, contributing
   * partner and SDG goal within reach.
   *
   * @return an assertion on the root's budget
   */
  public BudgetAssert budget() {
    return new BudgetAssert(
        subject().root().budget(), "budget of " + actual.framework(), actual.budget());
  }

  private List<String> indicatorCodes() {
    List<String> codes = new ArrayList<>();
    actual.indicators().forEach(p -> codes.add(p.code()));
    return codes;
  }

  private List<String> nodeCodes() {
    List<String> codes = new ArrayList<>();
    Deque<RollupNode> stack = new ArrayDeque<>();
    stack.push(actual.root());
    while (!stack.isEmpty()) {
      RollupNode n = stack.pop();
      codes.add(n.code());
      for (int i = n.children().size() - 1; i >= 0; i--) {
        stack.push(n.children().get(i));
      }
    }
    return codes;
  }

  private static String counts(ValidationSummary s) {
    return "errors " + s.error() + ", warnings " + s.warning() + ", info " + s.info();
  }

  private RollupReport subject() {
    isNotNull();
    return actual;
  }
}
