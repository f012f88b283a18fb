package org.unsdcf.testkit;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.ProgressThresholds;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationReport;

/**
 * The entry point of the testkit's AssertJ assertions.
 *
 * <pre>{@code
 * import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;
 *
 * assertThat(SamplePlans.kyrgyzstan()).hasPriorityArea("SP1").hasIndicator("OC1.1-I1");
 * assertThat(indicator).hasMeasure(Measure.UNIT).hasBaselineValue(0).hasMeasurementCount(3);
 * assertThat(report).indicator("OC1.1-I1").hasStatus(ON_TRACK).hasAchievement("0.25");
 * assertThat(report).node("SP1").hasStatus(ON_TRACK).hasProgress("0.25").hasCoverage(1, 1);
 * assertThat(report).budget().hasRequired(120000).hasFundingRate("0.6667");
 * }</pre>
 *
 * <p>Roll-up numbers given as strings: a derived ratio (achievement, pace, progress, coverage, a
 * rate) with at most four decimals is compared with the actual rounded to scale 4, HALF_EVEN, as
 * the JSON writer rounds it; with more decimals it must equal the actual by {@code compareTo}.
 * Amounts are compared exactly by {@code compareTo}.
 */
public final class UnsdcfAssertions {
  private UnsdcfAssertions() {}

  /**
   * Creates an assertion on a plan.
   *
   * @param actual the plan, may be null (the assertion then fails)
   * @return the assertion
   */
  public static PlanAssert assertThat(CooperationFramework actual) {
    return new PlanAssert(actual);
  }

  /**
   * Creates an assertion on an indicator.
   *
   * @param actual the indicator, may be null (the assertion then fails)
   * @return the assertion
   */
  public static IndicatorAssert assertThat(Indicator actual) {
    return new IndicatorAssert(actual);
  }

  /**
   * Creates an assertion on a roll-up report.
   *
   * @param actual the report, may be null (the assertion then fails)
   * @return the assertion
   */
  public static RollupAssert assertThat(RollupReport actual) {
    return new RollupAssert(actual);
  }

  /**
   * Creates an assertion on the progress of one indicator.
   *
   * @param actual the indicator's progress, may be null (the assertion then fails)
   * @return the assertion
   */
  public static ProgressAssert assertThat(IndicatorProgress actual) {
    return new ProgressAssert(actual);
  }

  /**
   * Creates an assertion on a progress aggregate, its status judged under {@link
   * ProgressThresholds#defaults()} (see {@link ProgressAggregateAssert#usingThresholds}).
   *
   * @param actual the aggregate, may be null (the assertion then fails)
   * @return the assertion
   */
  public static ProgressAggregateAssert assertThat(ProgressAggregate actual) {
    return new ProgressAggregateAssert(actual, "progress aggregate", ProgressThresholds.defaults());
  }

  /**
   * Creates an assertion on a budget aggregate.
   *
   * @param actual the aggregate, may be null (the assertion then fails)
   * @return the assertion
   */
  public static BudgetAssert assertThat(BudgetAggregate actual) {
    return new BudgetAssert(actual, "budget", null);
  }

  /**
   * Creates an assertion on a validation report.
   *
   * @param actual the report, may be null (the assertion then fails)
   * @return the assertion
   */
  public static ReportAssert assertThat(ValidationReport actual) {
    return new ReportAssert(actual);
  }
}
