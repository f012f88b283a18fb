package org.unsdcf.core.model;

/** The level of a node in the results hierarchy. */
public enum ResultLevel {
  /** The whole Cooperation Framework. */
  FRAMEWORK,
  /** A priority area (UN INFO strategic priority). */
  PRIORITY_AREA,
  /** An outcome. */
  OUTCOME,
  /** An output. */
  OUTPUT,
  /** A sub-output, an entry of a joint work plan. */
  SUB_OUTPUT
}
