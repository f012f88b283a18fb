package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.SubOutput;

/**
 * What STA-001…004 share: a sub-output of a current JWP whose implementation status contradicts its
 * dates at asOf ("passed" means before asOf). WARNING under DRAFT, ERROR under PUBLISH.
 */
abstract class StatusRule extends BaseRule {
  private final ImplementationStatus status;

  StatusRule(String code, ImplementationStatus status, String summary) {
    super(RuleInfo.of(code, Severity.WARNING, Severity.ERROR, summary));
    this.status = status;
  }

  /** Checks if the sub-output's dates contradict {@code status} at asOf. */
  abstract boolean contradicts(SubOutput so, RuleContext context);

  /** Says how the dates contradict the status, e.g. "its end 2023-11-30 has passed". */
  abstract String why(SubOutput so);

  @Override
  public final void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      SubOutput so = site.subOutput();
      if (site.jwp().current() && so.status() == status && contradicts(so, context)) {
        reporter.report(
            site.path() + "/status",
            so.code(),
            "sub-output '"
                + so.code()
                + "' is "
                + status
                + ", but "
                + why(so)
                + " as of "
                + context.asOf());
      }
    }
  }
}
