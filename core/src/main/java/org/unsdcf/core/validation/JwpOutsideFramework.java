package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** DAT-001: a JWP's period is not inside the framework's period. */
final class JwpOutsideFramework extends BaseRule {
  JwpOutsideFramework() {
    super(RuleInfo.of("DAT-001", Severity.ERROR, "JWP period not inside the framework period"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.JwpSite site : context.jwps()) {
      if (!plan.period().encloses(site.jwp().period())) {
        reporter.report(
            site.path() + "/period",
            site.jwp().code(),
            "JWP '"
                + site.jwp().code()
                + "' covers "
                + site.jwp().period()
                + ", outside the framework period "
                + plan.period());
      }
    }
  }
}
