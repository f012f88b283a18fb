package org.unsdcf.core.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a joint work plan stands in its lifecycle. UN guidance defines none; this one is unsdcf's:
 *
 * <ul>
 *   <li>{@code DRAFT} → {@code IN_CONSULTATION} or {@code ENDORSED};
 *   <li>{@code IN_CONSULTATION} → {@code DRAFT} or {@code ENDORSED};
 *   <li>{@code ENDORSED} → {@code CLOSED};
 *   <li>{@code CLOSED} is final.
 * </ul>
 */
public enum JwpStatus {
  /** Being drafted by the results group. */
  DRAFT,
  /** Under national consultation. */
  IN_CONSULTATION,
  /** Endorsed by the steering committee; carries an endorsement. */
  ENDORSED,
  /** Closed after its period; keeps its endorsement. */
  CLOSED;

  /**
   * Gets the statuses this one may move to.
   *
   * @return the allowed next statuses, possibly empty
   */
  public Set<JwpStatus> allowedNext() {
    switch (this) {
      case DRAFT:
        return Set.copyOf(EnumSet.of(IN_CONSULTATION, ENDORSED));
      case IN_CONSULTATION:
        return Set.copyOf(EnumSet.of(DRAFT, ENDORSED));
      case ENDORSED:
        return Set.of(CLOSED);
      default:
        return Set.of();
    }
  }

  /**
   * Checks if a JWP in this status carries an endorsement ({@code ENDORSED}, {@code CLOSED}).
   *
   * @return true if an endorsement must be present
   */
  public boolean isEndorsed() {
    return this == ENDORSED || this == CLOSED;
  }
}
