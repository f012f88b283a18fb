package org.unsdcf.core.model;

/** A UN INFO marker score (gender equality, human rights, sustaining peace), 0 to 3. */
public enum Marker {
  /** Not expected to contribute (0). */
  NOT_EXPECTED(0),
  /** A limited contribution (1). */
  LIMITED(1),
  /** A significant contribution (2). */
  SIGNIFICANT(2),
  /** The principal objective (3). */
  PRINCIPAL(3);

  private final int code;

  Marker(int code) {
    this.code = code;
  }

  /**
   * Gets the UN INFO score.
   *
   * @return 0 to 3
   */
  public int code() {
    return code;
  }
}
