package org.unsdcf.core.validation;

import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;

/** DAT-006: an indicator's baseline year is after the framework's start year. */
final class BaselineAfterStart extends BaseRule {
  BaselineAfterStart() {
    super(RuleInfo.of("DAT-006", Severity.WARNING, "baseline year after the framework start year"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      if (site.indicator().baseline().isPresent()) {
        Baseline b = site.indicator().baseline().get();
        if (b.year().isAfter(plan.period().start())) {
          reporter.report(
              site.path() + "/baseline/year",
              site.indicator().code(),
              "baseline of indicator '"
                  + site.indicator().code()
                  + "' is of "
                  + b.year()
                  + ", after the framework's first year "
                  + plan.period().start());
        }
      }
    }
  }
}
