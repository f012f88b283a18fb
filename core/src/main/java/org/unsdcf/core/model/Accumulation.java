package org.unsdcf.core.model;

/** How an indicator's measurements combine over time. */
public enum Accumulation {
  /** Each period counts its own; periods add up. */
  PER_PERIOD,
  /** The latest measurement is the running total. */
  CUMULATIVE,
  /** A stock or a rate: the latest measurement is the level. */
  LEVEL
}
