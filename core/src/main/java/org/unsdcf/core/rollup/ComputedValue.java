package org.unsdcf.core.rollup;

/**
 * A value of an {@link IndicatorProgress} that the roll-up computed rather than took as given
 * (design.md §11): converted into the indicator's unit, or a ratio combined as Σnumerators × k ÷
 * Σdenominators. Writers round computed values to scale 4 and write given values, and sums of given
 * values, exactly.
 */
public enum ComputedValue {
  /** The baseline b, converted from the baseline's own unit. */
  BASELINE,
  /** The final target t, converted from the target's own unit. */
  TARGET,
  /** The actual a, converted from a measurement's unit or combined from ratios. */
  ACTUAL
}
