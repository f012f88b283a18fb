package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-008: a sub-output of a current JWP has no geographic scope. */
final class NoGeographicScope extends MissingTagRule {
  NoGeographicScope() {
    super(
        "TAG-008",
        Severity.WARNING,
        Severity.WARNING,
        "geographicScope",
        "geographic scope",
        "sub-output of a current JWP without geographic scope");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.geographicScope().isEmpty();
  }
}
