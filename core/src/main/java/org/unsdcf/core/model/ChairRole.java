package org.unsdcf.core.model;

/** The side a results group co-chair sits for. */
public enum ChairRole {
  /** A head of a UN entity. */
  UN_CO_CHAIR,
  /** A government representative. */
  GOVERNMENT_CO_CHAIR
}
