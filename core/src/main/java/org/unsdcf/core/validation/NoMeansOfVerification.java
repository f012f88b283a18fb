package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;

/** IND-008: an indicator names no means of verification. */
final class NoMeansOfVerification extends BaseRule {
  NoMeansOfVerification() {
    super(RuleInfo.of("IND-008", Severity.WARNING, "no means of verification"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().meansOfVerification().isEmpty()) {
        reporter.report(
            site.path() + "/meansOfVerification",
            site.indicator().code(),
            "indicator '" + site.indicator().code() + "' has no means of verification");
      }
    }
  }
}
