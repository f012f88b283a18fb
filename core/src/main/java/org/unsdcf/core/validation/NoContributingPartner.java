package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-003: a sub-output of a current JWP has no contributing partner. */
final class NoContributingPartner extends MissingTagRule {
  NoContributingPartner() {
    super(
        "TAG-003",
        Severity.WARNING,
        Severity.ERROR,
        "contributingPartners",
        "contributing partner",
        "sub-output of a current JWP without contributing partner");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.contributingPartners().isEmpty();
  }
}
