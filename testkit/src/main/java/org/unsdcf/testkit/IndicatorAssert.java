package org.unsdcf.testkit;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Assertions on an {@link Indicator}. Numbers compare as normalised decimals, so {@code
 * hasBaselineValue(40)} holds for a baseline of {@code 40.00}. Obtain one with {@link
 * UnsdcfAssertions#assertThat(Indicator)} or {@link PlanAssert#indicator(String)}.
 */
public final class IndicatorAssert extends AbstractAssert<IndicatorAssert, Indicator> {
  IndicatorAssert(Indicator actual) {
    super(actual, IndicatorAssert.class);
  }

  /**
   * Verifies the indicator's code.
   *
   * @param code the expected code
   * @return this assertion
   */
  public IndicatorAssert hasCode(String code) {
    return check("code", code, subject().code());
  }

  /**
   * Verifies the measure.
   *
   * @param measure the expected measure
   * @return this assertion
   */
  public IndicatorAssert hasMeasure(Measure measure) {
    return check("measure", measure, subject().measure());
  }

  /**
   * Verifies the unit.
   *
   * @param unit the expected unit
   * @return this assertion
   */
  public IndicatorAssert hasUnit(IndicatorUnit unit) {
    return check("unit", Optional.of(unit), subject().unit());
  }

  /**
   * Verifies the direction.
   *
   * @param direction the expected direction
   * @return this assertion
   */
  public IndicatorAssert hasDirection(Direction direction) {
    return check("direction", Optional.of(direction), subject().direction());
  }

  /**
   * Verifies the accumulation.
   *
   * @param accumulation the expected accumulation
   * @return this assertion
   */
  public IndicatorAssert hasAccumulation(Accumulation accumulation) {
    return check("accumulation", Optional.of(accumulation), subject().accumulation());
  }

  /**
   * Verifies that the indicator has no baseline.
   *
   * @return this assertion
   */
  public IndicatorAssert hasNoBaseline() {
    return check("baseline", Optional.empty(), subject().baseline());
  }

  /**
   * Verifies the baseline's value.
   *
   * @param value the expected value
   * @return this assertion
   */
  public IndicatorAssert hasBaselineValue(Value value) {
    return check("baseline value", Optional.of(value), subject().baseline().map(Baseline::value));
  }

  /**
   * Verifies the baseline's numeric value.
   *
   * @param value the expected number
   * @return this assertion
   */
  public IndicatorAssert hasBaselineValue(long value) {
    return hasBaselineValue(Value.numeric(value));
  }

  /**
   * Verifies the value of the first FINAL target.
   *
   * @param value the expected value
   * @return this assertion
   */
  public IndicatorAssert hasFinalTarget(Value value) {
    return check("final target", Optional.of(value), subject().finalTarget().map(Target::value));
  }

  /**
   * Verifies the numeric value of the first FINAL target.
   *
   * @param value the expected number
   * @return this assertion
   */
  public IndicatorAssert hasFinalTarget(long value) {
    return hasFinalTarget(Value.numeric(value));
  }

  /**
   * Verifies the number of targets.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public IndicatorAssert hasTargetCount(int expected) {
    return check("number of targets", expected, subject().targets().size());
  }

  /**
   * Verifies the number of measurements, headline and disaggregated.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public IndicatorAssert hasMeasurementCount(int expected) {
    return check("number of measurements", expected, subject().measurements().size());
  }

  private IndicatorAssert check(String what, Object expected, Object found) {
    if (!Objects.equals(expected, found)) {
      failWithMessage(
          "Expecting indicator %s to have %s %s, but was %s",
          actual.code(), what, show(expected), show(found));
    }
    return this;
  }

  private Indicator subject() {
    isNotNull();
    return actual;
  }

  private static String show(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> "<" + v + ">").orElse("<none>");
    }
    return "<" + value + ">";
  }
}
