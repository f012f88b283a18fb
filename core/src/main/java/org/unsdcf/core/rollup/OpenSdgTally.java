package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@link OpenSdgProgress#combine} needs of a set of results, as a commutative monoid: the
 * number of results, of scored ones and of scored ones that achieved their target, and the exact
 * sum of the scores (each double is exactly a decimal, so the sum does not depend on the order).
 */
final class OpenSdgTally {
  static final OpenSdgTally EMPTY = new OpenSdgTally(0, 0, 0, BigDecimal.ZERO);

  private final int results;
  private final int scored;
  private final int achieved;
  private final BigDecimal scoreSum;

  private OpenSdgTally(int results, int scored, int achieved, BigDecimal scoreSum) {
    this.results = results;
    this.scored = scored;
    this.achieved = achieved;
    this.scoreSum = scoreSum.signum() == 0 ? BigDecimal.ZERO : scoreSum.stripTrailingZeros();
  }

  static OpenSdgTally of(OpenSdgResult r) {
    if (r.score().isEmpty()) {
      return new OpenSdgTally(1, 0, 0, BigDecimal.ZERO);
    }
    return new OpenSdgTally(
        1,
        1,
        r.status() == OpenSdgStatus.TARGET_ACHIEVED ? 1 : 0,
        new BigDecimal(r.score().getAsDouble()));
  }

  OpenSdgTally plus(OpenSdgTally other) {
    if (other.results == 0) {
      return this;
    }
    if (results == 0) {
      return other;
    }
    return new OpenSdgTally(
        Math.addExact(results, other.results),
        Math.addExact(scored, other.scored),
        Math.addExact(achieved, other.achieved),
        scoreSum.add(other.scoreSum));
  }

  /** The combined result, or empty when there is no result at all. */
  Optional<OpenSdgResult> result() {
    return results == 0 ? Optional.empty() : Optional.of(combined());
  }

  OpenSdgResult combined() {
    if (scored == 0) {
      return OpenSdgResult.of(
          OpenSdgStatus.NOT_AVAILABLE, OptionalDouble.empty(), OptionalDouble.empty());
    }
    double mean = scoreSum.divide(BigDecimal.valueOf(scored), MathContext.DECIMAL128).doubleValue();
    OpenSdgStatus status;
    if (achieved == scored) {
      status = OpenSdgStatus.TARGET_ACHIEVED;
    } else if (mean >= 2.5) {
      status = OpenSdgStatus.SUBSTANTIAL_PROGRESS;
    } else if (mean >= 0) {
      status = OpenSdgStatus.MODERATE_PROGRESS;
    } else if (mean >= -2.5) {
      status = OpenSdgStatus.LIMITED_PROGRESS;
    } else {
      status = OpenSdgStatus.DETERIORATION;
    }
    return OpenSdgResult.of(status, OptionalDouble.of(mean), OptionalDouble.empty());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OpenSdgTally)) {
      return false;
    }
    OpenSdgTally that = (OpenSdgTally) o;
    return results == that.results
        && scored == that.scored
        && achieved == that.achieved
        && scoreSum.equals(that.scoreSum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(results, scored, achieved, scoreSum);
  }

  @Override
  public String toString() {
    return "OpenSdgTally{results="
        + results
        + ", scored="
        + scored
        + ", achieved="
        + achieved
        + ", scoreSum="
        + scoreSum.toPlainString()
        + "}";
  }
}
