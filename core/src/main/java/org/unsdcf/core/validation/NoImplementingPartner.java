package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-004: a sub-output of a current JWP has no implementing partner. */
final class NoImplementingPartner extends MissingTagRule {
  NoImplementingPartner() {
    super(
        "TAG-004",
        Severity.WARNING,
        Severity.ERROR,
        "implementingPartners",
        "implementing partner",
        "sub-output of a current JWP without implementing partner");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.implementingPartners().isEmpty();
  }
}
