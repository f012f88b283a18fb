package org.unsdcf.core.validation;

import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.SubOutput;

/** STA-002: a current sub-output is in PIPELINE, but its start has passed. */
final class PipelinePastStart extends StatusRule {
  PipelinePastStart() {
    super(
        "STA-002",
        ImplementationStatus.PIPELINE,
        "sub-output of a current JWP in PIPELINE, but its start passed");
  }

  @Override
  boolean contradicts(SubOutput so, RuleContext context) {
    return so.start().isBefore(context.asOf());
  }

  @Override
  String why(SubOutput so) {
    return "its start " + so.start() + " has passed";
  }
}
