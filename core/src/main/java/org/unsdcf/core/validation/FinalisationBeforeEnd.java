package org.unsdcf.core.validation;

import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.SubOutput;

/** STA-003: a current sub-output is in FINALISATION, but its end has not passed. */
final class FinalisationBeforeEnd extends StatusRule {
  FinalisationBeforeEnd() {
    super(
        "STA-003",
        ImplementationStatus.FINALISATION,
        "sub-output of a current JWP in FINALISATION, but its end not passed");
  }

  @Override
  boolean contradicts(SubOutput so, RuleContext context) {
    return !so.end().isBefore(context.asOf());
  }

  @Override
  String why(SubOutput so) {
    return "its end " + so.end() + " has not passed";
  }
}
