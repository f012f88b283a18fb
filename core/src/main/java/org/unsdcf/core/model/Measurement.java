package org.unsdcf.core.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * An actual value of an indicator for a reporting period: the headline (no disaggregation) or one
 * cell of a breakdown.
 *
 * <pre>{@code
 * Measurement women = Measurement.builder()
 *     .period(ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30)))
 *     .value(Value.numeric(62))
 *     .numerator(new BigDecimal(310))
 *     .denominator(new BigDecimal(500))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: numerator and denominator both or neither, numerator at least 0, denominator above
 * 0; an assessed status is never NO_DATA or NOT_APPLICABLE. A ratio above 1 (a gross enrolment
 * ratio, say) is legitimate. Checks that need the indicator (its unit, dimensions, measure) are the
 * indicator's. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement {
  Measurement() {}

  /**
   * Gets the period the value covers.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Gets the cell of the breakdown: dimension name to category, in the indicator's dimension order;
   * empty for the headline.
   *
   * @return the disaggregation
   */
  public abstract Map<String, String> disaggregation();

  /**
   * Gets the value.
   *
   * @return the value
   */
  public abstract org.unsdcf.core.model.Value value();

  /**
   * Gets the value's own unit, if it differs from the indicator's.
   *
   * @return the unit
   */
  public abstract Optional<IndicatorUnit> unit();

  /**
   * Gets the numerator of a ratio value, e.g. 310 women of 500 people.
   *
   * @return the numerator, at least 0
   */
  public abstract Optional<BigDecimal> numerator();

  /**
   * Gets the denominator of a ratio value.
   *
   * @return the denominator, above 0
   */
  public abstract Optional<BigDecimal> denominator();

  /**
   * Gets the assessed status of a qualitative or nominal indicator.
   *
   * @return an assessed status, never NO_DATA or NOT_APPLICABLE
   */
  public abstract Optional<ProgressStatus> assessedStatus();

  /**
   * Gets where the value comes from, if named.
   *
   * @return a Name
   */
  public abstract Optional<String> source();

  /**
   * Gets a comment, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> comment();

  /**
   * Checks if this is a headline measurement (no disaggregation).
   *
   * @return true if the disaggregation is empty
   */
  public boolean isHeadline() {
    return disaggregation().isEmpty();
  }

  /**
   * Obtains a headline measurement.
   *
   * @param period the period
   * @param value the value
   * @return the measurement
   */
  public static Measurement of(ReportingPeriod period, org.unsdcf.core.model.Value value) {
    return builder().period(period).value(value).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Measurement normalise() {
    for (Map.Entry<String, String> cell : disaggregation().entrySet()) {
      Checks.code("Measurement", "disaggregation", cell.getKey());
      Checks.code("Measurement", "disaggregation/" + cell.getKey(), cell.getValue());
    }
    Checks.requireArgument(
        numerator().isPresent() == denominator().isPresent(),
        "Measurement",
        numerator().isPresent() ? "denominator" : "numerator",
        "",
        "must be given together with %s",
        numerator().isPresent() ? "numerator" : "denominator");
    Optional<BigDecimal> numerator =
        numerator().map(n -> Checks.decimal("Measurement", "numerator", n));
    Optional<BigDecimal> denominator =
        denominator().map(d -> Checks.decimal("Measurement", "denominator", d));
    numerator.ifPresent(
        n ->
            Checks.requireArgument(
                n.signum() >= 0, "Measurement", "numerator", n, "must not be negative"));
    denominator.ifPresent(
        d ->
            Checks.requireArgument(
                d.signum() > 0, "Measurement", "denominator", d, "must be above 0"));
    assessedStatus()
        .ifPresent(
            s ->
                Checks.requireArgument(
                    s.isAssessed(),
                    "Measurement",
                    "assessedStatus",
                    s,
                    "must be an assessed status"));
    source().ifPresent(s -> Checks.name("Measurement", "source", s));
    comment().ifPresent(c -> Checks.text("Measurement", "comment", c));
    if (numerator.equals(numerator()) && denominator.equals(denominator())) {
      return this;
    }
    return ImmutableMeasurement.copyOf(this).withNumerator(numerator).withDenominator(denominator);
  }

  /** Builds a {@link Measurement}. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
