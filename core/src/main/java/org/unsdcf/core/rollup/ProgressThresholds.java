package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.ProgressStatus;

/**
 * The thresholds that turn a pace into a status, and the tolerance within which a MAINTAIN
 * indicator holds its level (design.md §7.1).
 *
 * <pre>{@code
 * ProgressThresholds t = ProgressThresholds.defaults();       // 0.95, 0.60, 0.05
 * t.statusForPace(new BigDecimal("0.9374"));                  // AT_RISK
 * ProgressThresholds strict = ProgressThresholds.of(
 *     new BigDecimal("0.99"), new BigDecimal("0.8"), BigDecimal.ZERO);
 * }</pre>
 *
 * <p>Invariants: {@code 0 < atRisk <= onTrack <= 1} and {@code 0 <= maintainTolerance <= 1}. The
 * numbers are normalised when built. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressThresholds {
  private static final String TYPE = "ProgressThresholds";
  private static final ProgressThresholds DEFAULTS =
      of(new BigDecimal("0.95"), new BigDecimal("0.60"), new BigDecimal("0.05"));

  ProgressThresholds() {}

  /**
   * Gets the least pace that is ON_TRACK.
   *
   * @return the threshold, in (0, 1]
   */
  @Value.Parameter
  public abstract BigDecimal onTrack();

  /**
   * Gets the least pace that is AT_RISK; below it a result is OFF_TRACK.
   *
   * @return the threshold, in (0, onTrack]
   */
  @Value.Parameter
  public abstract BigDecimal atRisk();

  /**
   * Gets the tolerance of a MAINTAIN indicator: it holds its level when {@code |a - t| <=
   * maintainTolerance * |t|}.
   *
   * @return the tolerance, in [0, 1]
   */
  @Value.Parameter
  public abstract BigDecimal maintainTolerance();

  /**
   * Obtains thresholds.
   *
   * @param onTrack the least ON_TRACK pace
   * @param atRisk the least AT_RISK pace
   * @param maintainTolerance the MAINTAIN tolerance
   * @return the thresholds
   * @throws NullPointerException if an argument is null
   * @throws org.unsdcf.core.model.InvariantViolationException unless {@code 0 < atRisk <= onTrack
   *     <= 1} and {@code 0 <= maintainTolerance <= 1}
   */
  public static ProgressThresholds of(
      BigDecimal onTrack, BigDecimal atRisk, BigDecimal maintainTolerance) {
    return ImmutableProgressThresholds.of(onTrack, atRisk, maintainTolerance);
  }

  /**
   * Obtains the default thresholds: onTrack 0.95, atRisk 0.60, maintainTolerance 0.05.
   *
   * @return the defaults
   */
  public static ProgressThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Gets the status a pace earns: ON_TRACK if {@code pace >= onTrack}, AT_RISK if {@code pace >=
   * atRisk}, else OFF_TRACK.
   *
   * @param pace the pace
   * @return ON_TRACK, AT_RISK or OFF_TRACK
   * @throws NullPointerException if {@code pace} is null
   */
  public ProgressStatus statusForPace(BigDecimal pace) {
    if (pace.compareTo(onTrack()) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    if (pace.compareTo(atRisk()) >= 0) {
      return ProgressStatus.AT_RISK;
    }
    return ProgressStatus.OFF_TRACK;
  }

  @Value.Check
  ProgressThresholds normalise() {
    BigDecimal onTrack = Checks.decimal(TYPE, "onTrack", onTrack());
    BigDecimal atRisk = Checks.decimal(TYPE, "atRisk", atRisk());
    BigDecimal tolerance = Checks.decimal(TYPE, "maintainTolerance", maintainTolerance());
    Checks.requireArgument(
        onTrack.compareTo(BigDecimal.ONE) <= 0, TYPE, "onTrack", onTrack, "must be at most 1");
    Checks.requireArgument(atRisk.signum() > 0, TYPE, "atRisk", atRisk, "must be above 0");
    Checks.requireArgument(
        atRisk.compareTo(onTrack) <= 0,
        TYPE,
        "atRisk",
        atRisk,
        "must be at most onTrack %s",
        onTrack.toPlainString());
    Checks.requireArgument(
        tolerance.signum() >= 0 && tolerance.compareTo(BigDecimal.ONE) <= 0,
        TYPE,
        "maintainTolerance",
        tolerance,
        "must be from 0 to 1");
    if (onTrack.equals(onTrack())
        && atRisk.equals(atRisk())
        && tolerance.equals(maintainTolerance())) {
      return this;
    }
    return ImmutableProgressThresholds.of(onTrack, atRisk, tolerance);
  }
}
