package org.unsdcf.core.validation;

import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.SubOutput;

/** STA-004: a current sub-output is CLOSED, but its end has not passed. */
final class ClosedBeforeEnd extends StatusRule {
  ClosedBeforeEnd() {
    super(
        "STA-004",
        ImplementationStatus.CLOSED,
        "sub-output of a current JWP CLOSED, but its end not passed");
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
