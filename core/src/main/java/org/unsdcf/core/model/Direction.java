package org.unsdcf.core.model;

/** The desired direction of an indicator's values. */
public enum Direction {
  /** Higher is better. */
  INCREASE,
  /** Lower is better. */
  DECREASE,
  /** The level is to be held. */
  MAINTAIN
}
