package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JwpStatus;

/** JWP-001: a JWP is still ENDORSED after the last day of its period: it should be CLOSED. */
final class EndorsedJwpPastPeriod extends BaseRule {
  EndorsedJwpPastPeriod() {
    super(
        RuleInfo.of(
            "JWP-001", Severity.WARNING, "status ENDORSED and the period's last day before asOf"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.JwpSite site : context.jwps()) {
      if (site.jwp().status() == JwpStatus.ENDORSED
          && site.jwp().period().lastDay().isBefore(context.asOf())) {
        reporter.report(
            site.path() + "/status",
            site.jwp().code(),
            "JWP '"
                + site.jwp().code()
                + "' is still ENDORSED, but its period "
                + site.jwp().period()
                + " ended before "
                + context.asOf());
      }
    }
  }
}
