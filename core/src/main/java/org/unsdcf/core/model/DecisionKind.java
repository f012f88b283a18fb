package org.unsdcf.core.model;

/** What a steering committee decided. */
public enum DecisionKind {
  /** Endorsed one or more joint work plans. */
  ENDORSE_JWP,
  /** Reviewed progress. */
  REVIEW_PROGRESS,
  /** Approved a revision of the framework or a JWP. */
  APPROVE_REVISION,
  /** Anything else. */
  OTHER
}
