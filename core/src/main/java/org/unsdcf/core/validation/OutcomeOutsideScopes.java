package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** STR-007: no results group has an outcome in its scope, directly or through its area. */
final class OutcomeOutsideScopes extends BaseRule {
  OutcomeOutsideScopes() {
    super(RuleInfo.of("STR-007", Severity.WARNING, "outcome in no results group's scope"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.OutcomeSite site : context.outcomes()) {
      if (context.groupsOf(site).isEmpty()) {
        reporter.report(
            site.path(),
            site.outcome().code(),
            "outcome '"
                + site.outcome().code()
                + "' is in no results group's scope, neither itself nor its priority area");
      }
    }
  }
}
