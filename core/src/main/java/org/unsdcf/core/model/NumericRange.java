package org.unsdcf.core.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The values an indicator can take by its nature, e.g. 0 to 100 for a percentage or 1 to 5 for a
 * scale. Values outside it are reported by the validator (IND-005), not rejected.
 *
 * <pre>{@code
 * NumericRange scale = NumericRange.of(BigDecimal.ONE, BigDecimal.valueOf(5));
 * NumericRange nonNegative = NumericRange.atLeast(BigDecimal.ZERO);
 * }</pre>
 *
 * <p>Invariants: at least one bound; {@code min <= max}; bounds are Decimals, normalised. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NumericRange implements WithNumericRange {
  /** The natural range of a percentage, 0 to 100. */
  public static final NumericRange PERCENTAGE = of(BigDecimal.ZERO, BigDecimal.valueOf(100));

  NumericRange() {}

  /**
   * Gets the least value, if bounded below.
   *
   * @return the inclusive lower bound
   */
  public abstract Optional<BigDecimal> min();

  /**
   * Gets the greatest value, if bounded above.
   *
   * @return the inclusive upper bound
   */
  public abstract Optional<BigDecimal> max();

  /**
   * Obtains a range with both bounds.
   *
   * @param min the least value
   * @param max the greatest value, not below {@code min}
   * @return the range
   * @throws InvariantViolationException if {@code max < min}
   */
  public static NumericRange of(BigDecimal min, BigDecimal max) {
    return builder().min(min).max(max).build();
  }

  /**
   * Obtains a range bounded below.
   *
   * @param min the least value
   * @return the range
   */
  public static NumericRange atLeast(BigDecimal min) {
    return builder().min(min).build();
  }

  /**
   * Obtains a range bounded above.
   *
   * @param max the greatest value
   * @return the range
   */
  public static NumericRange atMost(BigDecimal max) {
    return builder().max(max).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks if a value is inside the range, bounds included.
   *
   * @param value the value
   * @return true if no bound excludes it
   */
  public boolean contains(BigDecimal value) {
    return min().map(m -> value.compareTo(m) >= 0).orElse(true)
        && max().map(m -> value.compareTo(m) <= 0).orElse(true);
  }

  @Value.Check
  NumericRange normalise() {
    Checks.requireArgument(
        min().isPresent() || max().isPresent(),
        "NumericRange",
        "max",
        "{}",
        "must have a min or a max");
    Optional<BigDecimal> min = min().map(m -> Checks.decimal("NumericRange", "min", m));
    Optional<BigDecimal> max = max().map(m -> Checks.decimal("NumericRange", "max", m));
    if (min.isPresent() && max.isPresent()) {
      Checks.requireArgument(
          max.get().compareTo(min.get()) >= 0,
          "NumericRange",
          "max",
          max.get(),
          "must not be below min %s",
          min.get().toPlainString());
    }
    if (min.equals(min()) && max.equals(max())) {
      return this;
    }
    return builder().min(min).max(max).build();
  }

  /** Builds a {@link NumericRange}. */
  public static final class Builder extends ImmutableNumericRange.Builder {
    Builder() {}
  }
}
