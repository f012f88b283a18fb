package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JwpStatus;

/** JWP-002: a JWP is CLOSED while its period has not ended at asOf. */
final class ClosedJwpBeforeEnd extends BaseRule {
  ClosedJwpBeforeEnd() {
    super(
        RuleInfo.of(
            "JWP-002", Severity.ERROR, "status CLOSED while asOf <= the period's last day"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().status() == JwpStatus.CLOSED
          && !context.asOf().isAfter(site.jwp().period().lastDay())) {
        reporter.report(
            site.path() + "/status",
            site.jwp().code(),
            "JWP '"
                + site.jwp().code()
                + "' is CLOSED, but its period "
                + site.jwp().period()
                + " has not ended on "
                + context.asOf());
      }
    }
  }
}
