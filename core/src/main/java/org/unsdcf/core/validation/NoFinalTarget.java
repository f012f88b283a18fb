package org.unsdcf.core.validation;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Measure;

/** IND-002: a non-qualitative indicator has no FINAL target (IATI: must have a value). */
final class NoFinalTarget extends BaseRule {
  NoFinalTarget() {
    super(
        RuleInfo.of(
            "IND-002",
            Severity.WARNING,
            Severity.ERROR,
            "non-qualitative indicator without FINAL target"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().measure() != Measure.QUALITATIVE
          && site.indicator().finalTarget().isEmpty()) {
        reporter.report(
            site.path() + "/targets",
            site.indicator().code(),
            "indicator '" + site.indicator().code() + "' has no FINAL target");
      }
    }
  }
}
