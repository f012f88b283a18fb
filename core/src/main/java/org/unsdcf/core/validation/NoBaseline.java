package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measure;

/** IND-001: a non-qualitative indicator has no baseline (IATI: must have a value). */
final class NoBaseline extends BaseRule {
  NoBaseline() {
    super(
        RuleInfo.of(
            "IND-001",
            Severity.WARNING,
            Severity.ERROR,
            "non-qualitative indicator without baseline"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().measure() != Measure.QUALITATIVE
          && site.indicator().baseline().isEmpty()) {
        reporter.report(
            site.path() + "/baseline",
            site.indicator().code(),
            "indicator '" + site.indicator().code() + "' has no baseline");
      }
    }
  }
}
