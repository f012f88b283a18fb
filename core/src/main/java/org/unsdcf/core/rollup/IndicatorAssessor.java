package org.unsdcf.core.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.model.Target;

/** Computes one indicator's progress at {@code asOf} by the rules of design.md §7.1 and §11. */
final class IndicatorAssessor {
  private final RollupOptions options;

  IndicatorAssessor(RollupOptions options) {
    this.options = options;
  }

  IndicatorProgress assess(Indicator indicator, ResultLevel level, String owner) {
    IndicatorProgress.Builder out =
        IndicatorProgress.builder()
            .code(indicator.code())
            .level(level)
            .owner(owner)
            .weight(options.weightOf(indicator.code()));
    if (indicator.measure() == Measure.QUALITATIVE || indicator.measure() == Measure.NOMINAL) {
      return assessed(indicator, out);
    }
    return numeric(indicator, out);
  }

  /** QUALITATIVE and NOMINAL: the latest assessed status of a headline measurement. */
  private IndicatorProgress assessed(Indicator indicator, IndicatorProgress.Builder out) {
    Measurement latest = null;
    for (Measurement m : indicator.measurements()) {
      if (m.isHeadline()
          && m.assessedStatus().isPresent()
          && !m.period().end().isAfter(options.asOf())
          && (latest == null || !m.period().end().isBefore(latest.period().end()))) {
        latest = m;
      }
    }
    if (latest == null) {
      return out.status(ProgressStatus.NO_DATA).reason(ProgressReason.NO_ASSESSMENT).build();
    }
    return out.status(latest.assessedStatus().get()).actualDate(latest.period().end()).build();
  }

  private IndicatorProgress numeric(Indicator indicator, IndicatorProgress.Builder out) {
    boolean mismatch = false;
    BigDecimal b = null;
    Optional<LocalDate> t0 = indicator.baseline().map(Baseline::day);
    if (indicator.baseline().isPresent()) {
      Baseline baseline = indicator.baseline().get();
      b = Conversion.toIndicatorUnit(baseline.value(), baseline.unit(), indicator.unit());
      mismatch = b == null;
    }
    BigDecimal t = null;
    Optional<Target> finalTarget = indicator.finalTarget();
    if (finalTarget.isPresent()) {
      Target target = finalTarget.get();
      t = Conversion.toIndicatorUnit(target.value(), target.unit(), indicator.unit());
      mismatch |= t == null;
    }
    Actuals.Result actual = Actuals.take(indicator, options.asOf(), t0);
    if (b != null) {
      out.baseline(Checks.normalise(b));
      Baseline baseline = indicator.baseline().orElseThrow();
      if (Conversion.converts(baseline.unit(), indicator.unit())) {
        out.addComputed(ComputedValue.BASELINE);
      }
    }
    if (t != null) {
      out.target(Checks.normalise(t));
      if (Conversion.converts(finalTarget.orElseThrow().unit(), indicator.unit())) {
        out.addComputed(ComputedValue.TARGET);
      }
    }
    if (actual.value != null) {
      out.actual(Checks.normalise(actual.value)).actualDate(actual.date);
      if (actual.computed) {
        out.addComputed(ComputedValue.ACTUAL);
      }
    }
    if (!mismatch && actual.failure == null) {
      out.openSdg(openSdg(indicator, b, t, actual));
    }
    if (mismatch || actual.failure == ProgressReason.UNIT_MISMATCH) {
      return notApplicable(out, ProgressReason.UNIT_MISMATCH);
    }
    if (actual.failure != null) {
      return notApplicable(out, actual.failure);
    }
    if (indicator.baseline().isEmpty()) {
      return noData(out, ProgressReason.NO_BASELINE);
    }
    if (finalTarget.isEmpty()) {
      return noData(out, ProgressReason.NO_TARGET);
    }
    if (actual.value == null) {
      return noData(out, ProgressReason.NO_ACTUAL);
    }
    Optional<Direction> declared = indicator.direction();
    int rising = t.compareTo(b);
    if (rising == 0) {
      return holding(out, declared.orElse(Direction.MAINTAIN), t, actual.value);
    }
    Direction inferred = rising > 0 ? Direction.INCREASE : Direction.DECREASE;
    if (declared.isPresent() && declared.get() != inferred) {
      return notApplicable(out, ProgressReason.DIRECTION_CONFLICT);
    }
    LocalDate t1 = finalTarget.get().year().atMonth(12).atEndOfMonth();
    return moving(out, b, t, actual.value, rising, t0.orElseThrow(), t1, actual.date);
  }

