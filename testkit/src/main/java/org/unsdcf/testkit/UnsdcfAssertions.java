package org.unsdcf.testkit;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;

/**
 * The entry point of the testkit's AssertJ assertions.
 *
 * <pre>{@code
 * import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;
 *
 * assertThat(SamplePlans.kyrgyzstan()).hasPriorityArea("SP1").hasIndicator("OC1.1-I1");
 * assertThat(indicator).hasMeasure(Measure.UNIT).hasBaselineValue(0).hasMeasurementCount(3);
 * }</pre>
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
}
