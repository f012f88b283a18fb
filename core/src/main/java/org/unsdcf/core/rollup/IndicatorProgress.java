package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;

/**
 * The progress of one indicator at the roll-up's {@code asOf} date (design.md §7.1), with Open
 * SDG's progress measure as a second view (§16). Members in their JSON order: code, level, owner,
 * status, openSdg, reason, baseline, target, actual, actualDate, achievement, cappedAchievement,
 * expected, pace, cappedPace, weight.
 *
 * <p>Numbers are held unrounded, in the indicator's unit; writers round the derived ones (ratios,
 * and the baseline, target or actual named in {@link #computed()}) with {@link
 * Ratios#scale4(BigDecimal)}. Invariants:
 *
 * <ul>
 *   <li>a {@code reason} is present exactly when the status is NO_DATA or NOT_APPLICABLE;
 *   <li>{@code achievement}, {@code cappedAchievement} and {@code cappedPace} are present together,
 *       only with an assessed status; {@code expected} and {@code pace} are present together, only
 *       with an achievement;
 *   <li>the capped values lie in [0, 1]; the weight is at least 0.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorProgress implements WithIndicatorProgress {
  private static final String TYPE = "IndicatorProgress";

  IndicatorProgress() {}

  /**
   * Gets the indicator's code.
   *
   * @return a Code
   */
  public abstract String code();

  /**
   * Gets the level of the indicator's owner.
   *
   * @return OUTCOME, OUTPUT or SUB_OUTPUT
   */
  public abstract ResultLevel level();

  /**
   * Gets the code of the entity that owns the indicator.
   *
   * @return an outcome, output or sub-output code
   */
  public abstract String owner();

  /**
   * Gets the status.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  /**
   * Gets Open SDG's progress measure of the indicator (design.md §16), {@link
   * OpenSdgProgress#assess} of the series: base = the baseline's year and value, current = the
   * actual's year ({@link #actualDate()}) and value, target = the final target's year and value (no
   * target: method 1), no limit, direction the declared one, else the one the target implies.
   *
   * <p>Present for every numeric indicator with a convertible baseline, an actual and a direction
   * other than MAINTAIN (declared, or implied by a target that differs from the baseline), whatever
   * its {@link #status()}; absent otherwise (qualitative and nominal indicators, MAINTAIN, no
   * baseline, no actual, a unit that does not convert).
   *
   * @return the Open SDG result, if the indicator has one
   */
  public abstract Optional<OpenSdgResult> openSdg();

  /**
   * Gets why the status is NO_DATA or NOT_APPLICABLE.
   *
   * @return the reason, present exactly for those two statuses
   */
  public abstract Optional<ProgressReason> reason();

  /**
   * Gets the baseline value b in the indicator's unit.
   *
   * @return b, if there is a numeric, convertible baseline
   */
  public abstract Optional<BigDecimal> baseline();

  /**
   * Gets the first FINAL target t in the indicator's unit.
   *
   * @return t, if there is a numeric, convertible final target
   */
  public abstract Optional<BigDecimal> target();

  /**
   * Gets the actual a in the indicator's unit (design.md §7.2): the latest headline (given or
   * derived from an exhaustive dimension) for LEVEL and CUMULATIVE, the sum of the periods starting
   * after the baseline day for PER_PERIOD (of all periods when there is no baseline), ratios
   * combined as Σnumerators × k ÷ Σdenominators. A single ratio value is taken as given.
   *
   * @return a, if one could be taken
   */
  public abstract Optional<BigDecimal> actual();

  /**
   * Gets which of baseline, target and actual were computed rather than given: converted into the
   * indicator's unit, or combined from numerators and denominators. A value taken as given, and a
   * sum of given values, is not computed; writers write it exactly.
   *
   * @return the computed values, each present in this progress; empty by default
   */
  public abstract Set<ComputedValue> computed();

  /**
   * Gets the date tm of the actual, or of the assessment of a qualitative or nominal indicator: the
   * latest {@code period.end} used.
   *
   * @return tm
   */
  public abstract Optional<LocalDate> actualDate();

  /**
   * Gets the achievement {@code (a - b) / (t - b)}, raw: below 0 worse than the baseline, above 1
   * over-achieved; 1 or 0 when the target holds the baseline level.
   *
   * @return the achievement, for a numeric indicator with an assessed status
   */
  public abstract Optional<BigDecimal> achievement();

  /**
   * Gets the achievement clamped to [0, 1].
   *
   * @return the capped achievement, present with {@link #achievement()}
   */
  public abstract Optional<BigDecimal> cappedAchievement();

  /**
   * Gets the share of the baseline-to-target time elapsed at {@link #actualDate()}, in [0, 1].
   *
   * @return the expected achievement, absent when the target holds the baseline level
   */
  public abstract Optional<BigDecimal> expected();

  /**
   * Gets the pace: achievement over the linear path at {@link #actualDate()}, 1 meaning on the
   * path.
   *
   * @return the pace, present with {@link #expected()}
   */
  public abstract Optional<BigDecimal> pace();

  /**
   * Gets the pace clamped to [0, 1], 1 when the target is achieved.
   *
   * @return the capped pace, present with {@link #achievement()}
   */
  public abstract Optional<BigDecimal> cappedPace();

  /**
   * Gets the indicator's weight in aggregates.
   *
   * @return the weight, at least 0
   */
  public abstract BigDecimal weight();

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Throws as Checks.requireArgument does, rendering the value only when the check fails. */
  private static void require(
      boolean condition, String field, Supplier<String> value, String reason, Object... args) {
    if (!condition) {
      throw Checks.violation(TYPE, field, value.get(), reason, args);
    }
  }

  @Value.Check
  void check() {
    boolean unassessed = !status().isAssessed();
    require(
        reason().isPresent() == unassessed,
        "reason",
        () -> reason().map(Enum::name).orElse(""),
        unassessed ? "is required for status %s" : "is not allowed for status %s",
        status());
    boolean scored = achievement().isPresent();
    require(
        !scored || status().isAssessed(),
        "achievement",
        () -> achievement().map(BigDecimal::toPlainString).orElse(""),
        "is not allowed for status %s",
        status());
    require(
        cappedAchievement().isPresent() == scored,
        "cappedAchievement",
        () -> cappedAchievement().map(BigDecimal::toPlainString).orElse(""),
        "must be present exactly with achievement");
    require(
        cappedPace().isPresent() == scored,
        "cappedPace",
        () -> cappedPace().map(BigDecimal::toPlainString).orElse(""),
        "must be present exactly with achievement");
    require(
        expected().isPresent() == pace().isPresent(),
        "pace",
        () -> pace().map(BigDecimal::toPlainString).orElse(""),
        "must be present exactly with expected");
    require(
        !pace().isPresent() || scored,
        "pace",
        () -> pace().map(BigDecimal::toPlainString).orElse(""),
        "needs an achievement");
    for (ComputedValue value : computed()) {
      require(
          valueOf(value).isPresent(),
          "computed",
          value::name,
          "names an absent %s",
          value.name().toLowerCase(Locale.ROOT));
    }
    unit(cappedAchievement(), "cappedAchievement");
    unit(cappedPace(), "cappedPace");
    unit(expected(), "expected");
    Checks.requireArgument(
        weight().signum() >= 0, TYPE, "weight", weight(), "must not be negative");
  }

  /**
   * Gets the baseline, target or actual as reports write it (design.md §11): at scale 4 HALF_EVEN,
   * normalised, when it is {@linkplain #computed() computed}; else exactly as given or summed.
   *
   * <p>Example: a target of 500.12345 given in the indicator's unit is reported {@code 500.12345};
   * one converted from hours to days, 0.2083.
   *
   * @param which the value
   * @return the value as reported, empty when absent
   */
  public Optional<BigDecimal> reported(ComputedValue which) {
    Optional<BigDecimal> value = valueOf(which);
    return computed().contains(which) ? value.map(Ratios::scale4) : value;
  }

  private Optional<BigDecimal> valueOf(ComputedValue value) {
    return switch (value) {
      case BASELINE -> baseline();
      case TARGET -> target();
      case ACTUAL -> actual();
    };
  }

  private static void unit(Optional<BigDecimal> value, String field) {
    value.ifPresent(
        v ->
            Checks.requireArgument(
                v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0,
                TYPE,
                field,
                v,
                "must be from 0 to 1"));
  }

  /** Builds an {@link IndicatorProgress}. */
  public static final class Builder extends ImmutableIndicatorProgress.Builder {
    Builder() {}
  }
}