  /**
   * Open SDG's view (design.md §16): base = baseline year and value, current = the actual's year
   * and value, target = the final target's year and value, no limit; the declared direction, else
   * the one the target implies; none for MAINTAIN or without a direction.
   */
  private static Optional<OpenSdgResult> openSdg(
      Indicator indicator, BigDecimal b, BigDecimal t, Actuals.Result actual) {
    if (b == null || actual.value == null) {
      return Optional.empty();
    }
    Direction direction = indicator.direction().orElse(null);
    if (direction == null && t != null && t.compareTo(b) != 0) {
      direction = t.compareTo(b) > 0 ? Direction.INCREASE : Direction.DECREASE;
    }
    double base = b.doubleValue();
    double current = actual.value.doubleValue();
    if (direction == null
        || direction == Direction.MAINTAIN
        || !Double.isFinite(base)
        || !Double.isFinite(current)
        || (t != null && !Double.isFinite(t.doubleValue()))) {
      return Optional.empty();
    }
    OpenSdgSeries.Builder series =
        OpenSdgSeries.builder()
            .baseYear(indicator.baseline().orElseThrow().year().getValue())
            .baseValue(base)
            .currentYear(actual.date.getYear())
            .currentValue(current)
            .direction(direction);
    if (t != null) {
      series
          .target(t.doubleValue())
          .targetYear(indicator.finalTarget().orElseThrow().year().getValue());
    }
    return Optional.of(OpenSdgProgress.assess(series.build()));
  }

  /** t ≠ b: achievement, the linear path in days at tm, and the status from the pace. */
  private IndicatorProgress moving(
      IndicatorProgress.Builder out,
      BigDecimal b,
      BigDecimal t,
      BigDecimal a,
      int d,
      LocalDate t0,
      LocalDate t1,
      LocalDate tm) {
    BigDecimal gain = a.subtract(b);
    BigDecimal span = t.subtract(b);
    BigDecimal achievement = gain.divide(span, MathContext.DECIMAL128);
    boolean targetAchieved = (d > 0 ? a.compareTo(t) : t.compareTo(a)) >= 0;
    long days = ChronoUnit.DAYS.between(t0, t1);
    long elapsed = ChronoUnit.DAYS.between(t0, tm);
    BigDecimal expected =
        days <= 0
            ? BigDecimal.ONE
            : clamp(
                BigDecimal.valueOf(elapsed)
                    .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128));
    BigDecimal pace;
    if (elapsed <= 0) {
      pace = BigDecimal.ONE;
    } else if (elapsed >= days) {
      pace = achievement;
    } else {
      pace =
          gain.multiply(BigDecimal.valueOf(days))
              .divide(span.multiply(BigDecimal.valueOf(elapsed)), MathContext.DECIMAL128);
    }
    ProgressStatus status;
    if (targetAchieved) {
      status = ProgressStatus.ACHIEVED;
    } else if (achievement.signum() < 0) {
      status = ProgressStatus.DETERIORATING;
    } else {
      status = options.thresholds().statusForPace(pace);
    }
    return out.status(status)
        .achievement(Checks.normalise(achievement))
        .cappedAchievement(Checks.normalise(clamp(achievement)))
        .expected(Checks.normalise(expected))
        .pace(Checks.normalise(pace))
        .cappedPace(targetAchieved ? BigDecimal.ONE : Checks.normalise(clamp(pace)))
        .build();
  }

  /** t = b: the indicator is to hold a level. */
  private IndicatorProgress holding(
      IndicatorProgress.Builder out, Direction direction, BigDecimal t, BigDecimal a) {
    boolean held;
    ProgressStatus failed;
    switch (direction) {
      case INCREASE:
        held = a.compareTo(t) >= 0;
        failed = ProgressStatus.DETERIORATING;
        break;
      case DECREASE:
        held = a.compareTo(t) <= 0;
        failed = ProgressStatus.DETERIORATING;
        break;
      default:
        BigDecimal tolerance = options.thresholds().maintainTolerance().multiply(t.abs());
        held = a.subtract(t).abs().compareTo(tolerance) <= 0;
        failed = ProgressStatus.OFF_TRACK;
        break;
    }
    BigDecimal score = held ? BigDecimal.ONE : BigDecimal.ZERO;
    return out.status(held ? ProgressStatus.ACHIEVED : failed)
        .achievement(score)
        .cappedAchievement(score)
        .cappedPace(score)
        .build();
  }

  private static IndicatorProgress notApplicable(
      IndicatorProgress.Builder out, ProgressReason reason) {
    return out.status(ProgressStatus.NOT_APPLICABLE).reason(reason).build();
  }

  private static IndicatorProgress noData(IndicatorProgress.Builder out, ProgressReason reason) {
    return out.status(ProgressStatus.NO_DATA).reason(reason).build();
  }

  private static BigDecimal clamp(BigDecimal x) {
    if (x.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return x.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : x;
  }
}
