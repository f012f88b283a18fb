package org.unsdcf.core.model;

/**
 * How far a result has come. Assessed statuses are ordered from best to worst: {@code ACHIEVED <
 * ON_TRACK < AT_RISK < OFF_TRACK < DETERIORATING}.
 */
public enum ProgressStatus {
  /** The target is reached. */
  ACHIEVED,
  /** On the path to the target. */
  ON_TRACK,
  /** Behind the path, but not far. */
  AT_RISK,
  /** Far behind the path. */
  OFF_TRACK,
  /** Worse than the baseline. */
  DETERIORATING,
  /** Not enough data to assess. */
  NO_DATA,
  /** Progress does not apply (conflicting direction, mismatched units, nothing to aggregate). */
  NOT_APPLICABLE;

  /**
   * Checks if this status is an assessment ({@code ACHIEVED} to {@code DETERIORATING}).
   *
   * @return false for NO_DATA and NOT_APPLICABLE
   */
  public boolean isAssessed() {
    return this != NO_DATA && this != NOT_APPLICABLE;
  }
}
