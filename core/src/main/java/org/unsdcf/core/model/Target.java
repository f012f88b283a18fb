package org.unsdcf.core.model;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Where an indicator should be in a year: the final target or a milestone.
 *
 * <pre>{@code
 * Target t = Target.of(2027, TargetKind.FINAL, Value.numeric(60));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target implements WithTarget {
  Target() {}

  /**
   * Gets the target year; the target is due on 31 December of it.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Gets whether this is the final target or a milestone.
   *
   * @return the kind
   */
  public abstract TargetKind kind();

  /**
   * Gets the target value.
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
   * Gets a comment, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> comment();

  /**
   * Obtains a target.
   *
   * @param year the year
   * @param kind final or milestone
   * @param value the value
   * @return the target
   */
  public static Target of(int year, TargetKind kind, org.unsdcf.core.model.Value value) {
    return builder().year(year).kind(kind).value(value).build();
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
  void check() {
    Checks.year("Target", "year", year());
    comment().ifPresent(c -> Checks.text("Target", "comment", c));
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}

    /**
     * Sets the year from a number.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      return year(Year.of(year));
    }
  }
}
