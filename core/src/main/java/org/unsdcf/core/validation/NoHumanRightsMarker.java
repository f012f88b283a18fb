package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-006: a sub-output of a current JWP has no human rights marker. */
final class NoHumanRightsMarker extends MissingTagRule {
  NoHumanRightsMarker() {
    super(
        "TAG-006",
        Severity.WARNING,
        Severity.ERROR,
        "humanRightsMarker",
        "human rights marker",
        "sub-output of a current JWP without human rights marker");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.humanRightsMarker().isEmpty();
  }
}
