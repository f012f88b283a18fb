package org.unsdcf.core.rollup;

/**
 * The status of Open SDG's progress measure (sdg-build 2.4.0), from best to worst, then {@link
 * #NOT_AVAILABLE} (design.md §16). Open SDG writes them in lower case ({@code
 * substantial_progress}); JSON writes the constant name.
 */
public enum OpenSdgStatus {
  /** The current value has reached the target. */
  TARGET_ACHIEVED,
  /** The progress value is at least the high threshold (a score from 2.5 to 5). */
  SUBSTANTIAL_PROGRESS,
  /** The progress value is at least the medium threshold (a score from 0 to 2.5). */
  MODERATE_PROGRESS,
  /** The progress value is at least the low threshold (a score from −2.5 to 0). */
  LIMITED_PROGRESS,
  /** The progress value is below the low threshold: moving away from the target. */
  DETERIORATION,
  /** The progress value is undefined: too few years, a zero base value, a 0/0. */
  NOT_AVAILABLE
}
