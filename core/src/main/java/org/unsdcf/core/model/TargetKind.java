package org.unsdcf.core.model;

/** Whether a target is the indicator's final target or a milestone on the way. */
public enum TargetKind {
  /** The target for the end of the framework; at most one per indicator. */
  FINAL,
  /** An intermediate target. */
  MILESTONE
}
