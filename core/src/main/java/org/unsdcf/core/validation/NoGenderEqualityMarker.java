package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-005: a sub-output of a current JWP has no gender equality marker. */
final class NoGenderEqualityMarker extends MissingTagRule {
  NoGenderEqualityMarker() {
    super(
        "TAG-005",
        Severity.WARNING,
        Severity.ERROR,
        "genderEqualityMarker",
        "gender equality marker",
        "sub-output of a current JWP without gender equality marker");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.genderEqualityMarker().isEmpty();
  }
}
