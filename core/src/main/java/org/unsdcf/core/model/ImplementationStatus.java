package org.unsdcf.core.model;

/** The implementation status of a sub-output, with IATI activity status codes. */
public enum ImplementationStatus {
  /** Planned, not started (IATI 1). */
  PIPELINE(1),
  /** Under way (IATI 2). */
  IMPLEMENTATION(2),
  /** Activities ended, closing (IATI 3). */
  FINALISATION(3),
  /** Closed (IATI 4). */
  CLOSED(4),
  /** Cancelled (IATI 5). */
  CANCELLED(5),
  /** Suspended (IATI 6). */
  SUSPENDED(6);

  private final int code;

  ImplementationStatus(int code) {
    this.code = code;
  }

  /**
   * Gets the IATI code.
   *
   * @return 1 to 6
   */
  public int code() {
    return code;
  }
}
