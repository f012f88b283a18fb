package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.ProgressStatus;

/**
 * The progress of a set of indicators, as a commutative monoid (design.md §7.3): {@link #empty()}
 * is the identity and {@link #plus(ProgressAggregate)} adds componentwise, exactly, so a tree rolls
 * up by folding and any split of it gives the same answer.
 *
 * <p>It carries what the merge needs, never an average: counts, the weight sum Σw, the weighted
 * sums Σw·cappedAchievement and Σw·cappedPace (over numeric indicators with an achievement), and
 * the worst assessed status, and for Open SDG's view (design.md §16) the number of Open SDG
 * results, of scored ones and of achieved ones with the exact sum of their scores. Ratios are
 * derived at the end: {@link #progress()}, {@link #pace()}, {@link #coverage()}, {@link
 * #status(ProgressThresholds)}, {@link #openSdg()}.
 *
 * <pre>{@code
 * ProgressAggregate outcome = ProgressAggregate.empty();
 * for (IndicatorProgress p : indicators) {
 *   outcome = outcome.plus(ProgressAggregate.of(p));
 * }
 * outcome.progress();                     // Σw·cappedAchievement ÷ Σw
 * outcome.status(ProgressThresholds.defaults());
 * }</pre>
 *
 * <p>Decimals are normalised, so {@code equals} compares values. This class is immutable and
 * thread-safe.
 */
public final class ProgressAggregate {
  private static final ProgressAggregate EMPTY =
      new ProgressAggregate(
          0,
          0,
          0,
          new EnumMap<>(ProgressStatus.class),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          null,
          OpenSdgTally.EMPTY);

  private final int indicators;
  private final int assessed;
  private final int achieved;
  private final Map<ProgressStatus, Integer> statusCounts;
  private final BigDecimal weightSum;
  private final BigDecimal weightedProgress;
  private final BigDecimal weightedPace;
  private final ProgressStatus worstAssessed;
  private final OpenSdgTally openSdg;

  private ProgressAggregate(
      int indicators,
      int assessed,
      int achieved,
      EnumMap<ProgressStatus, Integer> statusCounts,
      BigDecimal weightSum,
      BigDecimal weightedProgress,
      BigDecimal weightedPace,
      ProgressStatus worstAssessed,
      OpenSdgTally openSdg) {
    this.indicators = indicators;
    this.assessed = assessed;
    this.achieved = achieved;
    this.statusCounts = Collections.unmodifiableMap(statusCounts);
    this.weightSum = Checks.normalise(weightSum);
    this.weightedProgress = Checks.normalise(weightedProgress);
    this.weightedPace = Checks.normalise(weightedPace);
    this.worstAssessed = worstAssessed;
    this.openSdg = openSdg;
  }

  /**
   * Obtains the aggregate of no indicator, the identity of {@link #plus(ProgressAggregate)}.
   *
   * @return the empty aggregate
   */
  public static ProgressAggregate empty() {
    return EMPTY;
  }

  /**
   * Obtains the aggregate of one indicator. Its weight enters Σw, and with it its capped
   * achievement and capped pace, only when it has an achievement (a numeric indicator with an
   * assessed status); its Open SDG result, if any, enters the Open SDG tally.
   *
   * @param progress the indicator's progress
   * @return the aggregate of that indicator alone
   * @throws NullPointerException if {@code progress} is null
   */
  public static ProgressAggregate of(IndicatorProgress progress) {
    Objects.requireNonNull(progress, "progress");
    ProgressStatus status = progress.status();
    EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    counts.put(status, 1);
    BigDecimal w = BigDecimal.ZERO;
    BigDecimal wProgress = BigDecimal.ZERO;
    BigDecimal wPace = BigDecimal.ZERO;
    if (progress.achievement().isPresent()) {
      w = progress.weight();
      wProgress = w.multiply(progress.cappedAchievement().orElseThrow());
      wPace = w.multiply(progress.cappedPace().orElseThrow());
    }
    return new ProgressAggregate(
        1,
        status.isAssessed() ? 1 : 0,
        status == ProgressStatus.ACHIEVED ? 1 : 0,
        counts,
        w,
        wProgress,
        wPace,
        status.isAssessed() ? status : null,
        progress.openSdg().map(OpenSdgTally::of).orElse(OpenSdgTally.EMPTY));
  }

  /**
   * Returns the aggregate of this one's indicators and the other's: counts and sums added exactly,
   * the worse of the two worst assessed statuses.
   *
   * @param other the other aggregate
   * @return the combined aggregate
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if a count overflows an {@code int}
   */
  public ProgressAggregate plus(ProgressAggregate other) {
    Objects.requireNonNull(other, "other");
    if (other.indicators == 0) {
      return this;
    }
    if (indicators == 0) {
      return other;
    }
    EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    counts.putAll(statusCounts);
    other.statusCounts.forEach((s, n) -> counts.merge(s, n, Math::addExact));
    return new ProgressAggregate(
        Math.addExact(indicators, other.indicators),
        Math.addExact(assessed, other.assessed),
        Math.addExact(achieved, other.achieved),
        counts,
        weightSum.add(other.weightSum),
        weightedProgress.add(other.weightedProgress),
        weightedPace.add(other.weightedPace),
        worse(worstAssessed, other.worstAssessed),
        openSdg.plus(other.openSdg));
  }

