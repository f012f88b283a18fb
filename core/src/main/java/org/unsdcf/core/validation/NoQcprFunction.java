package org.unsdcf.core.validation;

import org.unsdcf.core.model.SubOutput;

/** TAG-007: a sub-output of a current JWP has no QCPR function. */
final class NoQcprFunction extends MissingTagRule {
  NoQcprFunction() {
    super(
        "TAG-007",
        Severity.WARNING,
        Severity.ERROR,
        "qcprFunctions",
        "QCPR function",
        "sub-output of a current JWP without QCPR function");
  }

  @Override
  boolean missing(SubOutput so) {
    return so.qcprFunctions().isEmpty();
  }
}
