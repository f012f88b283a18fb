package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-001: a sub-output of a current JWP has no SDG target. */
final class NoSdgTarget extends MissingTagRule {
  NoSdgTarget() {
    super(
        "TAG-001",
        Severity.WARNING,
        Severity.ERROR,
        "sdgTargets",
        "SDG target",
        "sub-output of a current JWP without SDG target");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.sdgTargets().isEmpty();
  }
}