  private static ProgressStatus worse(ProgressStatus a, ProgressStatus b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Gets the number of indicators.
   *
   * @return the count
   */
  public int indicators() {
    return indicators;
  }

  /**
   * Gets the number of indicators with an assessed status (neither NO_DATA nor NOT_APPLICABLE).
   *
   * @return the count
   */
  public int assessed() {
    return assessed;
  }

  /**
   * Gets the number of ACHIEVED indicators.
   *
   * @return the count
   */
  public int achieved() {
    return achieved;
  }

  /**
   * Gets the number of indicators per status, in enum order, non-zero counts only.
   *
   * @return an unmodifiable map backed by an {@link EnumMap}
   */
  public Map<ProgressStatus, Integer> statusCounts() {
    return statusCounts;
  }

  /**
   * Gets Σw over the numeric indicators with an achievement.
   *
   * @return the weight sum, at least 0
   */
  public BigDecimal weightSum() {
    return weightSum;
  }

  /**
   * Gets Σw·cappedAchievement.
   *
   * @return the weighted progress
   */
  public BigDecimal weightedProgress() {
    return weightedProgress;
  }

  /**
   * Gets Σw·cappedPace.
   *
   * @return the weighted pace
   */
  public BigDecimal weightedPace() {
    return weightedPace;
  }

  /**
   * Gets the worst assessed status, ordered {@code ACHIEVED < ON_TRACK < AT_RISK < OFF_TRACK <
   * DETERIORATING}.
   *
   * @return the worst status, empty if no indicator is assessed
   */
  public Optional<ProgressStatus> worstAssessed() {
    return Optional.ofNullable(worstAssessed);
  }

  /**
   * Gets Open SDG's view of these indicators (design.md §16): {@link OpenSdgProgress#combine} of
   * the {@link IndicatorProgress#openSdg()} results of those that have one, so the mean of their
   * present scores, TARGET_ACHIEVED when every scored one achieved its target, NOT_AVAILABLE when
   * none is scored. The scores are summed exactly, so the result does not depend on how the
   * indicators were split or ordered.
   *
   * @return the combined result, empty if no indicator has an Open SDG result
   */
  public Optional<OpenSdgResult> openSdg() {
    return openSdg.result();
  }

  /**
   * Gets the progress: {@code weightedProgress ÷ weightSum} under DECIMAL128.
   *
   * @return the progress in [0, 1], empty if the weight sum is 0
   */
  public Optional<BigDecimal> progress() {
    return ratio(weightedProgress, weightSum);
  }

  /**
   * Gets the pace: {@code weightedPace ÷ weightSum} under DECIMAL128.
   *
   * @return the pace in [0, 1], empty if the weight sum is 0
   */
  public Optional<BigDecimal> pace() {
    return ratio(weightedPace, weightSum);
  }

  /**
   * Gets the coverage: {@code assessed ÷ indicators} under DECIMAL128.
   *
   * @return the coverage in [0, 1], empty if there is no indicator
   */
  public Optional<BigDecimal> coverage() {
    return ratio(BigDecimal.valueOf(assessed), BigDecimal.valueOf(indicators));
  }

  private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Checks.normalise(numerator.divide(denominator, MathContext.DECIMAL128)));
  }

  /**
   * Gets the status of the aggregate: NOT_APPLICABLE if there is no indicator; NO_DATA if none is
   * assessed; ACHIEVED if all are; else the thresholds applied to {@link #pace()} if the weight sum
   * is above 0; else the worst assessed status, ACHIEVED read as ON_TRACK.
   *
   * @param thresholds the thresholds
   * @return the status
   * @throws NullPointerException if {@code thresholds} is null
   */
  public ProgressStatus status(ProgressThresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    if (indicators == 0) {
      return ProgressStatus.NOT_APPLICABLE;
    }
    if (assessed == 0) {
      return ProgressStatus.NO_DATA;
    }
    if (achieved == indicators) {
      return ProgressStatus.ACHIEVED;
    }
    if (weightSum.signum() > 0) {
      return thresholds.statusForPace(pace().orElseThrow());
    }
    return worstAssessed == ProgressStatus.ACHIEVED ? ProgressStatus.ON_TRACK : worstAssessed;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProgressAggregate)) {
      return false;
    }
    ProgressAggregate that = (ProgressAggregate) o;
    return indicators == that.indicators
        && assessed == that.assessed
        && achieved == that.achieved
        && statusCounts.equals(that.statusCounts)
        && weightSum.equals(that.weightSum)
        && weightedProgress.equals(that.weightedProgress)
        && weightedPace.equals(that.weightedPace)
        && worstAssessed == that.worstAssessed
        && openSdg.equals(that.openSdg);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        indicators,
        assessed,
        achieved,
        statusCounts,
        weightSum,
        weightedProgress,
        weightedPace,
        worstAssessed,
        openSdg);
  }

  @Override
  public String toString() {
    return "ProgressAggregate{indicators="
        + indicators
        + ", assessed="
        + assessed
        + ", achieved="
        + achieved
        + ", statusCounts="
        + statusCounts
        + ", weightSum="
        + weightSum.toPlainString()
        + ", weightedProgress="
        + weightedProgress.toPlainString()
        + ", weightedPace="
        + weightedPace.toPlainString()
        + ", worstAssessed="
        + worstAssessed
        + ", openSdg="
        + openSdg
        + "}";
  }
}
