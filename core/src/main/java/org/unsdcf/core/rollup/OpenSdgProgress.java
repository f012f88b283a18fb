package org.unsdcf.core.rollup;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.unsdcf.core.model.Direction;

/**
 * Open SDG's progress measure, as sdg-build 2.4.0 computes it (design.md §16, §20): a second view
 * of progress beside {@link IndicatorProgress}'s, the one national SDG reporting platforms show.
 *
 * <p>For a series, in double arithmetic with {@link Math#pow}, where d = +1 for INCREASE and −1 for
 * DECREASE:
 *
 * <ul>
 *   <li>{@code CAGR(v1, v0, t1, t0) = (v1 / v0)^(1 / (t1 − t0)) − 1}; {@code sign = −1} if the base
 *       value is negative, else 1; a target of 0 counts as 0.001.
 *   <li><b>Target achieved</b> is decided first: d = −1 and current ≤ target, or d = +1 and current
 *       ≥ target. It gives TARGET_ACHIEVED and score 5 even when pv is undefined.
 *   <li><b>pv is undefined</b> when currentYear − baseYear &lt; 1, when the base value is 0, and
 *       when the base and current values have opposite signs (sdg-build refuses that pair;
 *       design.md leaves it to {@code Math.pow}, which would give a number for a one-year span).
 *   <li><b>Method 1</b> (no target): {@code pv = sign·d·CAGR(current, base)}; thresholds high
 *       0.015, med 0.005, low 0, each multiplied by coeff when a limit is set. With b = |base|, L =
 *       |limit| and a = 4.44: coeff = 1 if b ≥ 2L, else 1 − (b/L)^a if b ≤ L, else 1 − ((2L −
 *       b)/L)^a. Score: {@code max(125·pv − 2.5, −5)} if pv &lt; low; 5 if coeff = 0 (the base sits
 *       on the limit and does not move away: sdg-build's rule, where design.md's formula would
 *       divide 0 by 0); {@code min(500·pv/coeff − 5, 5)} if pv ≥ high; {@code 250·pv/coeff − 1.25}
 *       if pv ≥ med; else {@code 500·pv/coeff − 2.5}.
 *   <li><b>Method 2</b> (target): {@code pv = sign·d·CAGR(current, base) / |CAGR(target, base,
 *       targetYear, baseYear)|}; thresholds 0.95, 0.6, 0; the limit is ignored. Score: {@code
 *       min(7.1429·pv − 4.2857, 5)} if pv ≥ 0.6, else {@code max(4.1667·pv − 2.5, −5)}.
 *   <li><b>Status</b>: TARGET_ACHIEVED; else SUBSTANTIAL_PROGRESS if pv ≥ high, MODERATE_PROGRESS
 *       if pv ≥ med, LIMITED_PROGRESS if pv ≥ low, else DETERIORATION; NOT_AVAILABLE when pv is
 *       undefined.
 *   <li>Division by zero follows IEEE 754: 0/0 makes pv undefined (NOT_AVAILABLE), x/0 gives ±∞,
 *       which the branches above turn into SUBSTANTIAL_PROGRESS with score 5 or DETERIORATION with
 *       score −5. {@link OpenSdgResult#progressValue()} holds pv only when it is finite.
 * </ul>
 *
 * <p>Where design.md's formula text and the published sdg-build results differ the published
 * results win; the three points above where this class is more precise than design.md's text
 * (opposite signs, coeff = 0, the order {@code 500·pv/coeff} of the operations) agree with
 * sdg-build and with all 243 published series that have inputs.
 *
 * <pre>{@code
 * OpenSdgResult r = OpenSdgProgress.assess(series);
 * r.status();                            // e.g. SUBSTANTIAL_PROGRESS
 * OpenSdgProgress.combine(List.of(r1, r2, r3)).score();   // the mean of the present scores
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class OpenSdgProgress {
  private static final double ZERO_TARGET = 0.001;
  private static final double LIMIT_EXPONENT = 4.44;
  private static final double MAX_SCORE = 5;
  private static final double MIN_SCORE = -5;

  private OpenSdgProgress() {}

  /**
   * Assesses one series.
   *
   * @param series the series
   * @return its status, score and progress value
   * @throws NullPointerException if {@code series} is null
   */
  public static OpenSdgResult assess(OpenSdgSeries series) {
    Objects.requireNonNull(series, "series");
    int d = series.direction() == Direction.INCREASE ? 1 : -1;
    double base = series.baseValue();
    double current = series.currentValue();
    boolean method1 = series.target().isEmpty();
    double target = method1 ? Double.NaN : series.target().getAsDouble();
    if (target == 0) {
      target = ZERO_TARGET;
    }
    boolean achieved = !method1 && (d < 0 ? current <= target : current >= target);
    double sign = base < 0 ? -1 : 1;
    double years = (double) series.currentYear() - series.baseYear();
    boolean defined =
        years >= 1 && base != 0 && !(base > 0 && current < 0) && !(base < 0 && current > 0);
    double pv = Double.NaN;
    double coeff = 1;
    double high;
    double med;
    double low;
    if (method1) {
      if (defined) {
        pv = sign * d * cagr(current, base, series.currentYear(), series.baseYear());
      }
      if (series.limit().isPresent()) {
        coeff = coefficient(Math.abs(base), Math.abs(series.limit().getAsDouble()));
      }
      high = 0.015 * coeff;
      med = 0.005 * coeff;
      low = 0;
    } else {
      if (defined) {
        double needed = cagr(target, base, series.targetYear(), series.baseYear());
        pv =
            sign
                * d
                * cagr(current, base, series.currentYear(), series.baseYear())
                / Math.abs(needed);
      }
      high = 0.95;
      med = 0.6;
      low = 0;
    }
    OptionalDouble progressValue =
        Double.isFinite(pv) ? OptionalDouble.of(pv) : OptionalDouble.empty();
    if (achieved) {
      return OpenSdgResult.of(
          OpenSdgStatus.TARGET_ACHIEVED, OptionalDouble.of(MAX_SCORE), progressValue);
    }
    if (Double.isNaN(pv)) {
      return OpenSdgResult.of(
          OpenSdgStatus.NOT_AVAILABLE, OptionalDouble.empty(), OptionalDouble.empty());
    }
    OpenSdgStatus status;
    if (pv >= high) {
      status = OpenSdgStatus.SUBSTANTIAL_PROGRESS;
    } else if (pv >= med) {
      status = OpenSdgStatus.MODERATE_PROGRESS;
    } else if (pv >= low) {
      status = OpenSdgStatus.LIMITED_PROGRESS;
    } else {
      status = OpenSdgStatus.DETERIORATION;
    }
    double score = method1 ? scoreMethod1(pv, coeff, high, med, low) : scoreMethod2(pv);
    return OpenSdgResult.of(status, OptionalDouble.of(score), progressValue);
  }

  private static double cagr(double v1, double v0, double t1, double t0) {
    return Math.pow(v1 / v0, 1 / (t1 - t0)) - 1;
  }

  /** The reduction of method 1's thresholds for a base value b near the limit l. */
  private static double coefficient(double b, double l) {
    if (b >= 2 * l) {
      return 1;
    }
    if (b <= l) {
      return 1 - Math.pow(b / l, LIMIT_EXPONENT);
    }
    return 1 - Math.pow((2 * l - b) / l, LIMIT_EXPONENT);
  }

  private static double scoreMethod1(double pv, double coeff, double high, double med, double low) {
    if (pv < low) {
      return Math.max(125 * pv - 2.5, MIN_SCORE);
    }
    if (coeff == 0) {
      return MAX_SCORE;
    }
    if (pv >= high) {
      return Math.min(500 * pv / coeff - 5, MAX_SCORE);
    }
    if (pv >= med) {
      return 250 * pv / coeff - 1.25;
    }
    return 500 * pv / coeff - 2.5;
  }

  private static double scoreMethod2(double pv) {
    if (pv >= 0.6) {
      return Math.min(7.1429 * pv - 4.2857, MAX_SCORE);
    }
    return Math.max(4.1667 * pv - 2.5, MIN_SCORE);
  }

  /**
   * Combines the results of an indicator's series into the indicator's result, as sdg-build does:
   *
   * <ul>
   *   <li>the score is the mean of the present scores (summed exactly, then divided once), so
   *       NOT_AVAILABLE series do not count;
   *   <li>the status is TARGET_ACHIEVED when every series with a score achieved its target; else
   *       SUBSTANTIAL_PROGRESS if the mean is at least 2.5, MODERATE_PROGRESS if at least 0,
   *       LIMITED_PROGRESS if at least −2.5, else DETERIORATION;
   *   <li>NOT_AVAILABLE, without a score, when no series has a score (also for an empty list);
   *   <li>the combined result has no progress value.
   * </ul>
   *
   * <p>The order of the list does not matter.
   *
   * @param results the series' results
   * @return the indicator's result
   * @throws NullPointerException if the list or an element is null
   */
  public static OpenSdgResult combine(List<OpenSdgResult> results) {
    Objects.requireNonNull(results, "results");
    OpenSdgTally tally = OpenSdgTally.EMPTY;
    for (OpenSdgResult r : results) {
      tally = tally.plus(OpenSdgTally.of(Objects.requireNonNull(r, "results element")));
    }
    return tally.combined();
  }
}
