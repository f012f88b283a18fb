package org.unsdcf.core.model;

/** How often an indicator is measured. */
public enum Frequency {
  /** Once a year. */
  ANNUAL,
  /** Twice a year. */
  SEMI_ANNUAL,
  /** Four times a year. */
  QUARTERLY,
  /** Every month. */
  MONTHLY,
  /** Every two years. */
  BIENNIAL,
  /** Once, at the end of the framework. */
  END_OF_CYCLE
}
