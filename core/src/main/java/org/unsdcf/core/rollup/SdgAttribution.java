package org.unsdcf.core.rollup;

/** How a funding line is attributed to the SDG goals of its sub-output's targets. */
public enum SdgAttribution {
  /** Each goal gets the whole line, so goal totals may exceed the framework total. */
  FULL,
  /**
   * The line is split equally between the goals at scale 4, the remainder going to the lowest goal,
   * so the parts sum exactly: 100 over goals 3, 5 and 10 gives 33.3334, 33.3333 and 33.3333; 200
   * gives 66.6666, 66.6667 and 66.6667. Every goal counts the whole line in {@code lines}. For a
   * line of less than a few ten-thousandths over many goals the lowest goal's part can be below 0.
   */
  EQUAL_SPLIT
}
