package org.unsdcf.core.validation;

/** How serious a finding is. A plan is valid when it has no {@link #ERROR} finding. */
public enum Severity {
  /** The plan is inconsistent; it is not valid. */
  ERROR,
  /** The plan is doubtful or incomplete; it is still valid. */
  WARNING,
  /** Worth knowing; not a defect. */
  INFO
}
