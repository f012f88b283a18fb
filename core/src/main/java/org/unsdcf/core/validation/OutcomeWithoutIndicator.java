package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** STR-002: an outcome has no indicator. */
final class OutcomeWithoutIndicator extends BaseRule {
  OutcomeWithoutIndicator() {
    super(RuleInfo.of("STR-002", Severity.WARNING, "outcome without indicator"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.OutcomeSite site : context.outcomes()) {
      if (site.outcome().indicators().isEmpty()) {
        reporter.report(
            site.path(),
            site.outcome().code(),
            "outcome '" + site.outcome().code() + "' has no indicator");
      }
    }
  }
}
