package org.unsdcf.core.validation;

import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.SubOutput;

/** STA-001: a current sub-output is in IMPLEMENTATION, but its end has passed. */
final class ImplementationPastEnd extends StatusRule {
  ImplementationPastEnd() {
    super(
        "STA-001",
        ImplementationStatus.IMPLEMENTATION,
        "sub-output of a current JWP in IMPLEMENTATION, but its end passed");
  }

  @Override
  boolean contradicts(SubOutput so, RuleContext context) {
    return so.end().isBefore(context.asOf());
  }

  @Override
  String why(SubOutput so) {
    return "its end " + so.end() + " has passed";
  }
}
