package org.unsdcf.core.model;

/** What an indicator measures, with the IATI indicator measure codes. */
public enum Measure {
  /** A quantity in a unit of the catalogue (IATI 1). */
  UNIT(1),
  /** A percentage, unit {@code %} (IATI 2). */
  PERCENTAGE(2),
  /** A category without order, assessed by status (IATI 3). */
  NOMINAL(3),
  /** A rank on an ordered scale (IATI 4). */
  ORDINAL(4),
  /** A statement in words, assessed by status (IATI 5). */
  QUALITATIVE(5);

  private final int code;

  Measure(int code) {
    this.code = code;
  }

  /**
   * Gets the IATI code.
   *
   * @return the code, 1 to 5
   */
  public int code() {
    return code;
  }

  /**
   * Checks if the measure takes a unit and an accumulation ({@link #UNIT}, {@link #PERCENTAGE}).
   *
   * @return true for UNIT and PERCENTAGE
   */
  public boolean hasUnit() {
    return this == UNIT || this == PERCENTAGE;
  }

  /**
   * Checks if the measure's values are numbers (all but {@link #QUALITATIVE}).
   *
   * @return true unless QUALITATIVE
   */
  public boolean isNumeric() {
    return this != QUALITATIVE;
  }
}
