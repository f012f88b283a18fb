package org.unsdcf.core.rollup;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.Direction;

/**
 * The inputs of Open SDG's progress measure for one series (design.md §16): the base and current
 * observations, an optional target with its year, an optional limit and the desired direction.
 * These are the {@code base_year}, {@code base_value}, {@code current_year}, {@code current_value},
 * {@code target}, {@code target_year}, {@code limit} and {@code direction} of sdg-build's
 * calculation components.
 *
 * <pre>{@code
 * OpenSdgSeries s = OpenSdgSeries.builder()
 *     .baseYear(2015).baseValue(10)
 *     .currentYear(2020).currentValue(14)
 *     .target(30)                        // targetYear defaults to 2030
 *     .direction(Direction.INCREASE)
 *     .build();
 * OpenSdgProgress.assess(s);             // MODERATE_PROGRESS, score 2.2575…, pv 0.9160…
 * }</pre>
 *
 * <p>Invariants: every value is finite; the direction is INCREASE (+1) or DECREASE (−1), since Open
 * SDG has no MAINTAIN. Years are not otherwise checked: a current year not after the base year
 * makes the progress value undefined, not the series invalid. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class OpenSdgSeries {
  private static final String TYPE = "OpenSdgSeries";

  /** The target year sdg-build assumes when none is configured. */
  public static final int DEFAULT_TARGET_YEAR = 2030;

  OpenSdgSeries() {}

  /**
   * Gets the base year t0.
   *
   * @return the year of the base value
   */
  public abstract int baseYear();

  /**
   * Gets the base value v0.
   *
   * @return a finite value
   */
  public abstract double baseValue();

  /**
   * Gets the current (most recent) year t1.
   *
   * @return the year of the current value
   */
  public abstract int currentYear();

  /**
   * Gets the current value v1.
   *
   * @return a finite value
   */
  public abstract double currentValue();

  /**
   * Gets the year by which the target is to be reached.
   *
   * @return the target year, {@value #DEFAULT_TARGET_YEAR} unless set
   */
  @Value.Default
  public int targetYear() {
    return DEFAULT_TARGET_YEAR;
  }

  /**
   * Gets the target value. With a target the measure uses method 2 (growth against the growth the
   * target needs), without one method 1 (growth alone).
   *
   * @return the target, if any
   */
  public abstract OptionalDouble target();

  /**
   * Gets the limit: the least (DECREASE) or greatest (INCREASE) value that can be reached. It
   * reduces method 1's thresholds near the limit and is ignored with a target.
   *
   * @return the limit, if any
   */
  public abstract OptionalDouble limit();

  /**
   * Gets the desired direction.
   *
   * @return INCREASE or DECREASE
   */
  public abstract Direction direction();

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
    finite("baseValue", baseValue());
    finite("currentValue", currentValue());
    target().ifPresent(t -> finite("target", t));
    limit().ifPresent(l -> finite("limit", l));
    Checks.requireArgument(
        direction() != Direction.MAINTAIN,
        TYPE,
        "direction",
        direction(),
        "must be INCREASE or DECREASE (Open SDG has no MAINTAIN)");
  }

  private static void finite(String field, double value) {
    Checks.requireArgument(Double.isFinite(value), TYPE, field, value, "must be finite");
  }

  /** Builds an {@link OpenSdgSeries}. */
  public static final class Builder extends ImmutableOpenSdgSeries.Builder {
    Builder() {}
  }
}
