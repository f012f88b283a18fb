package org.unsdcf.core.rollup;

/** How a funding line is attributed to the SDG goals of its sub-output's targets. */
public enum SdgAttribution {
  /** Each goal gets the whole line, so goal totals may exceed the framework total. */
  FULL,
  /**
   * The line is split equally between the goals at scale 4, the remainder going to the lowest goal,
   * so the parts sum exactly.
   */
  EQUAL_SPLIT
}
