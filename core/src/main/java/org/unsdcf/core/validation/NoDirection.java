package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measure;

/** IND-003: a UNIT, PERCENTAGE or ORDINAL indicator does not say which direction is better. */
final class NoDirection extends BaseRule {
  NoDirection() {
    super(
        RuleInfo.of(
            "IND-003",
            Severity.WARNING,
            "UNIT, PERCENTAGE or ORDINAL indicator without direction"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      Measure m = site.indicator().measure();
      if ((m == Measure.UNIT || m == Measure.PERCENTAGE || m == Measure.ORDINAL)
          && site.indicator().direction().isEmpty()) {
        reporter.report(
            site.path() + "/direction",
            site.indicator().code(),
            "indicator '" + site.indicator().code() + "' (" + m + ") has no direction");
      }
    }
  }
}
