package org.unsdcf.core.rollup;

/** Why an indicator's progress could not be computed. */
public enum ProgressReason {
  /** The indicator has no baseline. */
  NO_BASELINE,
  /** The indicator has no final target. */
  NO_TARGET,
  /** No measurement ended on or before the {@code asOf} date. */
  NO_ACTUAL,
  /** A qualitative or nominal indicator has no assessed status. */
  NO_ASSESSMENT,
  /** The declared direction contradicts the direction from baseline to target. */
  DIRECTION_CONFLICT,
  /** A value's unit cannot be converted to the indicator's unit. */
  UNIT_MISMATCH,
  /** The values cannot be combined (a score summed, a ratio without numerator and denominator). */
  NOT_AGGREGATABLE
}
