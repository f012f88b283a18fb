package org.unsdcf.core.sdg;

/**
 * Whether an SDG target states an outcome or a means of implementation, as the {@code kind} column
 * of the bundled {@code sdg-targets.csv} writes it.
 */
public enum SdgTargetKind {
  /** A numbered target of Goals 1–16, such as {@code 5.2} ({@code outcome}). */
  OUTCOME("outcome"),
  /**
   * A lettered target such as {@code 5.a}, or any target of Goal 17 ({@code
   * means_of_implementation}).
   */
  MEANS_OF_IMPLEMENTATION("means_of_implementation");

  private final String code;

  SdgTargetKind(String code) {
    this.code = code;
  }

  /**
   * Gets the kind as the catalogue file writes it.
   *
   * @return {@code outcome} or {@code means_of_implementation}
   */
  public String code() {
    return code;
  }

  static SdgTargetKind ofCode(String code) {
    for (SdgTargetKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown SDG target kind '" + code + "'");
  }
}
