package org.unsdcf.core.validation;

import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Target;

/** DAT-007: a target's year is outside the framework's period. */
final class TargetYearOutsideFramework extends BaseRule {
  TargetYearOutsideFramework() {
    super(RuleInfo.of("DAT-007", Severity.WARNING, "target year outside the framework period"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    for (RuleContext.IndicatorSite site : context.indicators()) {
      List<Target> targets = site.indicator().targets();
      for (int t = 0; t < targets.size(); t++) {
        if (!plan.period().contains(targets.get(t).year())) {
          reporter.report(
              site.path() + "/targets/" + t + "/year",
              site.indicator().code(),
              "target of indicator '"
                  + site.indicator().code()
                  + "' is for "
                  + targets.get(t).year()
                  + ", outside the framework period "
                  + plan.period());
        }
      }
    }
  }
}
